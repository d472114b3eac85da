import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { countries } from "../../countries/schema";
import { mandates } from "../../mandates/schema";
import { type Actor, readableSql, type Scope } from "../../platform/access";
import { recordAudit } from "../../platform/audit/audit";
import { newId } from "../../platform/crypto/tokens";
import type { Db } from "../../platform/db/client";
import { AppError, notFound } from "../../platform/http/errors";
import { insertDocuments, type SearchDocument } from "../../platform/search";
import { unofficialVisits, visits } from "../schema";
import { canEditUnofficial, type UnofficialScopeRequest, unofficialScope } from "./policy";

export type UnofficialVisitRow = typeof unofficialVisits.$inferSelect;
export interface UnofficialVisitSummary extends UnofficialVisitRow {
  countryNames: Record<string, string>;
  mandateTitle: string;
  mandateTitles: Record<string, { text: string; confidence: string }>;
}

export interface NewUnofficialVisit extends UnofficialScopeRequest {
  country: string;
  mandate: string;
  mandateHolder?: string | null;
  event: string;
  host: string;
  city?: string | null;
  from: string;
  to: string;
  outcome?: string | null;
  source?: string | null;
  visit?: string | null;
}

const readable = (actor: Actor) =>
  readableSql(actor, {
    visibility: unofficialVisits.visibility,
    ownerOrgId: unofficialVisits.ownerOrgId,
    coalitionId: unofficialVisits.coalitionId,
    namedUserIds: unofficialVisits.namedUserIds,
  });

const scopeOf = (r: UnofficialVisitRow): Scope => ({
  visibility: r.visibility,
  ownerOrgId: r.ownerOrgId,
  coalitionId: r.coalitionId,
  namedUserIds: r.namedUserIds,
});

/** Found by its event, host and city; only by those who may read it. */
export function unofficialSearchDocument(v: UnofficialVisitSummary): SearchDocument {
  return {
    type: "unofficial_visit",
    refId: v.id,
    lang: "en",
    title: `${v.countryNames.en ?? v.countryIso3}: ${v.event} (${v.dateFrom.slice(0, 4)})`,
    body: [v.mandateTitle, v.mandateHolder, v.host, v.city, v.outcome].filter(Boolean).join(" · "),
    url: `/visits/unofficial/${v.id}`,
    scope: scopeOf(v),
  };
}

/** What is wrong with the dates: end before start, or planned absurdly far ahead. */
export function unofficialDateProblems(
  from: string,
  to: string,
  today: string,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (to < from) problems.push({ path: "to", message: "The end date is before the start date." });
  const limit = `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`;
  if (from > limit) problems.push({ path: "from", message: "The start date is more than three years away." });
  return problems;
}

export async function createUnofficialVisit(db: Db, actor: Actor, input: NewUnofficialVisit, today: string) {
  const decided = unofficialScope(actor, input);
  if (decided.problem) {
    const { status, message, path } = decided.problem;
    throw new AppError(
      status,
      status === 401 ? "unauthenticated" : status === 403 ? "forbidden" : "invalid",
      message,
      [{ path, message }],
    );
  }
  const problems = unofficialDateProblems(input.from, input.to, today);
  const [[country], [mandate], linked] = await Promise.all([
    db.select({ iso3: countries.iso3 }).from(countries).where(eq(countries.iso3, input.country)),
    db.select({ id: mandates.id }).from(mandates).where(eq(mandates.id, input.mandate)),
    input.visit
      ? db.select({ country: visits.countryIso3 }).from(visits).where(eq(visits.id, input.visit))
      : Promise.resolve([{ country: input.country }]),
  ]);
  if (!country) problems.push({ path: "country", message: `No country has the code ${input.country}.` });
  if (!mandate) problems.push({ path: "mandate", message: `No mandate has the id ${input.mandate}.` });
  if (!linked[0]) problems.push({ path: "visit", message: "No official visit has this id." });
  else if (linked[0].country !== input.country)
    problems.push({ path: "visit", message: "The official visit is to another country." });
  if (problems.length) throw new AppError(422, "invalid", problems.map((p) => p.message).join(" "), problems);
  const id = newId();
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.insert(unofficialVisits).values({
      id,
      countryIso3: input.country,
      mandateId: input.mandate,
      mandateHolder: input.mandateHolder ?? null,
      event: input.event,
      host: input.host,
      city: input.city ?? null,
      dateFrom: input.from,
      dateTo: input.to,
      outcome: input.outcome ?? null,
      source: input.source ?? null,
      visitId: input.visit ?? null,
      visibility: decided.scope.visibility,
      ownerOrgId: decided.scope.ownerOrgId,
      coalitionId: decided.scope.coalitionId,
      namedUserIds: [...decided.scope.namedUserIds],
      recordedBy: actor.userId,
    });
    await recordAudit(t, {
      actorId: actor.userId,
      orgId: decided.scope.ownerOrgId,
      action: "unofficial_visit.create",
      recordType: "unofficial_visit",
      recordId: id,
      details: { visibility: decided.scope.visibility },
    });
    const [saved] = await listUnofficialVisits(t, actor, { id, limit: 1, offset: 0 }).then((r) => r.items);
    if (saved) await insertDocuments(t, [unofficialSearchDocument(saved)]);
  });
  return id;
}

export interface UnofficialFilter {
  id?: string;
  country?: string;
  mandate?: string;
  limit: number;
  offset: number;
}

/** Unofficial visits `actor` may read, newest first. */
export async function listUnofficialVisits(
  db: Db,
  actor: Actor,
  f: UnofficialFilter,
): Promise<{ items: UnofficialVisitSummary[]; total: number }> {
  const where: SQL[] = [readable(actor)];
  if (f.id) where.push(eq(unofficialVisits.id, f.id));
  if (f.country) where.push(eq(unofficialVisits.countryIso3, f.country));
  if (f.mandate) where.push(eq(unofficialVisits.mandateId, f.mandate));
  const cond = and(...where);
  const [found, [total]] = await Promise.all([
    db
      .select({
        v: unofficialVisits,
        countryNames: countries.names,
        mandateTitle: mandates.title,
        mandateTitles: mandates.titles,
      })
      .from(unofficialVisits)
      .innerJoin(countries, eq(countries.iso3, unofficialVisits.countryIso3))
      .innerJoin(mandates, eq(mandates.id, unofficialVisits.mandateId))
      .where(cond)
      .orderBy(desc(unofficialVisits.dateFrom), asc(unofficialVisits.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(unofficialVisits).where(cond),
  ]);
  return {
    items: found.map((r) => ({
      ...r.v,
      countryNames: r.countryNames,
      mandateTitle: r.mandateTitle,
      mandateTitles: r.mandateTitles,
    })),
    total: total?.n ?? 0,
  };
}

/** One unofficial visit `actor` may read, with whether they may change it; 404 otherwise. */
export async function findUnofficialVisit(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ visit: UnofficialVisitSummary; canEdit: boolean }> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const [visit] = uuid.test(id)
    ? (await listUnofficialVisits(db, actor, { id, limit: 1, offset: 0 })).items
    : [];
  if (!visit) throw notFound("This unofficial visit");
  return { visit, canEdit: canEditUnofficial(actor, { ...scopeOf(visit), recordedBy: visit.recordedBy }) };
}

/**
 * Records what came of an unofficial visit: its outcome, and the official visit request that followed
 * it (null unlinks). Only those who answer for the record may; every change is audited.
 */
export async function updateUnofficialVisit(
  db: Db,
  actor: Actor,
  id: string,
  change: { outcome?: string | null; visitId?: string | null },
  now: Date,
): Promise<void> {
  const { visit: record, canEdit } = await findUnofficialVisit(db, actor, id);
  if (!canEdit)
    throw new AppError(403, "forbidden", "Only those who recorded this unofficial visit may change it.");
  if (change.visitId) {
    const [official] = await db
      .select({ country: visits.countryIso3 })
      .from(visits)
      .where(eq(visits.id, change.visitId));
    const problem = !official
      ? "No visit in the registry has this id."
      : official.country !== record.countryIso3
        ? "The official visit is to another country."
        : null;
    if (problem) throw new AppError(422, "invalid", problem, [{ path: "visit", message: problem }]);
  }
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t
      .update(unofficialVisits)
      .set({
        ...(change.outcome !== undefined ? { outcome: change.outcome } : {}),
        ...(change.visitId !== undefined ? { visitId: change.visitId } : {}),
        updatedAt: now,
      })
      .where(eq(unofficialVisits.id, record.id));
    await recordAudit(t, {
      actorId: actor.userId,
      orgId: record.ownerOrgId,
      action: "unofficial_visit.update",
      recordType: "unofficial_visit",
      recordId: record.id,
      details: { visit: change.visitId ?? null, outcome: change.outcome !== undefined },
    });
    const [saved] = (await listUnofficialVisits(t, actor, { id: record.id, limit: 1, offset: 0 })).items;
    if (saved) await insertDocuments(t, [unofficialSearchDocument(saved)]);
  });
}
