import type { Hono } from "hono";
import { raw } from "hono/html";
import { z } from "zod";
import type { Api } from "../http/api";
import { EmptyState, Pagination } from "../http/components";
import type { AppEnv } from "../http/context";
import { paging, parsePageQuery } from "../http/query";
import { page } from "../http/render";
import type { MessageKey } from "../i18n";
import { search } from "./index";

const SearchQuery = z.object({
  q: z.string().trim().min(1, "Type something to search for").max(200),
  type: z
    .enum(["mandate", "country", "visit", "unofficial_visit", "recommendation", "submission", "guide"])
    .optional()
    .describe("Only this record type"),
  ...paging(20, 100),
});

const Hit = z.object({
  type: z.string(),
  id: z.string(),
  title: z.string(),
  url: z.string(),
  lang: z.string().describe("Language of the title and snippet"),
  snippet: z.string().describe("HTML-escaped text; matched words are wrapped in <mark>"),
});

export function searchApi(api: Api) {
  api.add({
    method: "get",
    path: "/search",
    operationId: "search",
    summary:
      "Quick search over every record the caller may read: mandates, countries, the guide, and more as areas land",
    tag: "Search",
    query: SearchQuery,
    response: z.object({ items: z.array(Hit), total: z.number().int() }),
    handler: ({ query }, c) =>
      search(c.get("deps").db, {
        q: query.q,
        actor: c.get("auth").actor,
        lang: c.get("i18n").locale,
        types: query.type ? [query.type] : undefined,
        limit: query.limit,
        offset: query.offset,
      }),
  });
}

export function searchPages(app: Hono<AppEnv>) {
  app.get("/search", async (c) => {
    const i18n = c.get("i18n");
    const { t } = i18n;
    const q = c.req.query("q")?.trim() ?? "";
    if (!q) {
      return page(
        c,
        { title: t("search.title") },
        <>
          <h1>{t("search.title")}</h1>
          <EmptyState title={t("search.prompt")} />
        </>,
      );
    }
    const query = parsePageQuery(SearchQuery, c.req.query());
    const { items, total } = await search(c.get("deps").db, {
      q: query.q,
      actor: c.get("auth").actor,
      lang: i18n.locale,
      types: query.type ? [query.type] : undefined,
      limit: query.limit,
      offset: query.offset,
    });
    return page(
      c,
      { title: t("search.resultsFor", { q: query.q }), q: query.q },
      <>
        <h1>{t("search.resultsFor", { q: query.q })}</h1>
        <p role="status">{t("search.count", { count: total })}</p>
        {items.length === 0 ? (
          <EmptyState title={t("search.none")}>
            <p>{t("search.noneHint")}</p>
          </EmptyState>
        ) : (
          <ol class="results">
            {items.map((hit) => (
              <li>
                <p class="result-type">{t(`search.type.${hit.type}` as MessageKey)}</p>
                <h2>
                  <a href={hit.url}>
                    <bdi lang={hit.lang}>{hit.title}</bdi>
                  </a>
                </h2>
                <p class="snippet">
                  <bdi lang={hit.lang}>{raw(hit.snippet)}</bdi>
                </p>
              </li>
            ))}
          </ol>
        )}
        <Pagination
          i18n={i18n}
          path="/search"
          params={{ q: query.q, type: query.type }}
          total={total}
          limit={query.limit}
          offset={query.offset}
        />
      </>,
    );
  });
}
