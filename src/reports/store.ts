import { and, asc, count, desc, eq, ilike, inArray, isNotNull, ne, or, type SQL, sql } from "drizzle-orm";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import type { Actor } from "../platform/access";
import type { Db } from "../platform/db/client";
import type { SearchDocument } from "../platform/search";
import { searchDocuments } from "../platform/search/schema";
import { eventsOf, listVisits, type VisitSummary } from "../visits/store";
import { normaliseRef, normaliseSymbol, recommendationPath } from "./address";
import { recommendations, reports } from "./schema";
import type { VisitCandidate } from "./visit-match";

export type ReportRow = typeof reports.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;
export type RecommendationRow = typeof recommendations.$inferSelect;

export async function insertReport(db: Db, values: NewReportRow): Promise<void> {
  await db.insert(reports).values(values);
}

export async function getReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row;
}

/**
 * Changes a report if it is still at `revision` (when given), bumping the revision; undefined when
 * someone else changed it first.
 */
export async function updateReport(
  db: Db,
  id: string,
  revision: number | undefined,
  set: Partial<NewReportRow>,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(reports)
    .set({ ...set, revision: sql`${reports.revision} + 1`, updatedAt: new Date() })
    .where(
      revision === undefined ? eq(reports.id, id) : and(eq(reports.id, id), eq(reports.revision, revision)),
    )
    .returning();
  return row;
}

export async function deleteReport(db: Db, id: string): Promise<void> {
  await db.delete(reports).where(eq(reports.id, id));
}

/** Whether another report still holds this file (files are stored once per content). */
export async function fileInUse(db: Db, fileKey: string): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(reports).where(eq(reports.fileKey, fileKey));
  return (row?.n ?? 0) > 0;
}

export interface ReportSummary {
  id: string;
  documentType: ReportRow["documentType"];
  symbol: string | null;
  countryIso3: string | null;
  mandateId: string | null;
  fileName: string | null;
  format: ReportRow["format"];
  accepted: boolean;
  acceptedAt: Date | null;
  updatedAt: Date;
  recommendations: number;
}

/**
 * The reports `actor` may read (the same rule as `canOnReports(…, "report.read")`): accepted ones,
 * and drafts they uploaded or their organisation holds. `mine` keeps only the latter.
 */
export async function listReports(
  db: Db,
  actor: Actor,
  opts: { mine?: boolean; limit: number; offset: number },
): Promise<{ items: ReportSummary[]; total: number }> {
  const own: SQL[] = [];
  if (actor.userId) own.push(eq(reports.uploadedBy, actor.userId));
  if (actor.orgs.size) own.push(inArray(reports.ownerOrgId, [...actor.orgs.keys()]));
  const ownCond = own.length ? or(...own) : sql`false`;
  const cond = opts.mine ? ownCond : or(isNotNull(reports.accepted), ownCond);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: reports.id,
        documentType: reports.documentType,
        symbol: reports.symbol,
        countryIso3: reports.countryIso3,
        mandateId: reports.mandateId,
        fileName: reports.fileName,
        format: reports.format,
        acceptedAt: reports.acceptedAt,
        updatedAt: reports.updatedAt,
        recommendations: sql<number>`jsonb_array_length(${reports.draft})`.mapWith(Number),
      })
      .from(reports)
      .where(cond)
      .orderBy(desc(reports.updatedAt), asc(reports.id))
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: count() }).from(reports).where(cond),
  ]);
  return { items: items.map((r) => ({ ...r, accepted: r.acceptedAt !== null })), total: total?.n ?? 0 };
}

export interface VisitChoice extends VisitCandidate {
  status: string;
  requestedOn: string | null;
  reportSymbol: string | null;
}

/** The visits of one country and mandate a report may be about, with every symbol they record. */
export async function visitCandidates(db: Db, country: string, mandate: string): Promise<VisitChoice[]> {
  const { items } = await listVisits(db, { country, mandate, limit: 200, offset: 0 });
  const events = await eventsOf(
    db,
    items.map((v) => v.id),
  );
  return items.map((v: VisitSummary) => ({
    id: v.id,
    visitFrom: v.visitFrom,
    visitTo: v.visitTo,
    status: v.status,
    requestedOn: v.requestedOn,
    reportSymbol: v.reportSymbol,
    symbols: [
      ...(v.reportSymbol ? [v.reportSymbol] : []),
      ...(events.get(v.id) ?? []).flatMap((e) => (e.symbol ? [e.symbol] : [])),
    ],
  }));
}

export async function countryExists(db: Db, iso3: string): Promise<boolean> {
  const [row] = await db.select({ iso3: countries.iso3 }).from(countries).where(eq(countries.iso3, iso3));
  return row !== undefined;
}

export async function mandateExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: mandates.id }).from(mandates).where(eq(mandates.id, id));
  return row !== undefined;
}

/** The records of one symbol, recognised by reference when a report is accepted again. */
export async function recordsOfSymbol(db: Db, symbol: string): Promise<{ id: string; ref: string }[]> {
  return db
    .select({ id: recommendations.id, ref: recommendations.ref })
    .from(recommendations)
    .where(eq(recommendations.symbol, symbol));
}

export async function recordIdsOfReport(
  db: Db,
  reportId: string,
  opts: { exceptSymbol: string },
): Promise<string[]> {
  const found = await db
    .select({ id: recommendations.id })
    .from(recommendations)
    .where(and(eq(recommendations.reportId, reportId), ne(recommendations.symbol, opts.exceptSymbol)));
  return found.map((r) => r.id);
}

export async function countRecordsOfSymbol(db: Db, symbol: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(recommendations)
    .where(eq(recommendations.symbol, symbol));
  return row?.n ?? 0;
}

export async function insertRecommendations(
  db: Db,
  rows: (typeof recommendations.$inferInsert)[],
): Promise<void> {
  if (rows.length) await db.insert(recommendations).values(rows);
}

export async function updateRecommendation(
  db: Db,
  id: string,
  set: Partial<typeof recommendations.$inferInsert>,
): Promise<void> {
  await db
    .update(recommendations)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(recommendations.id, id));
}

export async function deleteRecommendations(db: Db, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db.delete(recommendations).where(inArray(recommendations.id, ids));
  await db
    .delete(searchDocuments)
    .where(and(eq(searchDocuments.type, "recommendation"), inArray(searchDocuments.refId, ids)));
}

export interface RecommendationFilter {
  visit?: string;
  country?: string;
  mandate?: string;
  symbol?: string;
  ref?: string;
  report?: string;
  addressee?: string;
  /** Words the text, heading or addressee contain (case-insensitive). */
  q?: string;
  limit: number;
  offset: number;
}

export interface RecommendationRecord extends RecommendationRow {
  countryNames: Record<string, string>;
  mandateTitle: string;
  mandateTitles: Record<string, { text: string; confidence: string }>;
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export async function listRecommendations(
  db: Db,
  f: RecommendationFilter,
): Promise<{ items: RecommendationRecord[]; total: number }> {
  const where: SQL[] = [];
  if (f.visit) where.push(eq(recommendations.visitId, f.visit));
  if (f.country) where.push(eq(recommendations.countryIso3, f.country));
  if (f.mandate) where.push(eq(recommendations.mandateId, f.mandate));
  if (f.symbol) where.push(eq(recommendations.symbol, normaliseSymbol(f.symbol)));
  if (f.ref) where.push(eq(recommendations.ref, normaliseRef(f.ref)));
  if (f.report) where.push(eq(recommendations.reportId, f.report));
  if (f.addressee)
    where.push(eq(recommendations.addressee, f.addressee as RecommendationRow["addressee"] & string));
  for (const word of (f.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8)) {
    const p = likePattern(word);
    where.push(
      or(
        ilike(recommendations.text, p),
        ilike(recommendations.heading, p),
        ilike(recommendations.addresseeAsWritten, p),
      ) as SQL,
    );
  }
  const cond = where.length ? and(...where) : undefined;
  const [found, [total]] = await Promise.all([
    db
      .select({
        rec: recommendations,
        countryNames: countries.names,
        mandateTitle: mandates.title,
        mandateTitles: mandates.titles,
      })
      .from(recommendations)
      .innerJoin(countries, eq(countries.iso3, recommendations.countryIso3))
      .innerJoin(mandates, eq(mandates.id, recommendations.mandateId))
      .where(cond)
      .orderBy(desc(recommendations.acceptedAt), asc(recommendations.symbol), asc(recommendations.position))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(recommendations).where(cond),
  ]);
  return {
    items: found.map((r) => ({
      ...r.rec,
      countryNames: r.countryNames,
      mandateTitle: r.mandateTitle,
      mandateTitles: r.mandateTitles,
    })),
    total: total?.n ?? 0,
  };
}

export async function getRecommendation(
  db: Db,
  symbol: string,
  ref: string,
): Promise<RecommendationRecord | undefined> {
  const { items } = await listRecommendations(db, { symbol, ref, limit: 1, offset: 0 });
  return items[0];
}

/** A recommendation is found by its words, its reference and its report, in the report's language. */
export function recommendationSearchDocument(r: RecommendationRecord): SearchDocument {
  return {
    type: "recommendation",
    refId: r.id,
    lang: r.language,
    title: `${r.symbol}, ${r.ref}: ${r.text.length > 120 ? `${r.text.slice(0, 117)}…` : r.text}`,
    body: [
      r.text,
      r.heading,
      r.addresseeAsWritten,
      r.countryNames[r.language] ?? r.countryNames.en,
      r.mandateTitles[r.language]?.text ?? r.mandateTitle,
    ]
      .filter(Boolean)
      .join(" · "),
    url: recommendationPath(r.symbol, r.ref),
  };
}
