import { type SQL, sql } from "drizzle-orm";
import { type Actor, readableSql, type Scope } from "../access";
import { type Db, rows } from "../db/client";
import { allConfigs, configFor, MARK_END, MARK_START, plain, segment, snippetHtml } from "./text";

/** What an area hands to the index for one record in one language. */
export interface SearchDocument {
  type: string;
  refId: string;
  lang: string;
  title: string;
  body: string;
  url: string;
  /** Who may find it (default: public), with the same scope fields as the record itself. */
  scope?: Scope;
}

export interface SearchHit {
  type: string;
  id: string;
  title: string;
  url: string;
  /** Language of the title and snippet. */
  lang: string;
  /** HTML-escaped text with the matched words in <mark> elements. */
  snippet: string;
}

const BATCH = 500;

const textArray = (values: readonly string[]) =>
  values.length
    ? sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`'{}'::text[]`;

/** Replaces every indexed text of one record type (areas call this after importing or editing). */
export async function replaceDocuments(db: Db, type: string, docs: SearchDocument[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM search_documents WHERE type = ${type}`);
    await insertDocuments(tx as unknown as Db, docs);
  });
}

export async function insertDocuments(db: Db, docs: SearchDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) {
    const values = docs.slice(i, i + BATCH).map((d) => {
      const config = configFor(d.lang);
      const title = segment(d.title);
      const body = segment(d.body);
      return sql`(${d.type}, ${d.refId}, ${d.lang}, ${config}, ${title}, ${body}, ${d.url}, ${plain(d.title)},
        ${d.scope?.visibility ?? "public"}, ${d.scope?.ownerOrgId ?? null}, ${d.scope?.coalitionId ?? null},
        ${textArray(d.scope?.namedUserIds ?? [])},
        setweight(to_tsvector(${config}::regconfig, ${title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${body}), 'B'))`;
    });
    await db.execute(sql`INSERT INTO search_documents (type, ref_id, lang, config, title, body, url, title_plain,
        visibility, owner_org_id, coalition_id, named_user_ids, tsv)
      VALUES ${sql.join(values, sql`, `)}
      ON CONFLICT (type, ref_id, lang) DO UPDATE SET config = excluded.config, title = excluded.title,
        body = excluded.body, url = excluded.url, title_plain = excluded.title_plain,
        visibility = excluded.visibility, owner_org_id = excluded.owner_org_id, coalition_id = excluded.coalition_id,
        named_user_ids = excluded.named_user_ids, tsv = excluded.tsv, updated_at = now()`);
  }
}

export interface SearchQuery {
  q: string;
  /** Whose search it is: results are limited to what they may read. */
  actor: Actor;
  /** The reader's language: among equally good texts of one record, theirs is shown. */
  lang: string;
  types?: string[];
  limit: number;
  offset: number;
}

const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * One query over every record type: full-text matches in any language (accent-insensitive, stemmed)
 * or a title within a small typo of the query, ranked by text rank plus title similarity.
 * Only what the actor may read is searched: the visibility rule is the same SQL as everywhere else.
 */
export async function search(db: Db, query: SearchQuery): Promise<{ items: SearchHit[]; total: number }> {
  const q = query.q.trim().slice(0, 200);
  if (!plain(q)) return { items: [], total: 0 };
  // Exact words first; only when they find nothing, titles within a small typo of the query
  // (comparing trigrams is costly, so it is the fallback, not the rule).
  const exact = await runSearch(db, query, q, false);
  if (exact.total > 0) return exact;
  const fuzzy = await runSearch(db, query, q, true);
  if (fuzzy.total > 0 || !/\s/.test(q)) return fuzzy;
  // Every word had to match and none did: look for any of them instead.
  const words = q.split(/\s+/).filter((w) => plain(w).length > 1);
  return words.length > 1 ? runSearch(db, query, words.join(" or "), true) : fuzzy;
}

/** How many of the best-ranked hits are ranked again with title similarity. */
const RERANK = 400;

/** Typo tolerance: a title is a candidate when it holds a word this close (0–1) to the query. */
const TYPO_SIMILARITY = 0.45;

async function runSearch(
  db: Db,
  query: SearchQuery,
  q: string,
  typos: boolean,
): Promise<{ items: SearchHit[]; total: number }> {
  const qPlain = plain(q.replace(/\bor\b/g, " "));
  const qText = segment(q);
  const tsquery = sql.join(
    allConfigs.map((c) => sql`websearch_to_tsquery(${c}::regconfig, ${qText})`),
    sql` || `,
  );
  const typeFilter: SQL = query.types?.length
    ? sql`AND d.type IN (${sql.join(
        query.types.map((t) => sql`${t}`),
        sql`, `,
      )})`
    : sql``;
  const readable = readableSql(query.actor, {
    visibility: sql`d.visibility`,
    ownerOrgId: sql`d.owner_org_id`,
    coalitionId: sql`d.coalition_id`,
    namedUserIds: sql`d.named_user_ids`,
  });
  // Short queries would match too many titles by trigrams; they rely on full-text matches alone.
  const typo = typos && qPlain.length >= 4 ? sql`OR ${qPlain} <% d.title_plain` : sql``;
  const found = await db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_SIMILARITY)}, true)`,
    );
    return rows<{
      type: string;
      ref_id: string;
      lang: string;
      title: string;
      url: string;
      headline: string;
      total: number;
    }>(
      tx as unknown as Db,
      // Every hit gets the cheap rank (ts_rank, title words weigh most); only the best few hundred get
      // the costly title similarity, and only the page's rows are read in full for snippets.
      sql`WITH q AS (SELECT (${tsquery}) AS tsq),
      hits AS (
        SELECT d.type, d.ref_id, d.lang, d.title_plain, ts_rank(d.tsv, q.tsq) AS rank
        FROM search_documents d, q
        WHERE ${readable} ${typeFilter}
          AND (d.tsv @@ q.tsq ${typo})
      ),
      counted AS (SELECT count(DISTINCT (type, ref_id)) AS total FROM hits),
      top AS (SELECT * FROM hits ORDER BY rank DESC LIMIT ${Math.max(RERANK, (query.offset + query.limit) * 4)}),
      best AS (
        SELECT DISTINCT ON (type, ref_id) type, ref_id, lang,
          rank + word_similarity(${qPlain}, title_plain) AS score
        FROM top
        ORDER BY type, ref_id, rank + word_similarity(${qPlain}, title_plain) DESC, (lang = ${query.lang}) DESC
      ),
      page AS (
        SELECT * FROM best ORDER BY score DESC, type, ref_id LIMIT ${query.limit} OFFSET ${query.offset}
      )
      SELECT p.type, p.ref_id, p.lang, d.title, d.url, (SELECT total FROM counted) AS total,
        ts_headline(d.config::regconfig, d.body, q.tsq, ${headlineOptions}) AS headline
      FROM page p JOIN search_documents d USING (type, ref_id, lang), q
      ORDER BY p.score DESC, p.type, p.ref_id`,
    );
  });
  return {
    total: found[0]?.total ?? 0,
    items: found.map((r) => ({
      type: r.type,
      id: r.ref_id,
      title: r.title,
      url: r.url,
      lang: r.lang,
      snippet: snippetHtml(r.headline),
    })),
  };
}
