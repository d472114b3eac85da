import type { Child } from "hono/jsx";
import { type I18n, localeNames, locales } from "../i18n";
import type { Auth } from "./context";

export interface PageMeta {
  title: string;
  /** Path and query of this page, for the language links. */
  path: string;
  description?: string;
  /** Open Graph tags, for a page people share (a visit's public page). */
  openGraph?: { title: string; description: string; url: string };
  /** The current search query, kept in the header's search box. */
  q?: string;
}

const nav = [
  { href: "/", key: "nav.home" },
  { href: "/mandates", key: "nav.mandates" },
  { href: "/countries", key: "nav.countries" },
  { href: "/visits", key: "nav.visits" },
  { href: "/recommendations", key: "reports.nav.recommendations" },
  { href: "/guide", key: "nav.guide" },
] as const;

function withLang(path: string, lang: string): string {
  const url = new URL(path, "http://x");
  url.searchParams.set("lang", lang);
  return `${url.pathname}${url.search}`;
}

/** Pages after which signing in should not come back to them (the forms of signing in itself). */
const noReturn = /^\/(signin|signup|password|signout)(\/|$)/;

function signInHref(path: string, current: string): string {
  return current === "/" || noReturn.test(current) ? "/signin" : `/signin?next=${encodeURIComponent(path)}`;
}

/** Signed out: a link to sign in. Signed in: the person's name, their organisations, and signing out. */
function AccountNav({
  i18n,
  auth,
  path,
  current,
}: {
  i18n: I18n;
  auth?: Auth;
  path: string;
  current: string;
}) {
  const { t } = i18n;
  const user = auth?.user;
  return (
    <nav aria-label={t("nav.account")}>
      <ul class="nav account-nav">
        {user ? (
          <>
            <li>
              <a href="/account" aria-current={current === "/account" ? "page" : undefined}>
                {user.displayName}
              </a>
            </li>
            <li>
              <a href="/orgs" aria-current={current === "/orgs" ? "page" : undefined}>
                {t("nav.myOrgs")}
              </a>
            </li>
            <li>
              <a href="/following" aria-current={current === "/following" ? "page" : undefined}>
                {t("alerts.title")}
              </a>
            </li>
            <li>
              <a href="/submissions" aria-current={current.startsWith("/submissions") ? "page" : undefined}>
                {t("submissions.list.title")}
              </a>
            </li>
            <li>
              <a href="/advocacy/letters" aria-current={current.startsWith("/advocacy") ? "page" : undefined}>
                {t("advocacy.nav")}
              </a>
            </li>
            {auth?.via === "cookie" && (
              <li>
                <form class="signout" method="post" action="/signout">
                  <input type="hidden" name="_csrf" value={auth.csrf} />
                  <button type="submit">{t("nav.signOut")}</button>
                </form>
              </li>
            )}
          </>
        ) : (
          <li>
            <a href={signInHref(path, current)} aria-current={current === "/signin" ? "page" : undefined}>
              {t("nav.signIn")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function Layout({
  i18n,
  meta,
  auth,
  children,
}: {
  i18n: I18n;
  meta: PageMeta;
  /** Who is asking; absent when the request never reached the sign-in check (a missing static file). */
  auth?: Auth;
  children: Child;
}) {
  const { t } = i18n;
  const current = new URL(meta.path, "http://x").pathname;
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${meta.title} · Visitdesk`}</title>
        <meta name="description" content={meta.description ?? t("site.tagline")} />
        {meta.openGraph && (
          <>
            <meta property="og:type" content="website" />
            <meta property="og:site_name" content="Visitdesk" />
            <meta property="og:title" content={meta.openGraph.title} />
            <meta property="og:description" content={meta.openGraph.description} />
            <meta property="og:url" content={meta.openGraph.url} />
            <meta property="og:locale" content={i18n.locale} />
            <meta name="twitter:card" content="summary" />
          </>
        )}
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
            <AccountNav i18n={i18n} auth={auth} path={meta.path} current={current} />
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
