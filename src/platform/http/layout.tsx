import type { Child } from "hono/jsx";
import { type I18n, localeNames, locales } from "../i18n";

export interface PageMeta {
  title: string;
  /** Path and query of this page, for the language links. */
  path: string;
  description?: string;
  /** The current search query, kept in the header's search box. */
  q?: string;
}

const nav = [
  { href: "/", key: "nav.home" },
  { href: "/mandates", key: "nav.mandates" },
  { href: "/countries", key: "nav.countries" },
  { href: "/guide", key: "nav.guide" },
] as const;

function withLang(path: string, lang: string): string {
  const url = new URL(path, "http://x");
  url.searchParams.set("lang", lang);
  return `${url.pathname}${url.search}`;
}

export function Layout({ i18n, meta, children }: { i18n: I18n; meta: PageMeta; children: Child }) {
  const { t } = i18n;
  const current = new URL(meta.path, "http://x").pathname;
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${meta.title} · Visitdesk`}</title>
        <meta name="description" content={meta.description ?? t("site.tagline")} />
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip" href="#main">
          {t("nav.skip")}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="/">
              Visitdesk
            </a>
            <nav aria-label={t("nav.label")}>
              <ul class="nav">
                {nav.map((n) => {
                  const active = n.href === "/" ? current === "/" : current.startsWith(n.href);
                  return (
                    <li>
                      <a href={n.href} aria-current={active ? "page" : undefined}>
                        {t(n.key)}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <form class="quick-search" role="search" action="/search" method="get">
              <label for="q" class="visually-hidden">
                {t("search.label")}
              </label>
              <input
                id="q"
                name="q"
                type="search"
                value={meta.q ?? ""}
                placeholder={t("search.placeholder")}
              />
              <button type="submit">{t("search.submit")}</button>
            </form>
          </div>
        </header>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <nav aria-label={t("footer.languages")}>
              <ul class="langs">
                {locales.map((l) => (
                  <li>
                    <a
                      href={withLang(meta.path, l)}
                      lang={l}
                      hreflang={l}
                      aria-current={l === i18n.locale ? "true" : undefined}
                    >
                      {localeNames[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <p>{t("footer.about")}</p>
            <p>
              <a href="/api/v1/openapi.json">{t("footer.api")}</a> ·{" "}
              <a href="/guide/sources">{t("footer.sources")}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
