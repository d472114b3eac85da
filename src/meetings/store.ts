import { and, asc, eq, inArray, lt, ne, or, sql } from "drizzle-orm";
import { organisations } from "../accounts/schema";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import { type Keyring, open, seal } from "../platform/crypto/keyring";
import { sealedColumns } from "../platform/crypto/sealed";
import { hashToken, newId, newToken } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import { visits } from "../visits/schema";
import type { Placement } from "./allocation/instance";
import {
  type PlacementFacts,
  type ProgrammeSettings,
  type RequestConfidential,
  type RequestFacts,
  type RequestInput,
  type SlotFacts,
  type SlotInput,
  type StoredRun,
  toInstance,
} from "./programme";
import { meetings, placements, programmes, requests, slots } from "./schema";

/** SQL of the programme area; runs on PGlite and PostgreSQL 15 alike. No access checks here. */

export type ProgrammeRow = typeof programmes.$inferSelect;
export type SlotRow = typeof slots.$inferSelect;
export type RequestRow = typeof requests.$inferSelect;

/** The sealed column of a request, registered for key rotation (`visitdesk keys rotate`) in `sealedColumns`. */
export const meetingSealedColumns = sealedColumns.filter((c) => c.table === "meeting_requests");

const aad = (requestId: string) => `meeting_requests.confidential:${requestId}`;

export function sealConfidential(ring: Keyring, requestId: string, value: RequestConfidential): string {
  return seal(ring, JSON.stringify(value), aad(requestId));
}

export function openConfidential(
  ring: Keyring,
  row: Pick<RequestRow, "id" | "confidential">,
): RequestConfidential {
  return JSON.parse(open(ring, row.confidential, aad(row.id))) as RequestConfidential;
}

/** The visit a programme belongs to, with what its pages and e-mails name it by. */
export async function visitFacts(db: Db, visitId: string) {
  const [row] = await db
    .select({
      id: visits.id,
      countryIso3: visits.countryIso3,
      visitFrom: visits.visitFrom,
      visitTo: visits.visitTo,
      countryNames: countries.names,
      mandateTitle: mandates.title,
      mandateTitles: mandates.titles,
    })
    .from(visits)
    .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
    .innerJoin(mandates, eq(mandates.id, visits.mandateId))
    .where(eq(visits.id, visitId));
  return row;
}
export type VisitFacts = NonNullable<Awaited<ReturnType<typeof visitFacts>>>;

export async function getProgramme(db: Db, id: string): Promise<ProgrammeRow | undefined> {
  const [p] = await db.select().from(programmes).where(eq(programmes.id, id));
  return p;
}

export async function programmeOfVisit(db: Db, visitId: string): Promise<ProgrammeRow | undefined> {
  const [p] = await db.select().from(programmes).where(eq(programmes.visitId, visitId));
  return p;
}

export async function programmeByLink(db: Db, token: string): Promise<ProgrammeRow | undefined> {
  const [p] = await db
    .select()
    .from(programmes)
    .where(eq(programmes.linkHash, hashToken(token)));
  return p;
}

export async function insertProgramme(
  db: Db,
  values: Omit<typeof programmes.$inferInsert, "id">,
): Promise<ProgrammeRow | undefined> {
  const [p] = await db
    .insert(programmes)
    .values({ id: newId(), ...values })
    .onConflictDoNothing({ target: programmes.visitId })
    .returning();
  return p;
}

/** Title and time zone change nothing the allocation reads; the number of meetings per request does. */
export async function updateSettings(db: Db, p: ProgrammeRow, input: ProgrammeSettings): Promise<void> {
  await db
    .update(programmes)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(programmes.id, p.id));
  if (p.maxMeetingsPerRequest !== input.maxMeetingsPerRequest) await bumpRevision(db, p.id);
}

/** Marks a change the allocation reads: a stored result is then known to be stale. */
export async function bumpRevision(db: Db, programmeId: string): Promise<void> {
  await db
    .update(programmes)
    .set({ revision: sql`${programmes.revision} + 1`, updatedAt: new Date() })
    .where(eq(programmes.id, programmeId));
}

/** A new request link (the old one stops working); the token is returned once and only its hash kept. */
export async function openLink(db: Db, programmeId: string): Promise<string> {
  const token = newToken();
  await db
    .update(programmes)
    .set({ linkHash: hashToken(token), linkOpen: true, updatedAt: new Date() })
    .where(eq(programmes.id, programmeId));
  return token;
}

export async function closeLink(db: Db, programmeId: string): Promise<void> {
  await db
    .update(programmes)
    .set({ linkOpen: false, updatedAt: new Date() })
    .where(eq(programmes.id, programmeId));
}

export const listSlots = (db: Db, programmeId: string) =>
  db
    .select()
    .from(slots)
    .where(eq(slots.programmeId, programmeId))
    .orderBy(asc(slots.startsAt), asc(slots.city), asc(slots.id));

export async function getSlot(db: Db, programmeId: string, slotId: string): Promise<SlotRow | undefined> {
  const [s] = await db
    .select()
    .from(slots)
    .where(and(eq(slots.programmeId, programmeId), eq(slots.id, slotId)));
  return s;
}

const slotValues = (input: SlotInput, timeZone: string) => ({
  startsAt: new Date(input.start),
  endsAt: new Date(input.end),
  timeZone: input.timeZone ?? timeZone,
  city: input.city,
  place: input.place,
  capacity: input.capacity,
  theme: input.theme,
  private: input.private,
});

export async function insertSlot(db: Db, p: ProgrammeRow, input: SlotInput): Promise<SlotRow> {
  const [s] = await db
    .insert(slots)
    .values({ id: newId(), programmeId: p.id, ...slotValues(input, p.timeZone) })
    .returning();
  if (!s) throw new Error("slot not saved");
  await bumpRevision(db, p.id);
  return s;
}

export async function updateSlot(
  db: Db,
  p: ProgrammeRow,
  slotId: string,
  input: SlotInput,
): Promise<SlotRow | undefined> {
  const [s] = await db
    .update(slots)
    .set(slotValues(input, p.timeZone))
    .where(and(eq(slots.programmeId, p.id), eq(slots.id, slotId)))
    .returning();
  if (s) await bumpRevision(db, p.id);
  return s;
}

export async function deleteSlot(db: Db, programmeId: string, slotId: string): Promise<boolean> {
  const gone = await db
    .delete(slots)
    .where(and(eq(slots.programmeId, programmeId), eq(slots.id, slotId)))
    .returning({ id: slots.id });
  if (gone.length) await bumpRevision(db, programmeId);
  return gone.length > 0;
}

export const listRequests = (db: Db, programmeId: string) =>
  db
    .select()
    .from(requests)
    .where(eq(requests.programmeId, programmeId))
    .orderBy(asc(requests.createdAt), asc(requests.id));

export async function getRequest(
  db: Db,
  programmeId: string,
  requestId: string,
): Promise<RequestRow | undefined> {
  const [r] = await db
    .select()
    .from(requests)
    .where(and(eq(requests.programmeId, programmeId), eq(requests.id, requestId)));
  return r;
}

export async function requestByParticipantToken(db: Db, token: string): Promise<RequestRow | undefined> {
  const [r] = await db
    .select()
    .from(requests)
    .where(eq(requests.participantTokenHash, hashToken(token)));
  return r;
}

export async function insertRequest(
  db: Db,
  ring: Keyring,
  programmeId: string,
  input: RequestInput,
  extra: { locale: string; submittedBy: string | null; confidential: RequestConfidential },
): Promise<RequestRow> {
  const id = newId();
  const [r] = await db
    .insert(requests)
    .values({
      id,
      programmeId,
      orgId: input.organisationId ?? null,
      organisation: input.organisation,
      confidential: sealConfidential(ring, id, extra.confidential),
      needsPrivate: input.needsPrivate,
      themes: input.themes,
      cities: input.cities,
      available: input.available,
      people: input.people,
      priorityFacts: input.priorityFacts,
      shareName: input.shareName,
      locale: extra.locale,
      submittedBy: extra.submittedBy,
    })
    .returning();
  if (!r) throw new Error("request not saved");
  await bumpRevision(db, programmeId);
  return r;
}

export async function setPriority(db: Db, programmeId: string, requestId: string, priority: number | null) {
  const changed = await db
    .update(requests)
    .set({ priority })
    .where(and(eq(requests.programmeId, programmeId), eq(requests.id, requestId)))
    .returning({ id: requests.id });
  if (changed.length) await bumpRevision(db, programmeId);
  return changed.length > 0;
}

/** Withdraws a request; false when it was already withdrawn (a second click changes nothing). */
export async function withdraw(db: Db, programmeId: string, requestId: string, now: Date): Promise<boolean> {
  const changed = await db
    .update(requests)
    .set({ status: "withdrawn", withdrawnAt: now })
    .where(
      and(eq(requests.programmeId, programmeId), eq(requests.id, requestId), eq(requests.status, "active")),
    )
    .returning({ id: requests.id });
  if (changed.length) await bumpRevision(db, programmeId);
  return changed.length > 0;
}

export const listPlacements = (db: Db, programmeId: string) =>
  db
    .select()
    .from(placements)
    .where(eq(placements.programmeId, programmeId))
    .orderBy(asc(placements.requestId), asc(placements.slotId));

/** Pins or forbids a placement, or (`none`) leaves it to the allocation again. */
export async function setPlacement(
  db: Db,
  programmeId: string,
  p: Placement & { kind: "pin" | "forbid" | "none" },
): Promise<void> {
  if (p.kind === "none")
    await db
      .delete(placements)
      .where(and(eq(placements.requestId, p.request), eq(placements.slotId, p.slot)));
  else
    await db
      .insert(placements)
      .values({ programmeId, requestId: p.request, slotId: p.slot, kind: p.kind })
      .onConflictDoUpdate({ target: [placements.requestId, placements.slotId], set: { kind: p.kind } });
  await bumpRevision(db, programmeId);
}

export async function loadInstance(db: Db, p: ProgrammeRow) {
  const [s, r, pl] = await Promise.all([
    listSlots(db, p.id),
    listRequests(db, p.id),
    listPlacements(db, p.id),
  ]);
  return toInstance(p.maxMeetingsPerRequest, s as SlotFacts[], r as RequestFacts[], pl as PlacementFacts[]);
}

/**
 * Claims the programme for an allocation run: one at a time, unless the last run has been
 * "running" for longer than `staleAfterMs` (its server stopped).
 */
export async function claimRun(db: Db, programmeId: string, now: Date, staleAfterMs: number) {
  const [p] = await db
    .update(programmes)
    .set({ runState: "running", runStartedAt: now, runError: null })
    .where(
      and(
        eq(programmes.id, programmeId),
        or(
          ne(programmes.runState, "running"),
          lt(programmes.runStartedAt, new Date(now.getTime() - staleAfterMs)),
        ),
      ),
    )
    .returning();
  return p;
}

export async function finishRun(db: Db, programmeId: string, result: StoredRun | { error: string }) {
  await db
    .update(programmes)
    .set(
      "error" in result
        ? { runState: "failed", runError: result.error.slice(0, 500) }
        : { runState: "idle", result, runError: null },
    )
    .where(eq(programmes.id, programmeId));
}

/** The meetings as published, with each one's slot and request. */
export async function publishedMeetings(db: Db, programmeId: string) {
  return db
    .select({ slotId: meetings.slotId, requestId: meetings.requestId })
    .from(meetings)
    .where(eq(meetings.programmeId, programmeId))
    .orderBy(asc(meetings.requestId), asc(meetings.slotId));
}

/** Replaces the published meetings of a programme. */
export async function replaceMeetings(db: Db, programmeId: string, list: readonly Placement[], now: Date) {
  await db.delete(meetings).where(eq(meetings.programmeId, programmeId));
  if (list.length)
    await db
      .insert(meetings)
      .values(list.map((m) => ({ programmeId, requestId: m.request, slotId: m.slot, publishedAt: now })));
}

export async function changeMeetings(
  db: Db,
  programmeId: string,
  change: { remove: readonly Placement[]; add: readonly Placement[] },
  now: Date,
) {
  for (const m of change.remove)
    await db.delete(meetings).where(and(eq(meetings.requestId, m.request), eq(meetings.slotId, m.slot)));
  if (change.add.length)
    await db
      .insert(meetings)
      .values(
        change.add.map((m) => ({ programmeId, requestId: m.request, slotId: m.slot, publishedAt: now })),
      )
      .onConflictDoNothing();
}

/** A new participant link for a request (any older one stops working); the token goes in its e-mail. */
export async function newParticipantToken(db: Db, requestId: string): Promise<string> {
  const token = newToken();
  await db
    .update(requests)
    .set({ participantTokenHash: hashToken(token) })
    .where(eq(requests.id, requestId));
  return token;
}

export async function markPublished(db: Db, programmeId: string, revision: number, now: Date) {
  await db
    .update(programmes)
    .set({ publishedAt: now, publishedRevision: revision, updatedAt: now })
    .where(eq(programmes.id, programmeId));
}

/** The requests of the given organisations, with their programme, for "my meetings". */
export async function requestsOfOrgs(db: Db, orgIds: readonly string[]) {
  if (!orgIds.length) return [];
  return db
    .select({ request: requests, programme: programmes, orgName: organisations.name })
    .from(requests)
    .innerJoin(programmes, eq(programmes.id, requests.programmeId))
    .innerJoin(organisations, eq(organisations.id, requests.orgId))
    .where(inArray(requests.orgId, [...orgIds]))
    .orderBy(asc(programmes.createdAt), asc(requests.createdAt));
}

/** Everyone published in the given slots, for the names co-participants agreed to show. */
export async function occupantsOf(db: Db, slotIds: readonly string[]) {
  if (!slotIds.length) return [];
  return db
    .select({
      slotId: meetings.slotId,
      requestId: requests.id,
      organisation: requests.organisation,
      shareName: requests.shareName,
    })
    .from(meetings)
    .innerJoin(requests, eq(requests.id, meetings.requestId))
    .where(and(inArray(meetings.slotId, [...slotIds]), eq(requests.status, "active")));
}
