import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { organisations } from "../accounts/schema";
import { countries } from "../countries/schema";
import { type Actor, readableSql } from "../platform/access";
import { recordAudit } from "../platform/audit/audit";
import { newId } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/errors";
import { getVisit, type VisitEventRow } from "../visits/store";
import { findLetter, UUID } from "./letter-store";
import { type ActionKind, buildTimeline, type LogVisibility, type TimelineItem } from "./log";
import { canOnLog } from "./policy";
import { actions } from "./schema";

export type ActionRow = typeof actions.$inferSelect;
export interface ActionSummary extends ActionRow {
  orgName: string;
}

export interface NewAction {
  kind: ActionKind;
  date: string;
  target: string;
  channel?: string | null;
  response?: string | null;
  /** Required unless a visit or letter says which country. */
  country?: string | null;
  visitId?: string | null;
  letterId?: string | null;
  orgId: string;
  visibility: LogVisibility;
  coalitionId?: string | null;
}

const invalid = (path: string, message: string) => new AppError(422, "invalid", message, [{ path, message }]);

/** Records an action for the author's organisation, linked to a visit and a letter where given. */
export async function recordAction(db: Db, actor: Actor, input: NewAction, today: string): Promise<string> {
  if (!actor.userId) throw new AppError(401, "unauthenticated", "Sign in to record an action.");
  const scope = {
    visibility: input.visibility,
    ownerOrgId: input.orgId,
    coalitionId: input.visibility === "coalition" ? (input.coalitionId ?? null) : null,
    namedUserIds: [],
  };
  if (!actor.orgs.has(input.orgId))
    throw new AppError(403, "forbidden", "You are not a member of this organisation.", [
      { path: "org", message: "You are not a member of this organisation." },
    ]);
  if (!canOnLog(actor, "log.create", scope))
    throw invalid("coalition", "Choose a coalition your organisation belongs to.");
  if (input.date > today) throw invalid("date", "An action is recorded once done: its date cannot be ahead.");
  let country = input.country ?? null;
  if (input.visitId) {
    const visit = UUID.test(input.visitId) ? await getVisit(db, input.visitId) : undefined;
    if (!visit) throw invalid("visit", "No visit in the registry has this id.");
    if (country && country !== visit.countryIso3) throw invalid("visit", "This visit is to another country.");
    country = visit.countryIso3;
  }
  if (input.letterId) {
    const letter = await findLetter(db, actor, input.letterId, "letter.edit").catch(() => null);
    if (!letter) throw invalid("letter", "No letter of yours has this id.");
    country ??= letter.countryIso3;
  }
  if (!country) throw invalid("country", "Say which country the action was about.");
  const [known] = await db
    .select({ iso3: countries.iso3 })
    .from(countries)
    .where(eq(countries.iso3, country));
  if (!known) throw invalid("country", `No country has the code ${country}.`);
  const id = newId();
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.insert(actions).values({
      id,
      kind: input.kind,
      date: input.date,
      target: input.target.trim(),
      channel: input.channel?.trim() || null,
      response: input.response?.trim() || null,
      countryIso3: country,
      visitId: input.visitId ?? null,
      letterId: input.letterId ?? null,
      visibility: scope.visibility,
      ownerOrgId: scope.ownerOrgId,
      coalitionId: scope.coalitionId,
      createdBy: actor.userId,
    });
    await recordAudit(t, {
      actorId: actor.userId,
      orgId: input.orgId,
      action: "advocacy.action",
      recordType: "advocacy_action",
      recordId: id,
      details: { kind: input.kind, visibility: input.visibility },
    });
  });
  return id;
}

/** Actions the actor may read, newest first. */
export async function listActions(
  db: Db,
  actor: Actor,
  f: { visitId?: string; country?: string; letterId?: string; limit: number; offset: number },
): Promise<{ items: ActionSummary[]; total: number }> {
  const where: SQL[] = [
    readableSql(actor, {
      visibility: actions.visibility,
      ownerOrgId: actions.ownerOrgId,
      coalitionId: actions.coalitionId,
      namedUserIds: actions.namedUserIds,
    }),
  ];
  if (f.visitId) where.push(eq(actions.visitId, f.visitId));
  if (f.country) where.push(eq(actions.countryIso3, f.country));
  if (f.letterId) where.push(eq(actions.letterId, f.letterId));
  const cond = and(...where);
  const [found, [total]] = await Promise.all([
    db
      .select({ action: actions, orgName: organisations.name })
      .from(actions)
      .innerJoin(organisations, eq(organisations.id, actions.ownerOrgId))
      .where(cond)
      .orderBy(desc(actions.date), asc(actions.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(actions).where(cond),
  ]);
  return { items: found.map((r) => ({ ...r.action, orgName: r.orgName })), total: total?.n ?? 0 };
}

/** One visit's registry events and the actions the actor may read, as one timeline of cause and effect. */
export async function visitTimeline(db: Db, actor: Actor, visitId: string) {
  const visit = UUID.test(visitId) ? await getVisit(db, visitId) : undefined;
  if (!visit) return undefined;
  const { items } = await listActions(db, actor, { visitId, limit: 500, offset: 0 });
  const timeline: TimelineItem<ActionSummary, VisitEventRow>[] = buildTimeline(items, visit.events);
  return { visit, timeline };
}
