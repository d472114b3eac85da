import { and, eq, inArray } from "drizzle-orm";
import { coalitionMembers } from "../accounts/schema";
import { countryName } from "../countries/country";
import type { Actor } from "../platform/access";
import { recordAudit } from "../platform/audit/audit";
import type { Keyring } from "../platform/crypto/keyring";
import { newId } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import type { FileStore } from "../platform/files/store";
import { AppError } from "../platform/http/errors";
import { createI18n, type I18n, isLocale } from "../platform/i18n";
import { getVisit } from "../visits/store";
import { mandateTitleIn } from "../visits/views";
import type { View } from "./audience";
import { type ComposeContext, type Composed, composeExport } from "./compose";
import { analyse, grantConsent, placeholders, revokeConsent, withholder } from "./consent";
import { documentModel, type Format, fileName, formatTypes, renderDocument } from "./exports";
import { ATTACHMENT_MAX_BYTES, attachmentKind, attachmentMediaTypes, cleanFileName } from "./files";
import type {
  CallInput,
  ConsentInput,
  NewSubmission,
  PartInput,
  PersonInput,
  PublicityInput,
  SendInput,
} from "./inputs";
import { type Audience, countdown, countdownLabel, type Part, type Submission } from "./model";
import {
  canEditPart,
  canEditVisitPublicity,
  canOnSubmission,
  type SubmissionAction,
  type SubmissionScope,
  scopeOf,
  signOffOrgs,
  viewFor,
} from "./policy";
import { decryptFile, encryptFile } from "./sealing";
import { deleteDocuments, indexPublicVersion } from "./search";
import { readyToExport, signOff } from "./signoff";
import { merge } from "./similarity";
import {
  type CallRow,
  coalitionName,
  deleteAttachment,
  getAttachment,
  getCall,
  getVersion,
  insertAttachment,
  insertConsent,
  insertPerson,
  insertSend,
  insertSignoff,
  insertSubmission,
  insertVersion,
  type Loaded,
  latestVersion,
  loadSubmission,
  orgNames,
  saveCall,
  savePublicity,
  setPublication,
  writeRevocations,
  writeSubmission,
} from "./store";
import { differs, keepsVersion, restoreSnapshot, snapshotOf } from "./versions";
import type { CallSummary } from "./views";

/**
 * What people do with submissions: every action takes `(deps, actor, input)`, asks the policy,
 * and throws an AppError a person can act on. Those who may not read a submission are told it
 * does not exist (404), never that it is forbidden.
 */
export interface SubmissionDeps {
  db: Db;
  keyring: Keyring;
  files: FileStore;
  clock: () => Date;
}

const hidden = () => new AppError(404, "not_found", "This submission was not found.");
const forbidden = (message = "You are not allowed to do this.") => new AppError(403, "forbidden", message);

export interface Access {
  loaded: Loaded;
  scope: SubmissionScope;
  /** What the actor reads of it in the workspace. */
  view: View;
}

/** The actor's access to a submission already loaded, or null when they may not read it. */
export function accessIfReadable(actor: Actor, loaded: Loaded): Access | null {
  const scope = scopeOf(loaded.submission);
  const view = viewFor(actor, scope);
  return view && canOnSubmission(actor, "read", scope) ? { loaded, scope, view } : null;
}

function accessOf(actor: Actor, loaded: Loaded | undefined): Access {
  const access = loaded && accessIfReadable(actor, loaded);
  if (!access) throw hidden();
  return access;
}

export async function readSubmission(deps: SubmissionDeps, actor: Actor, id: string): Promise<Access> {
  return accessOf(actor, await loadSubmission(deps.db, deps.keyring, id));
}

const audit = (
  db: Db,
  actor: Actor,
  s: Pick<Submission, "id" | "ownerOrgId">,
  action: string,
  details = {},
) =>
  recordAudit(db, {
    actorId: actor.userId,
    orgId: s.ownerOrgId,
    action: `submission.${action}`,
    recordType: "submission",
    recordId: s.id,
    details,
  });

interface Change<T> {
  next: Submission;
  reason: "edit" | "autosave" | "merge" | "restore";
  result: T;
}

/**
 * A read-modify-write of a submission's title and parts, with its row locked so two people saving
 * at once both land. The state before the change is kept as a version.
 */
async function change<T>(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  action: SubmissionAction,
  fn: (a: Access) => Change<T>,
): Promise<T> {
  const userId = actor.userId;
  if (!userId) throw hidden();
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const access = accessOf(actor, await loadSubmission(db, deps.keyring, id, { lock: true }));
    if (!canOnSubmission(actor, action, access.scope)) throw forbidden();
    const { next, reason, result } = fn(access);
    const before = snapshotOf(access.loaded.submission);
    if (!differs(before, snapshotOf(next)) && next.language === access.loaded.submission.language)
      return result;
    const now = deps.clock();
    if (keepsVersion(await latestVersion(db, id), { by: userId, at: now, autosave: reason === "autosave" }))
      await insertVersion(db, deps.keyring, id, before, { reason, savedBy: userId, savedAt: now });
    await writeSubmission(db, deps.keyring, access.loaded.submission, next, userId);
    if (reason !== "autosave") await audit(db, actor, next, reason);
    return result;
  });
}

/** Changing people and consents: the owner organisation's, with the row locked. */
async function withPeople<T>(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  fn: (db: Db, a: Access) => Promise<T>,
): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const access = accessOf(actor, await loadSubmission(db, deps.keyring, id, { lock: true }));
    if (!canOnSubmission(actor, "manageConsent", access.scope)) throw forbidden();
    return fn(db, access);
  });
}

// Creating

async function coalitionHas(db: Db, coalitionId: string, orgIds: readonly string[]): Promise<string[]> {
  if (!orgIds.length) return [];
  const found = await db
    .select({ orgId: coalitionMembers.orgId })
    .from(coalitionMembers)
    .where(and(eq(coalitionMembers.coalitionId, coalitionId), inArray(coalitionMembers.orgId, [...orgIds])));
  return found.map((f) => f.orgId);
}

function ownerOrgFor(actor: Actor, asked: string | undefined): string {
  if (asked) {
    if (!actor.orgs.has(asked))
      throw new AppError(
        403,
        "forbidden",
        "You can only start a submission for an organisation you belong to.",
        [{ path: "org", message: "Not one of your organisations" }],
      );
    return asked;
  }
  const mine = [...actor.orgs.keys()];
  if (mine.length === 1) return mine[0] as string;
  throw new AppError(
    400,
    "invalid_request",
    mine.length
      ? "Say which of your organisations the submission is from."
      : "Only members of an organisation can write a submission.",
    [{ path: "org", message: mine.length ? "Required" : "Not a member of any organisation" }],
  );
}

const consentOf = (input: ConsentInput, person: string, userId: string, now: Date) => ({
  id: newId(),
  audiences: [...new Set(input.audiences)],
  givenBy: input.givenBy ?? person,
  givenOn: input.givenOn ?? now.toISOString(),
  recordedBy: userId,
  revokedOn: null,
  revokedBy: null,
});

export async function createSubmission(
  deps: SubmissionDeps,
  actor: Actor,
  input: NewSubmission,
): Promise<string> {
  const userId = actor.userId;
  if (!userId) throw new AppError(401, "unauthenticated", "Sign in to do this.");
  const ownerOrgId = ownerOrgFor(actor, input.org);
  const visit = await getVisit(deps.db, input.visit);
  if (!visit)
    throw new AppError(404, "not_found", "No visit has this id.", [
      { path: "visit", message: "Unknown visit" },
    ]);
  const coalitionId = input.coalition ?? null;
  if (coalitionId && !(await coalitionHas(deps.db, coalitionId, [ownerOrgId])).length)
    throw new AppError(422, "not_in_coalition", "The organisation is not a member of this coalition.", [
      { path: "coalition", message: "Not a member" },
    ]);
  const now = deps.clock();
  const id = newId();
  const people = input.people.map((p) => ({
    id: newId(),
    name: p.name,
    contact: p.contact ?? null,
    role: p.role,
    consents: p.consent ? [consentOf(p.consent, p.name, userId, now)] : [],
  }));
  input.parts.forEach((p, i) => {
    const bad = p.mentions.find((m) => m >= people.length);
    if (bad !== undefined)
      throw new AppError(
        400,
        "invalid_request",
        `Part ${i + 1} mentions person ${bad}, who is not in people.`,
        [{ path: `parts.${i}.mentions`, message: "No such person" }],
      );
  });
  const submission: Submission = {
    id,
    visitId: visit.id,
    ownerOrgId,
    coalitionId,
    title: input.title,
    language: input.language,
    parts: input.parts.map((p) => ({
      id: newId(),
      kind: p.kind,
      heading: p.heading,
      body: p.body,
      audience: p.audience,
      mentions: p.mentions.map((m) => people[m]?.id as string),
      contributorOrgIds: [ownerOrgId],
    })),
    people,
  };
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await insertSubmission(db, deps.keyring, submission, userId);
    for (const [i, p] of people.entries()) {
      await insertPerson(db, deps.keyring, id, p, i);
      for (const c of p.consents) await insertConsent(db, deps.keyring, p.id, c);
    }
    await writeSubmission(db, deps.keyring, { ...submission, parts: [] }, submission, userId);
    await audit(db, actor, submission, "create", {
      parts: submission.parts.length,
      people: people.length,
      joint: coalitionId !== null,
    });
  });
  return id;
}

// Editing

export async function editTitle(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  input: { title: string; language: string },
  autosave = false,
): Promise<void> {
  await change(deps, actor, id, "edit", ({ loaded }) => ({
    next: { ...loaded.submission, title: input.title, language: input.language },
    reason: autosave ? "autosave" : "edit",
    result: undefined,
  }));
}

/** The organisation a new part is written for: the owner, or the actor's organisation among the partners. */
async function contributorFor(db: Db, actor: Actor, s: Submission): Promise<string> {
  if (actor.orgs.has(s.ownerOrgId)) return s.ownerOrgId;
  const partner = s.coalitionId ? await coalitionHas(db, s.coalitionId, [...actor.orgs.keys()]) : [];
  if (!partner[0]) throw forbidden();
  return partner[0];
}

/** Whether the actor reads a part's text unaltered (nothing in it is withheld from them). */
function readsInFull(access: Access, part: Part, now: Date): boolean {
  if (access.view.audience === "organisation" && access.view.orgId === access.loaded.submission.ownerOrgId)
    return true;
  const show = withholder(analyse(access.loaded.submission, access.view, now), {
    name: "\u0000",
    contact: "\u0000",
  });
  return show(part.heading) === part.heading && show(part.body) === part.body;
}

/** Who may edit this part, and in full: partners may not edit a text that names someone withheld from them. */
export function mayEditPart(access: Access, actor: Actor, part: Part, now: Date): boolean {
  return canEditPart(actor, access.scope, part) && readsInFull(access, part, now);
}

/** Mentions only the owner organisation, which holds the people's records, may set. */
function mentionsFrom(actor: Actor, access: Access, input: PartInput, was: readonly string[]): string[] {
  if (!canOnSubmission(actor, "manageConsent", access.scope)) return [...was];
  const known = new Set(access.loaded.submission.people.map((p) => p.id));
  return [...new Set(input.mentions)].filter((m) => known.has(m));
}

export async function addPart(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  input: PartInput,
): Promise<string> {
  const loaded = await loadSubmission(deps.db, deps.keyring, id);
  const contributor = await contributorFor(deps.db, actor, accessOf(actor, loaded).loaded.submission);
  const partId = newId();
  return change(deps, actor, id, "addPart", (access) => {
    const part: Part = {
      id: partId,
      kind: input.kind,
      heading: input.heading,
      body: input.body,
      audience: input.audience,
      mentions: mentionsFrom(actor, access, input, []),
      contributorOrgIds: [contributor],
    };
    const s = access.loaded.submission;
    return { next: { ...s, parts: [...s.parts, part] }, reason: "edit", result: partId };
  });
}

function editablePart(access: Access, actor: Actor, partId: string, now: Date): Part {
  const part = access.loaded.submission.parts.find((p) => p.id === partId);
  if (!part) throw new AppError(404, "not_found", "This part was not found.");
  if (!canEditPart(actor, access.scope, part))
    throw forbidden("Only the organisations that wrote this part can change it.");
  if (!readsInFull(access, part, now))
    throw forbidden(
      "This part names someone whose name is withheld from you; the organisation that holds the submission can change it.",
    );
  return part;
}

export async function savePart(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  partId: string,
  input: PartInput,
  autosave = false,
): Promise<void> {
  await change(deps, actor, id, "read", (access) => {
    const part = editablePart(access, actor, partId, deps.clock());
    const next: Part = {
      ...part,
      kind: input.kind,
      heading: input.heading,
      body: input.body,
      audience: input.audience,
      mentions: mentionsFrom(actor, access, input, part.mentions),
    };
    const s = access.loaded.submission;
    return {
      next: { ...s, parts: s.parts.map((p) => (p.id === partId ? next : p)) },
      reason: autosave ? "autosave" : "edit",
      result: undefined,
    };
  });
}

export async function deletePart(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  partId: string,
): Promise<void> {
  await change(deps, actor, id, "read", (access) => {
    editablePart(access, actor, partId, deps.clock());
    const s = access.loaded.submission;
    return {
      next: { ...s, parts: s.parts.filter((p) => p.id !== partId) },
      reason: "edit",
      result: undefined,
    };
  });
}

/** Moves a part up or down among the parts of its kind (the order the document shows them in). */
export async function movePart(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  partId: string,
  direction: "up" | "down",
): Promise<void> {
  await change(deps, actor, id, "assemble", ({ loaded }) => {
    const parts = [...loaded.submission.parts];
    const at = parts.findIndex((p) => p.id === partId);
    const part = parts[at];
    if (!part) throw new AppError(404, "not_found", "This part was not found.");
    const same = parts.map((p, i) => (p.kind === part.kind ? i : -1)).filter((i) => i >= 0);
    const to = same[same.indexOf(at) + (direction === "up" ? -1 : 1)];
    if (to !== undefined) [parts[at], parts[to]] = [parts[to] as Part, part];
    return { next: { ...loaded.submission, parts }, reason: "edit", result: undefined };
  });
}

/** The coordinator's (or owner's) merge of two overlapping parts into one, where the first was. */
export async function mergeParts(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  a: string,
  b: string,
): Promise<string> {
  const mergedId = newId();
  return change(deps, actor, id, "assemble", ({ loaded }) => {
    const s = loaded.submission;
    const first = s.parts.find((p) => p.id === a);
    const second = s.parts.find((p) => p.id === b);
    if (!first || !second || a === b) throw new AppError(404, "not_found", "These parts were not found.");
    let merged: Part;
    try {
      merged = merge(first, second, mergedId, s.language);
    } catch (err) {
      throw new AppError(409, "cannot_merge", err instanceof Error ? err.message : String(err));
    }
    const parts = s.parts.flatMap((p) => (p.id === a ? [merged] : p.id === b ? [] : [p]));
    return { next: { ...s, parts }, reason: "merge", result: mergedId };
  });
}

export async function restoreVersion(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  versionId: string,
): Promise<void> {
  const version = await getVersion(deps.db, deps.keyring, id, versionId);
  await change(deps, actor, id, "edit", ({ loaded }) => {
    if (!version) throw new AppError(404, "not_found", "This version was not found.");
    return {
      next: restoreSnapshot(loaded.submission, version.snapshot),
      reason: "restore",
      result: undefined,
    };
  });
}

// People and consent

export async function addPerson(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  input: PersonInput,
): Promise<string> {
  const userId = actor.userId as string;
  return withPeople(deps, actor, id, async (db, { loaded }) => {
    const person = { id: newId(), name: input.name, contact: input.contact ?? null, role: input.role };
    await insertPerson(db, deps.keyring, id, person, loaded.submission.people.length);
    if (input.consent)
      await insertConsent(
        db,
        deps.keyring,
        person.id,
        consentOf(input.consent, input.name, userId, deps.clock()),
      );
    await audit(db, actor, loaded.submission, "person.add", {
      person: person.id,
      consent: Boolean(input.consent),
    });
    return person.id;
  });
}

export async function grant(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  personId: string,
  input: ConsentInput,
): Promise<string> {
  return withPeople(deps, actor, id, async (db, { loaded }) => {
    const person = loaded.submission.people.find((p) => p.id === personId);
    if (!person) throw new AppError(404, "not_found", "This person was not found.");
    const consent = consentOf(input, person.name, actor.userId as string, deps.clock());
    grantConsent(person, consent);
    await insertConsent(db, deps.keyring, personId, consent);
    await audit(db, actor, loaded.submission, "consent.grant", { person: personId, consent: consent.id });
    return consent.id;
  });
}

/** Withdraws one consent, or all of a person's; from now on no export names them where it needed it. */
export async function revoke(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  personId: string,
  consentId?: string,
): Promise<number> {
  return withPeople(deps, actor, id, async (db, { loaded }) => {
    const person = loaded.submission.people.find((p) => p.id === personId);
    if (!person || (consentId && !person.consents.some((c) => c.id === consentId)))
      throw new AppError(404, "not_found", "This consent was not found.");
    const revoked = revokeConsent(person, deps.clock().toISOString(), actor.userId as string, consentId);
    const n = await writeRevocations(db, revoked);
    await audit(db, actor, loaded.submission, "consent.revoke", { person: personId, revoked: n });
    return n;
  });
}

// Sign-off

export async function signOffSubmission(deps: SubmissionDeps, actor: Actor, id: string): Promise<string[]> {
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const access = accessOf(actor, await loadSubmission(db, deps.keyring, id, { lock: true }));
    const orgs = signOffOrgs(actor, access.scope);
    if (!orgs.length) throw forbidden("Only an admin of an organisation with parts in it can sign it off.");
    const now = deps.clock().toISOString();
    for (const org of orgs)
      await insertSignoff(db, id, signOff(access.loaded.submission, org, actor.userId as string, now));
    await audit(db, actor, access.loaded.submission, "signoff", { orgs: orgs.join(",") });
    return orgs;
  });
}

// Composing, exporting, publishing

/** The language documents are written in: the submission's, when Visitdesk speaks it. */
export const documentI18n = (s: Pick<Submission, "language">, reader: I18n): I18n => {
  const lang = new Intl.Locale(s.language).language;
  return isLocale(lang) ? createI18n(lang) : reader;
};

export async function composeContext(
  deps: SubmissionDeps,
  s: Submission,
  i18n: I18n,
  orgId?: string,
): Promise<ComposeContext & { meta: string[] }> {
  const [visit, call, names] = await Promise.all([
    getVisit(deps.db, s.visitId),
    getCall(deps.db, s.visitId),
    orgNames(deps.db, [s.ownerOrgId, ...s.parts.flatMap((p) => p.contributorOrgIds)]),
  ]);
  const coalition = s.coalitionId ? await coalitionName(deps.db, s.coalitionId) : null;
  const mandate = visit ? mandateTitleIn(visit, i18n.locale) : "";
  const country = visit ? countryName({ names: visit.countryNames }, i18n.locale) : "";
  const owner = names.get(s.ownerOrgId) ?? "";
  const organisation = coalition
    ? i18n.t("submissions.doc.jointBy", {
        coalition,
        members: [...new Set(names.values())].join(", "),
      })
    : owner;
  return {
    i18n,
    now: deps.clock(),
    letter: {
      recipient: visit?.mandateHolder ? `${visit.mandateHolder}, ${mandate}` : mandate,
      organisation,
      country,
    },
    call: call ? { deadline: call.deadline.toISOString(), maxWords: call.maxWords } : null,
    orgId,
    meta: [organisation, i18n.t("submissions.doc.visit", { mandate, country })],
  };
}

export class ExportBlocked extends AppError {
  constructor(
    code: "signoff_missing" | "export_blocked",
    message: string,
    readonly reasons: string[],
  ) {
    super(
      409,
      code,
      message,
      reasons.map((r) => ({ path: "", message: r })),
    );
  }
}

/**
 * What stands between a view and its sending: every contributor's sign-off (joint submissions),
 * then no part left out for want of consent, unless the person exporting chose to leave them out.
 */
export async function readyComposed(
  deps: SubmissionDeps,
  actor: Actor,
  access: Access,
  audience: "public" | "expert",
  reader: I18n,
  leaveOut: boolean,
): Promise<{ composed: Composed; meta: string[]; i18n: I18n }> {
  if (!canOnSubmission(actor, `export:${audience}`, access.scope))
    throw forbidden("Only an admin of the organisation that holds the submission can export it.");
  const s = access.loaded.submission;
  if (s.coalitionId) {
    const ready = readyToExport(s, access.loaded.signoffs);
    if (!ready.ready) {
      const names = await orgNames(deps.db, [...ready.missing, ...ready.stale]);
      const list = [...ready.missing, ...ready.stale].map((o) => names.get(o) ?? o);
      throw new ExportBlocked(
        "signoff_missing",
        reader.t("submissions.export.signoffMissing", { orgs: list.join(", ") }),
        list,
      );
    }
  }
  const i18n = documentI18n(s, reader);
  const ctx = await composeContext(deps, s, i18n);
  const composed = composeExport(s, audience, ctx);
  const blocking = composed.problems.flatMap((p, i) => (p.blocking ? [composed.messages[i] as string] : []));
  if (blocking.length && !leaveOut)
    throw new ExportBlocked(
      "export_blocked",
      reader.t("submissions.export.blocked", { count: blocking.length }),
      blocking,
    );
  return { composed, meta: ctx.meta, i18n };
}

export async function exportFile(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  opts: { audience: "public" | "expert"; format: Format; leaveOut: boolean; reader: I18n },
): Promise<{ bytes: Uint8Array; filename: string; mediaType: string; composed: Composed }> {
  const access = await readSubmission(deps, actor, id);
  const { composed, meta, i18n } = await readyComposed(
    deps,
    actor,
    access,
    opts.audience,
    opts.reader,
    opts.leaveOut,
  );
  const bytes = await renderDocument(documentModel(composed.document, i18n, meta), opts.format);
  await audit(deps.db, actor, access.loaded.submission, "export", {
    audience: opts.audience,
    format: opts.format,
    leftOut: composed.problems.filter((p) => p.blocking).length,
  });
  return {
    bytes,
    filename: fileName(composed.document.title, opts.audience, opts.format),
    mediaType: formatTypes[opts.format],
    composed,
  };
}

/** Publishes the public version as it is now: the only text of a submission anyone else ever reads. */
export async function publish(deps: SubmissionDeps, actor: Actor, id: string, reader: I18n): Promise<void> {
  const access = await readSubmission(deps, actor, id);
  const { composed, meta } = await readyComposed(deps, actor, access, "public", reader, false);
  const s = access.loaded.submission;
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await setPublication(db, id, composed.document, actor.userId as string, deps.clock());
    await indexPublicVersion(db, id, composed.document, meta);
    await audit(db, actor, s, "publish");
  });
}

export async function unpublish(deps: SubmissionDeps, actor: Actor, id: string): Promise<void> {
  const access = await readSubmission(deps, actor, id);
  if (!canOnSubmission(actor, "export:public", access.scope)) throw forbidden();
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await setPublication(db, id, null, actor.userId as string, deps.clock());
    await deleteDocuments(db, id);
    await audit(db, actor, access.loaded.submission, "unpublish");
  });
}

export async function recordSend(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  input: SendInput,
): Promise<void> {
  const access = await readSubmission(deps, actor, id);
  if (!canOnSubmission(actor, `export:${input.audience}`, access.scope)) throw forbidden();
  await insertSend(deps.db, { submissionId: id, ...input, recordedBy: actor.userId });
  await audit(deps.db, actor, access.loaded.submission, "send", {
    audience: input.audience,
    channel: input.channel,
  });
}

// Attachments

export async function addAttachment(
  deps: SubmissionDeps,
  actor: Actor,
  id: string,
  input: { bytes: Uint8Array; name: string; audience: "expert" | "coalition" | "organisation" },
): Promise<string> {
  const access = await readSubmission(deps, actor, id);
  if (!canOnSubmission(actor, "addPart", access.scope)) throw forbidden();
  if (input.bytes.length > ATTACHMENT_MAX_BYTES)
    throw new AppError(413, "file_too_large", "The file is too large: at most 10 MB.", [
      { path: "file", message: "Too large" },
    ]);
  if (input.bytes.length === 0)
    throw new AppError(400, "invalid_request", "Choose a file to attach.", [
      { path: "file", message: "Missing" },
    ]);
  const kind = attachmentKind(input.bytes);
  if (!kind)
    throw new AppError(
      415,
      "unsupported_file_type",
      "Attach a PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG file.",
      [{ path: "file", message: "Not an accepted type" }],
    );
  const contributor = await contributorFor(deps.db, actor, access.loaded.submission);
  const { key, blob } = encryptFile(input.bytes);
  const fileKey = await deps.files.put(blob);
  const attachmentId = newId();
  await insertAttachment(deps.db, deps.keyring, {
    id: attachmentId,
    submissionId: id,
    audience: input.audience,
    fileKey,
    mediaType: attachmentMediaTypes[kind],
    size: input.bytes.length,
    contributorOrgId: contributor,
    createdBy: actor.userId,
    name: cleanFileName(input.name, kind),
    key,
  });
  await audit(deps.db, actor, access.loaded.submission, "attachment.add", { attachment: attachmentId });
  return attachmentId;
}

/** Whether a view shows an attachment: like a part of the same audience by its contributor. */
export const showsAttachment = (view: View, a: { audience: Audience; contributorOrgId: string }) =>
  view.audience === "organisation"
    ? a.audience !== "organisation" || a.contributorOrgId === view.orgId
    : a.audience !== "organisation";

export async function openAttachment(deps: SubmissionDeps, actor: Actor, id: string, attachmentId: string) {
  const access = await readSubmission(deps, actor, id);
  const found = await getAttachment(deps.db, deps.keyring, id, attachmentId);
  if (!found || !showsAttachment(access.view, found.row))
    throw new AppError(404, "not_found", "This file was not found.");
  const blob = await deps.files.get(found.row.fileKey);
  if (!blob) throw new AppError(404, "not_found", "This file was not found.");
  return {
    bytes: decryptFile(found.key, new Uint8Array(blob)),
    name: found.name,
    mediaType: found.row.mediaType,
  };
}

export async function removeAttachment(deps: SubmissionDeps, actor: Actor, id: string, attachmentId: string) {
  const access = await readSubmission(deps, actor, id);
  const found = await getAttachment(deps.db, deps.keyring, id, attachmentId);
  if (!found) throw new AppError(404, "not_found", "This file was not found.");
  const mine = actor.orgs.has(access.scope.ownerOrgId) || actor.orgs.has(found.row.contributorOrgId);
  if (!mine) throw forbidden();
  await deleteAttachment(deps.db, attachmentId);
  await deps.files.delete(found.row.fileKey);
  await audit(deps.db, actor, access.loaded.submission, "attachment.delete", { attachment: attachmentId });
}

/** The text a workspace reader may see of a submission: their view's parts, names withheld as it says. */
export function workspaceView(access: Access, i18n: I18n, now: Date) {
  const analysis = analyse(access.loaded.submission, access.view, now);
  const show = withholder(analysis, placeholders(i18n));
  return { analysis, show };
}

// Calls for input and the visit's public page

/** Records (or corrects) a visit's call for input and what its public page says; audited. */
export async function saveCallForInput(
  deps: SubmissionDeps,
  actor: Actor,
  visitId: string,
  call: CallInput,
  publicity: PublicityInput | null,
): Promise<void> {
  if (!actor.userId) throw new AppError(401, "unauthenticated", "Sign in to do this.");
  if (!canEditVisitPublicity(actor))
    throw forbidden("Only members of an organisation or coalition coordinators can record a call for input.");
  if (!(await getVisit(deps.db, visitId))) throw new AppError(404, "not_found", "No visit has this id.");
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await saveCall(db, visitId, {
      deadline: new Date(call.deadline),
      address: call.address ?? null,
      portalUrl: call.portalUrl ?? null,
      maxWords: call.maxWords ?? null,
      maxPages: call.maxPages ?? null,
      languages: call.languages,
      formats: call.formats,
      source: call.source ?? null,
      updatedBy: actor.userId,
    });
    if (publicity)
      await savePublicity(db, visitId, {
        cities: publicity.cities,
        contact: publicity.contact ?? null,
        hashtag: publicity.hashtag ? publicity.hashtag.replace(/^#/, "") : null,
        updatedBy: actor.userId,
      });
    await recordAudit(db, {
      actorId: actor.userId,
      orgId: null,
      action: "submission.call",
      recordType: "visit",
      recordId: visitId,
    });
  });
}

/** A call for input as pages show it, with its countdown in the reader's language. */
export function callSummary(row: CallRow | undefined, i18n: I18n, now: Date): CallSummary | null {
  if (!row) return null;
  const c = countdown({ deadline: row.deadline.toISOString() }, now);
  return {
    deadline: row.deadline,
    countdown: countdownLabel(c, i18n),
    overdue: c.overdue,
    address: row.address,
    portalUrl: row.portalUrl,
    maxWords: row.maxWords,
    maxPages: row.maxPages,
    languages: row.languages,
    formats: row.formats,
    source: row.source,
  };
}
