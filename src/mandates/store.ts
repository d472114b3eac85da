import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { type UpsertCounts, upsertRows } from "../platform/db/upsert";
import type { SearchDocument } from "../platform/search";
import type { Mandate } from "./mandate";
import { mandates } from "./schema";

export interface MandateFilter {
  kind?: Mandate["kind"];
  scope?: Mandate["scope"];
  q?: string;
  country?: string;
  sort?: "title" | "established" | "-established";
  limit: number;
  offset: number;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

function toMandate(row: typeof mandates.$inferSelect): Mandate {
  const { updatedAt: _u, ...rest } = row;
  return rest;
}

export async function listMandates(db: Db, f: MandateFilter): Promise<{ items: Mandate[]; total: number }> {
  const where: SQL[] = [];
  if (f.kind) where.push(eq(mandates.kind, f.kind));
  if (f.scope) where.push(eq(mandates.scope, f.scope));
  if (f.country) where.push(eq(mandates.countryIso3, f.country));
  if (f.q?.trim()) {
    const p = likePattern(f.q.trim());
    where.push(
      sql`(${mandates.title} ILIKE ${p} OR ${mandates.shortName} ILIKE ${p} OR ${mandates.titles}::text ILIKE ${p})`,
    );
  }
  const cond = where.length ? and(...where) : undefined;
  const order =
    f.sort === "established"
      ? [asc(mandates.yearEstablished), asc(mandates.title)]
      : f.sort === "-established"
        ? [desc(mandates.yearEstablished), asc(mandates.title)]
        : [asc(mandates.title)];
  const [items, [totalRow]] = await Promise.all([
    db
      .select()
      .from(mandates)
      .where(cond)
      .orderBy(...order)
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(mandates).where(cond),
  ]);
  return { items: items.map(toMandate), total: totalRow?.n ?? 0 };
}

export async function getMandate(db: Db, id: string): Promise<Mandate | undefined> {
  const [row] = await db.select().from(mandates).where(eq(mandates.id, id));
  return row ? toMandate(row) : undefined;
}

export function saveMandates(db: Db, list: Mandate[]): Promise<UpsertCounts> {
  return upsertRows(db, mandates, ["id"], list);
}

/** The texts quick search finds a mandate by: its title in each language we hold. */
export function mandateSearchDocuments(m: Mandate): SearchDocument[] {
  const url = `/mandates/${m.id}`;
  const body = [m.shortName, m.establishingInstrument, m.holder].filter(Boolean).join(" · ");
  return [
    { type: "mandate", refId: m.id, lang: "en", title: m.title, body, url },
    ...Object.entries(m.titles).map(([lang, t]) => ({
      type: "mandate",
      refId: m.id,
      lang,
      title: t.text,
      body,
      url,
    })),
  ];
}
