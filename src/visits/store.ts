import { and, asc, count, desc, eq, getTableColumns, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import { newId } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import type { UpsertCounts } from "../platform/db/upsert";
import type { SearchDocument } from "../platform/search";
import type { ReferenceVisit } from "./reference";
import { visitEvents, visits } from "./schema";
import type { ResponseCounts } from "./statistics";
import { deriveVisit, type EventType, type VisitEvent, type VisitStatus } from "./status";

export type VisitRow = typeof visits.$inferSelect;
export type VisitEventRow = typeof visitEvents.$inferSelect;

export const toEvent = (e: VisitEventRow): VisitEvent => ({
  type: e.type as EventType,
  date: e.date,
  precision: e.precision,
  from: e.dateFrom,
  to: e.dateTo,
  symbol: e.symbol,
  session: e.session,
  recordedAt: e.recordedAt.toISOString(),
});

/** The columns stored beside a visit, derived from its events, so lists filter and sort in SQL. */
export function derivedColumns(events: readonly VisitEvent[], today: string) {
  const facts = deriveVisit(events, today);
  return {
    status: facts.status,
    requestedOn: facts.requestedOn,
    answeredOn: facts.answeredOn,
    visitFrom: facts.visitFrom,
    visitTo: facts.visitTo,
    reminders: facts.reminders,
    reportSymbol: facts.reportSymbol,
    inconsistencies: facts.inconsistencies,
    lastEventOn: events.reduce<string | null>((m, e) => (!m || e.date > m ? e.date : m), null),
  } satisfies Partial<typeof visits.$inferInsert>;
}

// Letters recorded in one transaction share their time: among them, date order (not the order rows
// come back in) decides, so none of them is taken as recorded out of order.
const byRecording = (a: VisitEventRow, b: VisitEventRow) =>
  a.recordedAt.getTime() - b.recordedAt.getTime() || a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/**
 * Derives the status and dates of many visits from their events again and stores them: the events
 * in one query per few thousand visits, one UPDATE per batch from a JSON record set (the column
 * list follows `derivedColumns`, each column with its own SQL type).
 */
export async function refreshVisits(db: Db, ids: readonly string[], today: string): Promise<void> {
  const columns = getTableColumns(visits);
  for (let i = 0; i < ids.length; i += 5000) {
    const part = ids.slice(i, i + 5000);
    const found = await db.select().from(visitEvents).where(inArray(visitEvents.visitId, part));
    const byVisit = new Map<string, VisitEventRow[]>(part.map((id) => [id, []]));
    for (const e of found) byVisit.get(e.visitId)?.push(e);
    const derived = [...byVisit].map(([id, list]) => ({
      id,
      ...derivedColumns(list.sort(byRecording).map(toEvent), today),
    }));
    const keys = Object.keys(derived[0] ?? {}).filter((k) => k !== "id") as (keyof typeof columns)[];
    if (!keys.length) continue;
    const set = keys.map((k) => `"${columns[k].name}" = x."${k}"`).join(", ");
    const shape = keys.map((k) => `"${k}" ${columns[k].getSQLType()}`).join(", ");
    await db.execute(sql`UPDATE visits AS v SET ${sql.raw(set)}, updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(derived)}::jsonb) AS x(id text, ${sql.raw(shape)})
      WHERE v.id = x.id`);
  }
}

/** Derives one visit's status and dates from its events again and stores them beside it. */
export async function refreshVisit(db: Db, visitId: string, today: string): Promise<VisitRow | undefined> {
  await refreshVisits(db, [visitId], today);
  const [row] = await db.select().from(visits).where(eq(visits.id, visitId));
  return row;
}

/**
 * Loads the sample visits: a visit is recognised by its import key, an event by its visit, type,
 * date and symbol, so importing the same data again adds nothing.
 */
export async function saveReferenceVisits(
  db: Db,
  list: ReferenceVisit[],
  today: string,
): Promise<UpsertCounts> {
  let inserted = 0;
  let updated = 0;
  for (const v of list) {
    const [existing] = await db.select({ id: visits.id }).from(visits).where(eq(visits.importKey, v.key));
    const id = existing?.id ?? newId();
    if (!existing) {
      await db.insert(visits).values({
        id,
        importKey: v.key,
        countryIso3: v.countryIso3,
        mandateId: v.mandateId,
        mandateAsPublished: v.mandateAsPublished,
        mandateHolder: v.mandateHolder,
        status: "requested",
        provenance: v.provenance,
      });
    }
    const added = await db
      .insert(visitEvents)
      .values(
        v.events.map((e) => ({
          id: newId(),
          visitId: id,
          type: e.type,
          date: e.date,
          precision: e.precision ?? "day",
          dateFrom: e.from ?? null,
          dateTo: e.to ?? null,
          symbol: e.symbol ?? null,
          session: e.session ?? null,
          source: e.source,
          note: e.note,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: visitEvents.id });
    if (!existing) inserted++;
    else if (added.length) updated++;
    if (!existing || added.length) await refreshVisit(db, id, today);
  }
  return { inserted, updated, unchanged: list.length - inserted - updated };
}

export interface VisitFilter {
  country?: string;
  mandate?: string;
  /** Geographic region of the country, e.g. "Africa". */
  region?: string;
  /** Visits active that year: requested, under way or followed up. */
  year?: number;
  status?: VisitStatus[];
  /** Visits with an event on or after / before this date. */
  from?: string;
  to?: string;
  sort?: "recent" | "oldest" | "country";
  limit: number;
  offset: number;
}

export interface VisitSummary extends VisitRow {
  countryNames: Record<string, string>;
  mandateTitle: string;
  mandateTitles: Record<string, { text: string; confidence: string }>;
}

export async function listVisits(db: Db, f: VisitFilter): Promise<{ items: VisitSummary[]; total: number }> {
  const where: SQL[] = [];
  if (f.country) where.push(eq(visits.countryIso3, f.country));
  if (f.mandate) where.push(eq(visits.mandateId, f.mandate));
  if (f.region)
    where.push(
      inArray(
        visits.countryIso3,
        db.select({ iso3: countries.iso3 }).from(countries).where(eq(countries.region, f.region)),
      ),
    );
  if (f.status?.length) where.push(inArray(visits.status, f.status));
  const started = sql`coalesce(${visits.requestedOn}, ${visits.visitFrom}, ${visits.lastEventOn})`;
  if (f.from) where.push(gte(visits.lastEventOn, f.from));
  if (f.to) where.push(lte(started, f.to));
  if (f.year) {
    where.push(gte(visits.lastEventOn, `${f.year}-01-01`));
    where.push(lte(started, `${f.year}-12-31`));
  }
  const cond = where.length ? and(...where) : undefined;
  const order =
    f.sort === "oldest"
      ? [asc(visits.lastEventOn), asc(visits.id)]
      : f.sort === "country"
        ? [asc(visits.countryIso3), desc(visits.lastEventOn), asc(visits.id)]
        : [sql`${visits.lastEventOn} DESC NULLS LAST`, asc(visits.id)];
  const [found, [total]] = await Promise.all([
    db
      .select({
        visit: visits,
        countryNames: countries.names,
        mandateTitle: mandates.title,
        mandateTitles: mandates.titles,
      })
      .from(visits)
      .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
      .innerJoin(mandates, eq(mandates.id, visits.mandateId))
      .where(cond)
      .orderBy(...order)
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(visits).where(cond),
  ]);
  return {
    items: found.map((r) => ({
      ...r.visit,
      countryNames: r.countryNames,
      mandateTitle: r.mandateTitle,
      mandateTitles: r.mandateTitles,
    })),
    total: total?.n ?? 0,
  };
}

/** Visits with their country's names and their mandate's titles, by id. */
export async function summariesOf(db: Db, ids: readonly string[]): Promise<VisitSummary[]> {
  if (!ids.length) return [];
  const found = await db
    .select({
      visit: visits,
      countryNames: countries.names,
      mandateTitle: mandates.title,
      mandateTitles: mandates.titles,
    })
    .from(visits)
    .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
    .innerJoin(mandates, eq(mandates.id, visits.mandateId))
    .where(inArray(visits.id, [...ids]));
  return found.map((r) => ({
    ...r.visit,
    countryNames: r.countryNames,
    mandateTitle: r.mandateTitle,
    mandateTitles: r.mandateTitles,
  }));
}

export async function getVisit(
  db: Db,
  id: string,
): Promise<(VisitSummary & { events: VisitEventRow[] }) | undefined> {
  const [visit] = await summariesOf(db, [id]);
  if (!visit) return undefined;
  const events = await db
    .select()
    .from(visitEvents)
    .where(eq(visitEvents.visitId, id))
    .orderBy(asc(visitEvents.date), asc(visitEvents.recordedAt));
  return { ...visit, events };
}

/** The event logs of several visits in one query, keyed by visit. */
export async function eventsOf(db: Db, visitIds: string[]): Promise<Map<string, VisitEventRow[]>> {
  const byVisit = new Map<string, VisitEventRow[]>(visitIds.map((id) => [id, []]));
  if (!visitIds.length) return byVisit;
  const rows = await db
    .select()
    .from(visitEvents)
    .where(inArray(visitEvents.visitId, visitIds))
    .orderBy(asc(visitEvents.date), asc(visitEvents.recordedAt));
  for (const e of rows) byVisit.get(e.visitId)?.push(e);
  return byVisit;
}

/** A visit is found by its country and mandate, in English (the names the registry publishes). */
export function visitSearchDocument(v: VisitSummary): SearchDocument {
  const year = (v.visitFrom ?? v.requestedOn ?? v.lastEventOn ?? "").slice(0, 4);
  return {
    type: "visit",
    refId: v.id,
    lang: "en",
    title: `${v.countryNames.en ?? v.countryIso3}: ${v.mandateTitle}${year ? ` (${year})` : ""}`,
    body: [v.mandateAsPublished, v.mandateHolder, v.reportSymbol, v.status].filter(Boolean).join(" · "),
    url: `/visits/${v.id}`,
  };
}

/**
 * Statuses that change with the calendar alone (agreed dates arriving or passing) are derived again;
 * the background work runs this every hour on every server, which is harmless.
 */
export async function refreshTimeDependentVisits(db: Db, today: string): Promise<number> {
  const due = await db
    .select({ id: visits.id })
    .from(visits)
    .where(and(inArray(visits.status, ["scheduled", "underway"]), lte(visits.visitFrom, today)));
  for (const v of due) await refreshVisit(db, v.id, today);
  return due.length;
}

const pendingStatuses: VisitStatus[] = ["requested", "invited", "postponed"];
const visitedStatuses: VisitStatus[] = ["completed", "reported"];
export const isPending = (status: string) => (pendingStatuses as string[]).includes(status);

/** Requests, answers and their median delay per country or per mandate, optionally narrowed. */
export async function responseCounts(
  db: Db,
  by: "country" | "mandate",
  only: { country?: string; mandate?: string } = {},
): Promise<ResponseCounts[]> {
  const key = by === "country" ? visits.countryIso3 : visits.mandateId;
  const where: SQL[] = [];
  if (only.country) where.push(eq(visits.countryIso3, only.country));
  if (only.mandate) where.push(eq(visits.mandateId, only.mandate));
  const asked = sql`${visits.requestedOn} IS NOT NULL`;
  const rows = await db
    .select({
      key,
      requests: sql<number>`count(*) FILTER (WHERE ${asked})`.mapWith(Number),
      answered: sql<number>`count(*) FILTER (WHERE ${asked} AND ${visits.answeredOn} IS NOT NULL)`.mapWith(
        Number,
      ),
      pending: sql<number>`count(*) FILTER (WHERE ${inArray(visits.status, pendingStatuses)})`.mapWith(
        Number,
      ),
      medianDays: sql<
        number | null
      >`percentile_cont(0.5) WITHIN GROUP (ORDER BY (${visits.answeredOn} - ${visits.requestedOn})::float8)`.mapWith(
        (v) => (v === null ? null : Number(v)),
      ),
      visited: sql<number>`count(*) FILTER (WHERE ${inArray(visits.status, visitedStatuses)})`.mapWith(
        Number,
      ),
      lastVisitOn: sql<
        string | null
      >`max(${visits.visitFrom}) FILTER (WHERE ${inArray(visits.status, visitedStatuses)})`,
    })
    .from(visits)
    .where(where.length ? and(...where) : undefined)
    .groupBy(key)
    .orderBy(key);
  return rows;
}

export interface LastVisit {
  id: string;
  mandateId: string;
  mandateTitle: string;
  mandateTitles: VisitSummary["mandateTitles"];
  visitFrom: string | null;
  visitTo: string | null;
  reportSymbol: string | null;
}

/** The latest visit each mandate made to a country (completed or reported), most recent first. */
export async function lastVisitPerMandate(db: Db, country: string): Promise<LastVisit[]> {
  const found = await db
    .selectDistinctOn([visits.mandateId], {
      id: visits.id,
      mandateId: visits.mandateId,
      mandateTitle: mandates.title,
      mandateTitles: mandates.titles,
      visitFrom: visits.visitFrom,
      visitTo: visits.visitTo,
      reportSymbol: visits.reportSymbol,
    })
    .from(visits)
    .innerJoin(mandates, eq(mandates.id, visits.mandateId))
    .where(
      and(
        eq(visits.countryIso3, country),
        inArray(visits.status, visitedStatuses),
        sql`${visits.visitFrom} IS NOT NULL`,
      ),
    )
    .orderBy(visits.mandateId, desc(visits.visitFrom));
  return found.sort((a, b) => (b.visitFrom ?? "").localeCompare(a.visitFrom ?? ""));
}
