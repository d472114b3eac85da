import type { Hono } from "hono";
import type { AppEnv } from "../platform/http/context";
import { notFound } from "../platform/http/errors";
import { page } from "../platform/http/render";
import { guideBook, guideSlugs, isGuideSlug } from "./content";

export function guidePages(app: Hono<AppEnv>) {
  app.get("/guide", (c) => {
    const i18n = c.get("i18n");
    const { t } = i18n;
    const { book, lang, fallback } = guideBook(i18n.locale);
    return page(
      c,
      { title: t("guide.title") },
      <>
        <h1>{t("guide.title")}</h1>
        <p class="lead">{t("guide.intro")}</p>
        {fallback && <p class="notice">{t("guide.fallback")}</p>}
        <ol class="stages" lang={lang} dir={fallback ? "ltr" : undefined}>
          {guideSlugs.map((slug) => (
            <li>
              <h2>
                <a href={`/guide/${slug}`}>{book[slug].title}</a>
              </h2>
              <p>{book[slug].summary}</p>
            </li>
          ))}
        </ol>
      </>,
    );
  });

  app.get("/guide/:slug", (c) => {
    const slug = c.req.param("slug");
    if (!isGuideSlug(slug)) throw notFound("This guide page");
    const i18n = c.get("i18n");
    const { t } = i18n;
    const { book, lang, fallback } = guideBook(i18n.locale);
    const p = book[slug];
    const at = guideSlugs.indexOf(slug);
    const prev = at > 0 ? guideSlugs[at - 1] : undefined;
    const next = guideSlugs[at + 1];
    return page(
      c,
      { title: p.title, description: p.summary },
      <article class="guide">
        <p class="breadcrumb">
          <a href="/guide">{t("guide.title")}</a>
        </p>
        {fallback && <p class="notice">{t("guide.fallback")}</p>}
        <div lang={lang} dir={fallback ? "ltr" : undefined}>
          <h1>{p.title}</h1>
          <p class="lead">{p.summary}</p>
          <nav aria-label={t("guide.contents")} class="toc">
            <ul>
              {p.sections.map((s, i) => (
                <li>
                  <a href={`#s${i + 1}`}>{s.heading}</a>
                </li>
              ))}
            </ul>
          </nav>
          {p.sections.map((s, i) => (
            <section aria-labelledby={`s${i + 1}`}>
              <h2 id={`s${i + 1}`}>{s.heading}</h2>
              {s.paragraphs.map((para) => (
                <p>{para}</p>
              ))}
              {s.tips && (
                <div class="tips">
                  <h3>{t("guide.tips")}</h3>
                  <ul>
                    {s.tips.map((tip) => (
                      <li>{tip}</li>
                    ))}
                  </ul>
                </div>
              )}
            </section>
          ))}
        </div>
        <nav class="pager" aria-label={t("guide.stages")}>
          <ul>
            {prev && (
              <li>
                <a href={`/guide/${prev}`} rel="prev">
                  {t("pager.previous")}: <bdi lang={lang}>{book[prev].title}</bdi>
                </a>
              </li>
            )}
            {next && (
              <li>
                <a href={`/guide/${next}`} rel="next">
                  {t("pager.next")}: <bdi lang={lang}>{book[next].title}</bdi>
                </a>
              </li>
            )}
          </ul>
        </nav>
      </article>,
    );
  });
}
