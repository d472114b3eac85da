import { and, asc, count, desc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import { newId } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import type { UpsertCounts } from "../platform/db/upsert";
import type { SearchDocument } from "../platform/search";
import type { ReferenceVisit } from "./reference";
import { visitEvents, visits } from "./schema";
import { deriveVisit, type EventType, type VisitEvent, type VisitStatus } from "./status";

export type VisitRow = typeof visits.$inferSelect;
export type VisitEventRow = typeof visitEvents.$inferSelect;

const toEvent = (e: VisitEventRow): VisitEvent => ({
  type: e.type as EventType,
  date: e.date,
  precision: e.precision,
  from: e.dateFrom,
  to: e.dateTo,
  symbol: e.symbol,
  session: e.session,
  recordedAt: e.recordedAt.toISOString(),
});

/** Derives a visit's status and dates from its events again and stores them beside it. */
export async function refreshVisit(db: Db, visitId: string, today: string): Promise<VisitRow | undefined> {
  const events = await db.select().from(visitEvents).where(eq(visitEvents.visitId, visitId));
  const facts = deriveVisit(events.map(toEvent), today);
  const [row] = await db
    .update(visits)
    .set({
      status: facts.status,
      requestedOn: facts.requestedOn,
      visitFrom: facts.visitFrom,
      visitTo: facts.visitTo,
      reminders: facts.reminders,
      reportSymbol: facts.reportSymbol,
      inconsistencies: facts.inconsistencies,
      lastEventOn: events.reduce<string | null>((m, e) => (!m || e.date > m ? e.date : m), null),
      updatedAt: new Date(),
    })
    .where(eq(visits.id, visitId))
    .returning();
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
  if (f.status?.length) where.push(inArray(visits.status, f.status));
  if (f.from) where.push(gte(visits.lastEventOn, f.from));
  if (f.to)
    where.push(lte(sql`coalesce(${visits.requestedOn}, ${visits.visitFrom}, ${visits.lastEventOn})`, f.to));
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

export async function getVisit(
  db: Db,
  id: string,
): Promise<(VisitSummary & { events: VisitEventRow[] }) | undefined> {
  const [row] = await db
    .select({
      visit: visits,
      countryNames: countries.names,
      mandateTitle: mandates.title,
      mandateTitles: mandates.titles,
    })
    .from(visits)
    .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
    .innerJoin(mandates, eq(mandates.id, visits.mandateId))
    .where(eq(visits.id, id));
  if (!row) return undefined;
  const events = await db
    .select()
    .from(visitEvents)
    .where(eq(visitEvents.visitId, id))
    .orderBy(asc(visitEvents.date), asc(visitEvents.recordedAt));
  return {
    ...row.visit,
    countryNames: row.countryNames,
    mandateTitle: row.mandateTitle,
    mandateTitles: row.mandateTitles,
    events,
  };
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
