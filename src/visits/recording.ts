import { eq } from "drizzle-orm";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import type { Actor } from "../platform/access";
import { recordAudit } from "../platform/audit/audit";
import { newId } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/errors";
import { insertDocuments } from "../platform/search";
import { canOnVisits } from "./policy";
import { visitEvents, visits } from "./schema";
import { deriveVisit, type EventType, startsNewVisit, type VisitEvent } from "./status";
import { getVisit, refreshVisit, visitSearchDocument } from "./store";

export interface NewEvent {
  type: EventType;
  date: string;
  precision?: "day" | "month" | "year";
  from?: string | null;
  to?: string | null;
  symbol?: string | null;
  session?: number | null;
  source?: string | null;
  note?: string | null;
}

const FAR_FUTURE_YEARS = 3;
const datesOnly = new Set<EventType>(["dates_proposed", "dates_agreed", "started", "completed"]);

/** What is impossible about an event (as opposed to merely unusual, which the status derivation flags). */
export function eventProblems(e: NewEvent, today: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const limit = `${Number(today.slice(0, 4)) + FAR_FUTURE_YEARS}${today.slice(4)}`;
  // Letters are dated when sent: only agreed or proposed visit dates may lie ahead.
  if (e.date > today && !datesOnly.has(e.type))
    problems.push({ path: "date", message: "This event cannot be dated in the future." });
  for (const field of ["date", "from", "to"] as const) {
    const v = e[field];
    if (v && v > limit)
      problems.push({ path: field, message: `This date is more than ${FAR_FUTURE_YEARS} years ahead.` });
    if (v && v < "1980-01-01")
      problems.push({ path: field, message: "Country visits began in 1980; this date is earlier." });
  }
  if (e.from && e.to && e.to < e.from)
    problems.push({ path: "to", message: "The visit cannot end before it starts." });
  if ((e.from || e.to) && !datesOnly.has(e.type))
    problems.push({
      path: "from",
      message: "Visit dates belong to a dates proposal, agreement, start or end.",
    });
  if ((e.type === "report_published" || e.type === "state_comments") && !e.symbol) {
    problems.push({ path: "symbol", message: "Give the document symbol, e.g. A/HRC/52/39/Add.1." });
  }
  if (e.type === "report_presented" && !e.session)
    problems.push({ path: "session", message: "Give the HRC session number." });
  return problems;
}

function refuse(problems: { path: string; message: string }[]): never {
  throw new AppError(422, "invalid_event", problems.map((p) => p.message).join(" "), problems);
}

async function reindex(db: Db, visitId: string): Promise<void> {
  const v = await getVisit(db, visitId);
  if (v) await insertDocuments(db, [visitSearchDocument(v)]);
}

/** Records a new visit with its first events, in one transaction. */
export async function createVisit(
  db: Db,
  actor: Actor,
  input: {
    country: string;
    mandate: string;
    mandateHolder?: string | null;
    source?: string | null;
    events: NewEvent[];
  },
  today: string,
): Promise<string> {
  if (!canOnVisits(actor, "visit.create"))
    throw new AppError(401, "unauthenticated", "Sign in to record a visit.");
  const problems = input.events.flatMap((e, i) =>
    eventProblems(e, today).map((p) => ({ ...p, path: `events.${i}.${p.path}` })),
  );
  const [[country], [mandate]] = await Promise.all([
    db.select({ iso3: countries.iso3 }).from(countries).where(eq(countries.iso3, input.country)),
    db.select({ id: mandates.id }).from(mandates).where(eq(mandates.id, input.mandate)),
  ]);
  if (!country) problems.push({ path: "country", message: `No country has the code ${input.country}.` });
  if (!mandate) problems.push({ path: "mandate", message: `No mandate has the id ${input.mandate}.` });
  if (problems.length) refuse(problems);
  const id = newId();
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.insert(visits).values({
      id,
      countryIso3: input.country,
      mandateId: input.mandate,
      mandateHolder: input.mandateHolder ?? null,
      status: "requested",
      provenance: {
        source: input.source ?? "Recorded by a Visitdesk user",
        asOf: today,
        confidence: "corpus",
        evidence: [],
        note: null,
      },
      createdBy: actor.userId,
    });
    for (const e of input.events) await insertEvent(t, id, e, actor);
    await refreshVisit(t, id, today);
    await recordAudit(t, {
      actorId: actor.userId,
      orgId: null,
      action: "visit.create",
      recordType: "visit",
      recordId: id,
      details: { events: input.events.length },
    });
    await reindex(t, id);
  });
  return id;
}

async function insertEvent(db: Db, visitId: string, e: NewEvent, actor: Actor): Promise<string> {
  const id = newId();
  const [added] = await db
    .insert(visitEvents)
    .values({
      id,
      visitId,
      type: e.type,
      date: e.date,
      precision: e.precision ?? "day",
      dateFrom: e.from ?? null,
      dateTo: e.to ?? null,
      symbol: e.symbol ?? null,
      session: e.session ?? null,
      source: e.source ?? null,
      note: e.note ?? null,
      recordedBy: actor.userId,
    })
    .onConflictDoNothing()
    .returning({ id: visitEvents.id });
  if (!added)
    throw new AppError(409, "duplicate_event", `This visit already has a “${e.type}” event on ${e.date}.`, [
      { path: "type", message: "Already recorded" },
    ]);
  return id;
}

/**
 * Adds an event to a visit's log. A new request or invitation after a visit is over belongs to a
 * new visit, and the answer says so rather than rewriting history.
 */
export async function recordEvent(
  db: Db,
  actor: Actor,
  visitId: string,
  e: NewEvent,
  today: string,
): Promise<string> {
  if (!canOnVisits(actor, "visit.recordEvent"))
    throw new AppError(401, "unauthenticated", "Sign in to record an event.");
  const problems = eventProblems(e, today);
  if (problems.length) refuse(problems);
  const current = await db.select().from(visitEvents).where(eq(visitEvents.visitId, visitId));
  const [visit] = await db.select({ id: visits.id }).from(visits).where(eq(visits.id, visitId));
  if (!visit) throw new AppError(404, "not_found", "This visit was not found.");
  const facts = deriveVisit(
    current.map(
      (x): VisitEvent => ({
        type: x.type as EventType,
        date: x.date,
        from: x.dateFrom,
        to: x.dateTo,
        symbol: x.symbol,
      }),
    ),
    today,
  );
  if (startsNewVisit(facts, e.type)) {
    throw new AppError(
      409,
      "new_visit",
      "This visit is over: a new request or invitation starts a new visit (POST /api/v1/visits).",
    );
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const id = await insertEvent(t, visitId, e, actor);
    await refreshVisit(t, visitId, today);
    await recordAudit(t, {
      actorId: actor.userId,
      orgId: null,
      action: "visit.event",
      recordType: "visit",
      recordId: visitId,
      details: { type: e.type },
    });
    await reindex(t, visitId);
    return id;
  });
}
