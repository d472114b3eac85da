import { eq } from "drizzle-orm";
import { coalitions, organisations } from "../accounts/schema";
import { countryName } from "../countries/country";
import type { Actor } from "../platform/access";
import { recordAudit } from "../platform/audit/audit";
import type { Keyring } from "../platform/crypto/keyring";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/errors";
import { createI18n, isLocale, type Translate } from "../platform/i18n";
import type { Logger } from "../platform/log";
import { enqueueMail } from "../platform/mail/outbox";
import { mandateTitleIn } from "../visits/views";
import { allocate } from "./allocation/allocate";
import { reasonText } from "./allocation/explain";
import type { Placement } from "./allocation/instance";
import type { Solver } from "./allocation/solve";
import { fillCancellations } from "./allocation/waitlist";
import { participantCalendar } from "./calendar";
import { programmeSheet } from "./exports";
import { slotWhen, slotWhere } from "./format";
import { type MeetingLine, participantMail } from "./mail";
import { canOnProgramme, canOnRequest, type ProgrammeAction } from "./policy";
import {
  confidentialOf,
  coParticipants,
  type ProgrammeInput,
  type ProgrammeSettings,
  type RequestConfidential,
  type RequestInput,
  type SlotFacts,
  type SlotInput,
  type StoredRun,
} from "./programme";
import type { ProgrammeRow, RequestRow, SlotRow, VisitFacts } from "./store";
import * as store from "./store";

/**
 * What a programme's pages and API do, with who may do it checked here: plain inputs in, records
 * out, typed errors (AppError) for everything a person can act on.
 */

export interface MeetingDeps {
  db: Db;
  keyring: Keyring;
  clock: () => Date;
  baseUrl: string;
  log: Logger;
  /** By default each run starts HiGHS in a worker thread of its own; tests share one. */
  solver?: Solver;
  timeLimitSeconds?: number;
}

const RUN_SECONDS = 60;
/** A run still "running" after this long belongs to a server that stopped: another may start. */
const staleAfterMs = (deps: MeetingDeps) => ((deps.timeLimitSeconds ?? RUN_SECONDS) * 2 + 60) * 1000;

/** Whether a run is under way: "running", and not so long that its server must have stopped. */
export const runInProgress = (deps: MeetingDeps, p: Pick<ProgrammeRow, "runState" | "runStartedAt">) =>
  p.runState === "running" && (p.runStartedAt?.getTime() ?? 0) > deps.clock().getTime() - staleAfterMs(deps);

const hidden = () => new AppError(404, "not_found", "This visit's civil-society programme was not found.");
const signInFirst = () => new AppError(401, "unauthenticated", "Sign in to do this.");

function requireSignedIn(actor: Actor): string {
  if (!actor.userId) throw signInFirst();
  return actor.userId;
}

/** The programme, for one of its coordinators; to anyone else it does not exist. */
export async function coordinated(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
  action: ProgrammeAction,
): Promise<ProgrammeRow> {
  requireSignedIn(actor);
  const p = await store.programmeOfVisit(deps.db, visitId);
  if (!p || !canOnProgramme(actor, action, p)) throw hidden();
  return p;
}

export async function visitOf(deps: MeetingDeps, visitId: string): Promise<VisitFacts> {
  const v = await store.visitFacts(deps.db, visitId);
  if (!v) throw new AppError(404, "not_found", "This visit was not found.");
  return v;
}

/** "Special Rapporteur on …: visit to Kenya", in the reader's language. */
export const visitTitle = (t: Translate, locale: string, v: VisitFacts) =>
  t("meetings.visitTitle", {
    mandate: mandateTitleIn(v, locale),
    country: countryName({ names: v.countryNames }, locale),
  });

/** Who runs the programme, by name. */
export async function runnerName(
  db: Db,
  p: Pick<ProgrammeRow, "coalitionId" | "ownerOrgId">,
): Promise<string> {
  if (p.coalitionId) {
    const [c] = await db
      .select({ name: coalitions.name })
      .from(coalitions)
      .where(eq(coalitions.id, p.coalitionId));
    return c?.name ?? "";
  }
  const [o] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, p.ownerOrgId ?? ""));
  return o?.name ?? "";
}

// The programme and its slots

export async function createProgramme(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
  input: ProgrammeInput,
): Promise<ProgrammeRow> {
  const userId = requireSignedIn(actor);
  await visitOf(deps, visitId);
  const runner = { coalitionId: input.coalition ?? null, ownerOrgId: input.organisation ?? null };
  if (!canOnProgramme(actor, "programme.create", runner))
    throw new AppError(
      403,
      "forbidden",
      "Only a coordinator of the coalition, or an admin of the organisation, can run its programme.",
      [{ path: runner.coalitionId ? "coalition" : "organisation", message: "You do not run it" }],
    );
  const p = await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const created = await store.insertProgramme(db, {
      visitId,
      title: input.title,
      ...runner,
      timeZone: input.timeZone,
      maxMeetingsPerRequest: input.maxMeetingsPerRequest,
      createdBy: userId,
    });
    if (created)
      await recordAudit(db, {
        actorId: userId,
        orgId: runner.ownerOrgId,
        action: "meetings.programme.create",
        recordType: "meeting_programme",
        recordId: created.id,
      });
    return created;
  });
  if (!p)
    throw new AppError(
      409,
      "programme_exists",
      "This visit already has a civil-society programme; ask its coordinators to add you.",
    );
  return p;
}

export async function changeSettings(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
  input: ProgrammeSettings,
) {
  const p = await coordinated(deps, actor, visitId, "programme.editSlots");
  await store.updateSettings(deps.db, p, input);
}

export async function addSlot(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
  input: SlotInput,
): Promise<SlotRow> {
  const p = await coordinated(deps, actor, visitId, "programme.editSlots");
  return store.insertSlot(deps.db, p, input);
}

export async function changeSlot(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
  slotId: string,
  input: SlotInput,
) {
  const p = await coordinated(deps, actor, visitId, "programme.editSlots");
  await refuseIfPublishedIn(deps, p, slotId);
  const s = await store.updateSlot(deps.db, p, slotId, input);
  if (!s) throw new AppError(404, "not_found", "This slot was not found.");
  return s;
}

export async function removeSlot(deps: MeetingDeps, actor: Actor, visitId: string, slotId: string) {
  const p = await coordinated(deps, actor, visitId, "programme.editSlots");
  await refuseIfPublishedIn(deps, p, slotId);
  if (!(await store.deleteSlot(deps.db, p.id, slotId)))
    throw new AppError(404, "not_found", "This slot was not found.");
}

/** Organisations were told they meet in this slot: changing it under them must be deliberate. */
async function refuseIfPublishedIn(deps: MeetingDeps, p: ProgrammeRow, slotId: string) {
  const held = (await store.publishedMeetings(deps.db, p.id)).filter((m) => m.slotId === slotId);
  if (held.length)
    throw new AppError(
      409,
      "slot_published",
      "Organisations were told they meet in this slot. Withdraw their meetings first (they are told, and the waitlist fills the places).",
    );
}

// The request link

export async function openRequestLink(deps: MeetingDeps, actor: Actor, visitId: string): Promise<string> {
  const p = await coordinated(deps, actor, visitId, "programme.editSlots");
  const token = await store.openLink(deps.db, p.id);
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId: p.ownerOrgId,
    action: "meetings.link.open",
    recordType: "meeting_programme",
    recordId: p.id,
  });
  return token;
}

export async function closeRequestLink(deps: MeetingDeps, actor: Actor, visitId: string) {
  const p = await coordinated(deps, actor, visitId, "programme.editSlots");
  await store.closeLink(deps.db, p.id);
}

export const linkUrl = (baseUrl: string, token: string) => `${baseUrl}/meetings/r/${token}`;

/** The programme behind a request link: unknown links are 404, closed ones 410. */
export async function programmeOfLink(deps: MeetingDeps, token: string) {
  const p = token.length >= 20 ? await store.programmeByLink(deps.db, token) : undefined;
  if (!p)
    throw new AppError(
      404,
      "not_found",
      "This request link does not exist. Ask the coordinator for the right one.",
    );
  if (!p.linkOpen)
    throw new AppError(
      410,
      "link_closed",
      "This request link was closed by the coordinator: requests are no longer taken.",
    );
  return { programme: p, visit: await visitOf(deps, p.visitId), slots: await store.listSlots(deps.db, p.id) };
}

export async function submitRequest(
  deps: MeetingDeps,
  actor: Actor,
  token: string,
  input: RequestInput,
  locale: string,
): Promise<RequestRow> {
  const { programme } = await programmeOfLink(deps, token);
  if (input.organisationId && !actor.orgs.has(input.organisationId))
    throw new AppError(
      403,
      "forbidden",
      "You can only send a request for an organisation you are a member of.",
      [{ path: "organisationId", message: "Not one of your organisations" }],
    );
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const r = await store.insertRequest(db, deps.keyring, programme.id, input, {
      locale: isLocale(locale) ? locale : "en",
      submittedBy: actor.userId,
      confidential: confidentialOf(input),
    });
    await recordAudit(db, {
      actorId: actor.userId,
      orgId: r.orgId,
      action: "meetings.request.submit",
      recordType: "meeting_request",
      recordId: r.id,
    });
    return r;
  });
}

// Requests, for the coordinator

export interface RequestView extends RequestRow {
  confidentialOpen: RequestConfidential;
}

export async function programmeRequests(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
): Promise<RequestView[]> {
  const p = await coordinated(deps, actor, visitId, "programme.viewRequests");
  const list = await store.listRequests(deps.db, p.id);
  return list.map((r) => ({ ...r, confidentialOpen: store.openConfidential(deps.keyring, r) }));
}

async function requestOf(deps: MeetingDeps, p: ProgrammeRow, requestId: string): Promise<RequestRow> {
  const r = await store.getRequest(deps.db, p.id, requestId);
  if (!r) throw new AppError(404, "not_found", "This request was not found.");
  return r;
}

export async function setRequestPriority(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
  requestId: string,
  priority: number | null,
) {
  const p = await coordinated(deps, actor, visitId, "programme.viewRequests");
  await requestOf(deps, p, requestId);
  await store.setPriority(deps.db, p.id, requestId, priority);
}

// Pins and exclusions

export async function setPlacement(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
  placement: Placement & { kind: "pin" | "forbid" | "none" },
) {
  const p = await coordinated(deps, actor, visitId, "programme.runAllocation");
  const [r, s] = await Promise.all([
    store.getRequest(deps.db, p.id, placement.request),
    store.getSlot(deps.db, p.id, placement.slot),
  ]);
  const details = [
    ...(r ? [] : [{ path: "request", message: "No request of this programme has this id" }]),
    ...(s ? [] : [{ path: "slot", message: "No slot of this programme has this id" }]),
  ];
  if (details.length)
    throw new AppError(
      422,
      "unknown_placement",
      "The request or the slot is not part of this programme.",
      details,
    );
  await store.setPlacement(deps.db, p.id, placement);
}

// Allocation

async function run(deps: MeetingDeps, p: ProgrammeRow): Promise<StoredRun> {
  try {
    const instance = await store.loadInstance(deps.db, p);
    const started = performance.now();
    const allocation = await allocate(instance, {
      solver: deps.solver,
      timeLimitSeconds: deps.timeLimitSeconds ?? RUN_SECONDS,
    });
    const result: StoredRun = {
      revision: p.revision,
      ranAt: deps.clock().toISOString(),
      seconds: Math.round(performance.now() - started) / 1000,
      allocation,
    };
    await store.finishRun(deps.db, p.id, result);
    return result;
  } catch (err) {
    // The solver's own message; a request's content never reaches it.
    const error = err instanceof Error ? err.message : String(err);
    deps.log.error("allocation failed", { programmeId: p.id, error });
    await store.finishRun(deps.db, p.id, { error });
    throw err;
  }
}

async function claim(deps: MeetingDeps, actor: Actor, visitId: string): Promise<ProgrammeRow> {
  const p = await coordinated(deps, actor, visitId, "programme.runAllocation");
  const claimed = await store.claimRun(deps.db, p.id, deps.clock(), staleAfterMs(deps));
  if (!claimed)
    throw new AppError(
      409,
      "allocation_running",
      "An allocation of this programme is already running; its result will show when it is done.",
    );
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId: p.ownerOrgId,
    action: "meetings.allocation.run",
    recordType: "meeting_programme",
    recordId: p.id,
    details: { revision: claimed.revision },
  });
  return claimed;
}

/** Runs the allocation and answers when it is done (the API). */
export async function runAllocation(deps: MeetingDeps, actor: Actor, visitId: string): Promise<StoredRun> {
  return run(deps, await claim(deps, actor, visitId));
}

/**
 * Starts the allocation and answers at once (the pages): the result page shows "working" until
 * the run is stored, so a long run needs no open connection and no JavaScript.
 */
export async function startAllocation(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
): Promise<Promise<unknown>> {
  const p = await claim(deps, actor, visitId);
  // The failure is stored on the programme and logged by run(); nothing waits for it here.
  return run(deps, p).catch(() => undefined);
}

// Publication and the waitlist

interface Published {
  programme: ProgrammeRow;
  visit: VisitFacts;
  slots: SlotRow[];
  requests: RequestRow[];
  meetings: Placement[];
}

async function publishedState(deps: MeetingDeps, p: ProgrammeRow): Promise<Published> {
  const [visit, slots, requests, meetings] = await Promise.all([
    visitOf(deps, p.visitId),
    store.listSlots(deps.db, p.id),
    store.listRequests(deps.db, p.id),
    store.publishedMeetings(deps.db, p.id),
  ]);
  return {
    programme: p,
    visit,
    slots,
    requests,
    meetings: meetings.map((m) => ({ request: m.requestId, slot: m.slotId })),
  };
}

/** A request's meetings as lines its organisation may read: other organisations only if they agreed. */
export function meetingLines(
  locale: string,
  requestId: string,
  state: Pick<Published, "slots" | "requests" | "meetings">,
): { slot: SlotFacts; line: MeetingLine }[] {
  const slotsById = new Map(state.slots.map((s) => [s.id, s]));
  const requestsById = new Map(state.requests.map((r) => [r.id, r]));
  return state.meetings
    .filter((m) => m.request === requestId)
    .flatMap((m) => {
      const slot = slotsById.get(m.slot);
      if (!slot) return [];
      const occupants = state.meetings
        .filter((o) => o.slot === m.slot)
        .flatMap((o) => {
          const r = requestsById.get(o.request);
          return r && r.status === "active"
            ? [{ requestId: r.id, organisation: r.organisation, shareName: r.shareName }]
            : [];
        });
      const others = coParticipants(requestId, occupants);
      return [
        {
          slot,
          line: {
            when: slotWhen(locale, slot),
            where: slotWhere(slot),
            theme: slot.theme,
            private: slot.private,
            names: others.names,
            unnamed: others.unnamed,
          },
        },
      ];
    })
    .sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime());
}

/** E-mails each request its meetings (or why it has none) with a fresh link to its page and calendar. */
async function mailParticipants(
  db: Db,
  deps: MeetingDeps,
  state: Published,
  requestIds: readonly string[],
  kind: "published" | "changed",
  reasons: ReadonlyMap<string, StoredRun["allocation"]["unassigned"][number]["reason"]>,
): Promise<number> {
  let sent = 0;
  for (const r of state.requests) {
    if (!requestIds.includes(r.id) || r.status !== "active") continue;
    const token = await store.newParticipantToken(db, r.id);
    const { t } = createI18n(isLocale(r.locale) ? r.locale : "en");
    const reason = reasons.get(r.id);
    const conf = store.openConfidential(deps.keyring, r);
    await enqueueMail(
      db,
      participantMail(t, {
        to: conf.contactEmail,
        organisation: r.organisation,
        visit: visitTitle(t, r.locale, state.visit),
        meetings: meetingLines(r.locale, r.id, state).map((m) => m.line),
        reason: reason ? reasonText(t, reason) : null,
        link: `${deps.baseUrl}/meetings/p/${token}`,
        calendar: `${deps.baseUrl}/meetings/p/${token}.ics`,
        kind,
        dedupeKey: `meetings:${kind}:${r.id}:${token.slice(0, 16)}`,
      }),
    );
    sent++;
  }
  return sent;
}

/**
 * Publishes the latest allocation: it becomes the programme's meetings, and every organisation
 * that asked is e-mailed its own (and only its own) meetings, or why it has none.
 */
export async function publish(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
): Promise<{ meetings: number; mailed: number }> {
  const p = await coordinated(deps, actor, visitId, "programme.publish");
  if (runInProgress(deps, p))
    throw new AppError(409, "allocation_running", "An allocation is running; publish once its result shows.");
  if (!p.result)
    throw new AppError(409, "no_allocation", "Run the allocation before publishing the programme.");
  if (p.result.revision !== p.revision)
    throw new AppError(
      409,
      "allocation_stale",
      "The programme changed since the last allocation: run it again before publishing.",
    );
  const result = p.result;
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await store.replaceMeetings(db, p.id, result.allocation.assignments, now);
    await store.markPublished(db, p.id, p.revision, now);
    const state = await publishedState({ ...deps, db }, p);
    const reasons = new Map(result.allocation.unassigned.map((u) => [u.request, u.reason]));
    const mailed = await mailParticipants(
      db,
      deps,
      state,
      state.requests.map((r) => r.id),
      "published",
      reasons,
    );
    await recordAudit(db, {
      actorId: actor.userId,
      orgId: p.ownerOrgId,
      action: "meetings.publish",
      recordType: "meeting_programme",
      recordId: p.id,
      details: { meetings: result.allocation.assignments.length, mailed },
    });
    return { meetings: result.allocation.assignments.length, mailed };
  });
}

/**
 * Withdraws a request. Once the programme is published, its places go to the waitlist: everyone
 * else keeps their meeting, the freed places are given by the same rules, and those who got one
 * are e-mailed.
 */
async function withdrawRequest(
  deps: MeetingDeps,
  p: ProgrammeRow,
  r: RequestRow,
  actorId: string | null,
): Promise<{ filled: Placement[] }> {
  if (!(await store.withdraw(deps.db, p.id, r.id, deps.clock()))) return { filled: [] };
  await recordAudit(deps.db, {
    actorId,
    orgId: r.orgId,
    action: "meetings.request.withdraw",
    recordType: "meeting_request",
    recordId: r.id,
  });
  if (!p.publishedAt) return { filled: [] };
  const current = (await store.publishedMeetings(deps.db, p.id)).map((m) => ({
    request: m.requestId,
    slot: m.slotId,
  }));
  if (!current.some((m) => m.request === r.id)) return { filled: [] };
  const fresh = (await store.programmeOfVisit(deps.db, p.visitId)) ?? p;
  const instance = await store.loadInstance(deps.db, fresh);
  const changes = await fillCancellations(instance, current, [r.id], {
    solver: deps.solver,
    timeLimitSeconds: deps.timeLimitSeconds ?? RUN_SECONDS,
  });
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await store.changeMeetings(
      db,
      p.id,
      { remove: [...changes.freed, ...changes.dropped], add: changes.filled },
      now,
    );
    await store.finishRun(db, p.id, {
      revision: fresh.revision,
      ranAt: now.toISOString(),
      seconds: 0,
      allocation: changes.allocation,
    });
    await store.markPublished(db, p.id, fresh.revision, fresh.publishedAt ?? now);
    const state = await publishedState({ ...deps, db }, fresh);
    const reasons = new Map(changes.allocation.unassigned.map((u) => [u.request, u.reason]));
    const told = [...new Set([...changes.filled, ...changes.dropped].map((m) => m.request))];
    await mailParticipants(db, deps, state, told, "changed", reasons);
  });
  return { filled: changes.filled };
}

export async function withdrawAsCoordinator(
  deps: MeetingDeps,
  actor: Actor,
  visitId: string,
  requestId: string,
) {
  const p = await coordinated(deps, actor, visitId, "programme.viewRequests");
  return withdrawRequest(deps, p, await requestOf(deps, p, requestId), actor.userId);
}

// What participants see

/** A request seen by its own organisation: the request, and its meetings once published. */
export async function participantView(deps: MeetingDeps, r: RequestRow, locale: string) {
  const p = await store.getProgramme(deps.db, r.programmeId);
  if (!p) throw new AppError(404, "not_found", "This request was not found.");
  const state = await publishedState(deps, p);
  const result = p.result;
  const reason = p.publishedAt
    ? result?.allocation.unassigned.find((u) => u.request === r.id)?.reason
    : undefined;
  return {
    programme: p,
    visit: state.visit,
    request: r,
    confidential: store.openConfidential(deps.keyring, r),
    published: p.publishedAt !== null,
    meetings: p.publishedAt && r.status === "active" ? meetingLines(locale, r.id, state) : [],
    reason: reason ?? null,
  };
}

/** The page and calendar behind a participant's e-mailed link. */
export async function requestOfParticipantLink(deps: MeetingDeps, token: string): Promise<RequestRow> {
  const r = token.length >= 20 ? await store.requestByParticipantToken(deps.db, token) : undefined;
  if (!r)
    throw new AppError(
      404,
      "not_found",
      "This link does not work (any more). The latest e-mail about your meetings has the current one.",
    );
  return r;
}

export async function participantIcs(deps: MeetingDeps, token: string): Promise<string> {
  const r = await requestOfParticipantLink(deps, token);
  const view = await participantView(deps, r, r.locale);
  const { t } = createI18n(isLocale(r.locale) ? r.locale : "en");
  return participantCalendar(t, {
    baseUrl: deps.baseUrl,
    requestId: r.id,
    visit: visitTitle(t, r.locale, view.visit),
    meetings: view.meetings,
    stamp: view.programme.publishedAt ?? deps.clock(),
  });
}

export async function withdrawByParticipantLink(deps: MeetingDeps, token: string) {
  const r = await requestOfParticipantLink(deps, token);
  const p = await store.getProgramme(deps.db, r.programmeId);
  if (!p) throw new AppError(404, "not_found", "This request was not found.");
  return withdrawRequest(deps, p, r, null);
}

/** The requests of the actor's organisations, each with what its members may see. */
export async function myMeetings(deps: MeetingDeps, actor: Actor, locale: string) {
  requireSignedIn(actor);
  const rows = await store.requestsOfOrgs(deps.db, [...actor.orgs.keys()]);
  const views = [];
  for (const row of rows) {
    if (!canOnRequest(actor, "request.viewOwnMeetings", row.programme, row.request)) continue;
    views.push({ ...(await participantView(deps, row.request, locale)), orgName: row.orgName });
  }
  return views;
}

export async function withdrawAsMember(deps: MeetingDeps, actor: Actor, requestId: string) {
  requireSignedIn(actor);
  const row = (await store.requestsOfOrgs(deps.db, [...actor.orgs.keys()])).find(
    (x) => x.request.id === requestId,
  );
  if (!row || !canOnRequest(actor, "request.viewOwnMeetings", row.programme, row.request))
    throw new AppError(404, "not_found", "This request was not found.");
  return withdrawRequest(deps, row.programme, row.request, actor.userId);
}

// Exports and day plans

/**
 * The programme as the desk officer gets it: the published meetings, or before publication the
 * latest allocation (marked as a draft).
 */
export async function exportSheet(deps: MeetingDeps, actor: Actor, visitId: string, contacts: boolean) {
  const p = await coordinated(deps, actor, visitId, "programme.export");
  const [visit, slots, requests, published, runner] = await Promise.all([
    visitOf(deps, p.visitId),
    store.listSlots(deps.db, p.id),
    store.listRequests(deps.db, p.id),
    store.publishedMeetings(deps.db, p.id),
    runnerName(deps.db, p),
  ]);
  const draft = !p.publishedAt;
  const assignments = draft
    ? (p.result?.allocation.assignments ?? [])
    : published.map((m) => ({ request: m.requestId, slot: m.slotId }));
  const sheet = programmeSheet(
    slots,
    requests.map((r) => ({ ...r, confidential: store.openConfidential(deps.keyring, r) })),
    assignments,
    { contacts },
  );
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId: p.ownerOrgId,
    action: "meetings.export",
    recordType: "meeting_programme",
    recordId: p.id,
    details: { contacts },
  });
  return { programme: p, visit, sheet, draft, runner, slots };
}
