import { and, asc, desc, eq, inArray, isNotNull, max, notInArray, or, type SQL, sql } from "drizzle-orm";
import { coalitions, organisations, users } from "../accounts/schema";
import type { Actor } from "../platform/access";
import type { Keyring } from "../platform/crypto/keyring";
import { newId } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import type { ExportDocument } from "./compose";
import type { Consent, Part, Person, Submission } from "./model";
import {
  attachments,
  calls,
  consents,
  parts,
  people,
  publicity,
  sends,
  signoffs,
  submissions,
  versions,
} from "./schema";
import { openJson, openText, sealed, sealJson, sealText } from "./sealing";
import type { SignOff } from "./signoff";
import type { Snapshot } from "./versions";

/** SQL of the submissions area; runs on PGlite and PostgreSQL 15 alike. No access checks here. */

export type SubmissionRow = typeof submissions.$inferSelect;
export type CallRow = typeof calls.$inferSelect;
export type PublicityRow = typeof publicity.$inferSelect;
export type SendRow = typeof sends.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;

/** A submission as its domain functions see it, with the row's facts that are not part of it. */
export interface Loaded {
  row: Omit<SubmissionRow, "title">;
  submission: Submission;
  signoffs: SignOff[];
}

const iso = (d: Date) => d.toISOString();

async function peopleOf(db: Db, ring: Keyring, submissionId: string): Promise<Person[]> {
  const found = await db
    .select()
    .from(people)
    .where(eq(people.submissionId, submissionId))
    .orderBy(asc(people.position), asc(people.createdAt), asc(people.id));
  if (!found.length) return [];
  const given = await db
    .select()
    .from(consents)
    .where(
      inArray(
        consents.personId,
        found.map((p) => p.id),
      ),
    )
    .orderBy(asc(consents.givenOn), asc(consents.id));
  return found.map((p) => {
    const identity = openJson<{ name: string; contact: string | null }>(
      ring,
      sealed.identity,
      p.id,
      p.identity,
    );
    return {
      id: p.id,
      name: identity.name,
      contact: identity.contact,
      role: p.role,
      consents: given
        .filter((c) => c.personId === p.id)
        .map(
          (c): Consent => ({
            id: c.id,
            audiences: c.audiences,
            givenBy: openText(ring, sealed.givenBy, c.id, c.givenBy),
            givenOn: iso(c.givenOn),
            recordedBy: c.recordedBy,
            revokedOn: c.revokedOn ? iso(c.revokedOn) : null,
            revokedBy: c.revokedBy,
          }),
        ),
    };
  });
}

async function partsOf(db: Db, ring: Keyring, submissionId: string): Promise<Part[]> {
  const found = await db
    .select()
    .from(parts)
    .where(eq(parts.submissionId, submissionId))
    .orderBy(asc(parts.position), asc(parts.id));
  return found.map((p) => {
    const content = openJson<{ heading: string; body: string }>(ring, sealed.content, p.id, p.content);
    return {
      id: p.id,
      kind: p.kind,
      heading: content.heading,
      body: content.body,
      audience: p.audience,
      mentions: p.mentions,
      contributorOrgIds: p.contributorOrgIds,
    };
  });
}

async function toLoaded(db: Db, ring: Keyring, row: SubmissionRow): Promise<Loaded> {
  const [ps, folks, signed] = await Promise.all([
    partsOf(db, ring, row.id),
    peopleOf(db, ring, row.id),
    db.select().from(signoffs).where(eq(signoffs.submissionId, row.id)).orderBy(asc(signoffs.signedOn)),
  ]);
  const { title, ...rest } = row;
  return {
    row: rest,
    submission: {
      id: row.id,
      visitId: row.visitId,
      ownerOrgId: row.ownerOrgId,
      coalitionId: row.coalitionId,
      title: openText(ring, sealed.title, row.id, title),
      language: row.language,
      parts: ps,
      people: folks,
    },
    signoffs: signed.map((s) => ({
      orgId: s.orgId,
      contentHash: s.contentHash,
      signedBy: s.signedBy,
      signedOn: iso(s.signedOn),
    })),
  };
}

/** One submission, opened; `lock` holds its row until the transaction ends (for read-modify-write). */
export async function loadSubmission(
  db: Db,
  ring: Keyring,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<Loaded | undefined> {
  const query = db.select().from(submissions).where(eq(submissions.id, id));
  const [row] = opts.lock ? await query.for("update") : await query;
  return row ? toLoaded(db, ring, row) : undefined;
}

/** Submissions the actor takes part in: of their organisations, or of coalitions they belong to or coordinate. */
export async function submissionsOf(
  db: Db,
  ring: Keyring,
  actor: Actor,
  visitId?: string,
): Promise<Loaded[]> {
  const orgIds = [...actor.orgs.keys()];
  const coalitionIds = [...new Set([...actor.coalitions, ...actor.coordinates])];
  const mine: SQL[] = [];
  if (orgIds.length) mine.push(inArray(submissions.ownerOrgId, orgIds));
  if (coalitionIds.length) mine.push(inArray(submissions.coalitionId, coalitionIds));
  if (!mine.length) return [];
  const rows = await db
    .select()
    .from(submissions)
    .where(and(or(...mine), visitId ? eq(submissions.visitId, visitId) : undefined))
    .orderBy(desc(submissions.updatedAt))
    .limit(200);
  return Promise.all(rows.map((r) => toLoaded(db, ring, r)));
}

export async function insertSubmission(
  db: Db,
  ring: Keyring,
  s: Pick<Submission, "id" | "visitId" | "ownerOrgId" | "coalitionId" | "title" | "language">,
  userId: string,
): Promise<void> {
  await db.insert(submissions).values({
    id: s.id,
    visitId: s.visitId,
    ownerOrgId: s.ownerOrgId,
    coalitionId: s.coalitionId,
    title: sealText(ring, sealed.title, s.id, s.title),
    language: s.language,
    createdBy: userId,
  });
}

/**
 * Writes the title and parts of `next`: changed parts are sealed again, parts gone are deleted.
 * `before` is what was loaded, so untouched parts are left as they are.
 */
export async function writeSubmission(
  db: Db,
  ring: Keyring,
  before: Pick<Submission, "title" | "language" | "parts">,
  next: Submission,
  userId: string,
): Promise<void> {
  if (before.title !== next.title || before.language !== next.language)
    await db
      .update(submissions)
      .set({ title: sealText(ring, sealed.title, next.id, next.title), language: next.language })
      .where(eq(submissions.id, next.id));
  const old = new Map(before.parts.map((p, i) => [p.id, { part: p, position: i }]));
  const keep = next.parts.map((p) => p.id);
  await db
    .delete(parts)
    .where(and(eq(parts.submissionId, next.id), keep.length ? notInArray(parts.id, keep) : undefined));
  for (const [position, p] of next.parts.entries()) {
    const was = old.get(p.id);
    if (was && was.position === position && JSON.stringify(was.part) === JSON.stringify(p)) continue;
    const values = {
      kind: p.kind,
      audience: p.audience,
      position,
      content: sealJson(ring, sealed.content, p.id, { heading: p.heading, body: p.body }),
      mentions: p.mentions,
      contributorOrgIds: p.contributorOrgIds,
      updatedBy: userId,
      updatedAt: new Date(),
    };
    await db
      .insert(parts)
      .values({ id: p.id, submissionId: next.id, ...values })
      .onConflictDoUpdate({ target: parts.id, set: values });
  }
  await db.update(submissions).set({ updatedAt: new Date() }).where(eq(submissions.id, next.id));
}

export async function insertPerson(
  db: Db,
  ring: Keyring,
  submissionId: string,
  person: Pick<Person, "id" | "name" | "contact" | "role">,
  position: number,
): Promise<void> {
  await db.insert(people).values({
    id: person.id,
    submissionId,
    role: person.role,
    position,
    identity: sealJson(ring, sealed.identity, person.id, {
      name: person.name,
      contact: person.contact ?? null,
    }),
  });
}

export async function insertConsent(db: Db, ring: Keyring, personId: string, c: Consent): Promise<void> {
  await db.insert(consents).values({
    id: c.id,
    personId,
    audiences: c.audiences,
    givenBy: sealText(ring, sealed.givenBy, c.id, c.givenBy),
    givenOn: new Date(c.givenOn),
    recordedBy: c.recordedBy,
  });
}

/** Records the withdrawal of consents as `revokeConsent` decided it; only those still active change. */
export async function writeRevocations(db: Db, person: Person): Promise<number> {
  let n = 0;
  for (const c of person.consents) {
    if (!c.revokedOn) continue;
    const done = await db
      .update(consents)
      .set({ revokedOn: new Date(c.revokedOn), revokedBy: c.revokedBy ?? null })
      .where(and(eq(consents.id, c.id), eq(consents.personId, person.id), sql`${consents.revokedOn} IS NULL`))
      .returning({ id: consents.id });
    n += done.length;
  }
  return n;
}

export async function insertSignoff(db: Db, submissionId: string, s: SignOff): Promise<void> {
  await db.insert(signoffs).values({
    id: newId(),
    submissionId,
    orgId: s.orgId,
    contentHash: s.contentHash,
    signedBy: s.signedBy,
    signedOn: new Date(s.signedOn),
  });
}

// Versions

export interface VersionMeta {
  id: string;
  number: number;
  reason: string;
  savedBy: string | null;
  savedByName: string | null;
  savedAt: Date;
}

export async function latestVersion(db: Db, submissionId: string) {
  const [v] = await db
    .select({ savedBy: versions.savedBy, savedAt: versions.savedAt, reason: versions.reason })
    .from(versions)
    .where(eq(versions.submissionId, submissionId))
    .orderBy(desc(versions.number))
    .limit(1);
  return v;
}

export async function insertVersion(
  db: Db,
  ring: Keyring,
  submissionId: string,
  snapshot: Snapshot,
  meta: { reason: string; savedBy: string; savedAt: Date },
): Promise<void> {
  const [last] = await db
    .select({ n: max(versions.number) })
    .from(versions)
    .where(eq(versions.submissionId, submissionId));
  const id = newId();
  await db.insert(versions).values({
    id,
    submissionId,
    number: (last?.n ?? 0) + 1,
    snapshot: sealJson(ring, sealed.snapshot, id, snapshot),
    ...meta,
  });
}

export async function listVersions(db: Db, submissionId: string): Promise<VersionMeta[]> {
  return db
    .select({
      id: versions.id,
      number: versions.number,
      reason: versions.reason,
      savedBy: versions.savedBy,
      savedByName: users.displayName,
      savedAt: versions.savedAt,
    })
    .from(versions)
    .leftJoin(users, eq(users.id, versions.savedBy))
    .where(eq(versions.submissionId, submissionId))
    .orderBy(desc(versions.number));
}

export async function getVersion(
  db: Db,
  ring: Keyring,
  submissionId: string,
  versionId: string,
): Promise<(VersionMeta & { snapshot: Snapshot }) | undefined> {
  const [v] = await db
    .select()
    .from(versions)
    .where(and(eq(versions.submissionId, submissionId), eq(versions.id, versionId)));
  if (!v) return undefined;
  return {
    id: v.id,
    number: v.number,
    reason: v.reason,
    savedBy: v.savedBy,
    savedByName: null,
    savedAt: v.savedAt,
    snapshot: openJson<Snapshot>(ring, sealed.snapshot, v.id, v.snapshot),
  };
}

// Attachments

export interface AttachmentView {
  id: string;
  name: string;
  audience: AttachmentRow["audience"];
  mediaType: string;
  size: number;
  contributorOrgId: string;
  createdAt: Date;
}

const openAttachment = (ring: Keyring, a: AttachmentRow) =>
  openJson<{ name: string; key: string }>(ring, sealed.attachment, a.id, a.secret);

export async function listAttachments(
  db: Db,
  ring: Keyring,
  submissionId: string,
): Promise<AttachmentView[]> {
  const found = await db
    .select()
    .from(attachments)
    .where(eq(attachments.submissionId, submissionId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  return found.map((a) => ({
    id: a.id,
    name: openAttachment(ring, a).name,
    audience: a.audience,
    mediaType: a.mediaType,
    size: a.size,
    contributorOrgId: a.contributorOrgId,
    createdAt: a.createdAt,
  }));
}

export async function getAttachment(db: Db, ring: Keyring, submissionId: string, id: string) {
  const [a] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.submissionId, submissionId), eq(attachments.id, id)));
  if (!a) return undefined;
  return { row: a, ...openAttachment(ring, a) };
}

export async function insertAttachment(
  db: Db,
  ring: Keyring,
  a: Omit<AttachmentRow, "secret" | "createdAt"> & { name: string; key: string },
): Promise<void> {
  const { name, key, ...row } = a;
  await db
    .insert(attachments)
    .values({ ...row, secret: sealJson(ring, sealed.attachment, a.id, { name, key }) });
}

export async function deleteAttachment(db: Db, id: string): Promise<void> {
  await db.delete(attachments).where(eq(attachments.id, id));
}

// The send log

export async function insertSend(db: Db, send: Omit<SendRow, "id" | "recordedAt">): Promise<void> {
  await db.insert(sends).values({ id: newId(), ...send });
}

export async function listSends(db: Db, submissionId: string): Promise<SendRow[]> {
  return db
    .select()
    .from(sends)
    .where(eq(sends.submissionId, submissionId))
    .orderBy(desc(sends.sentOn), desc(sends.recordedAt));
}

// Publishing

export async function setPublication(
  db: Db,
  id: string,
  doc: ExportDocument | null,
  by: string,
  at: Date,
): Promise<void> {
  await db
    .update(submissions)
    .set(
      doc
        ? { publicDocument: doc, publishedAt: at, publishedBy: by }
        : { publicDocument: null, publishedAt: null, publishedBy: null },
    )
    .where(eq(submissions.id, id));
}

export interface Published {
  id: string;
  visitId: string;
  orgName: string;
  orgSlug: string;
  document: ExportDocument;
  publishedAt: Date;
}

/** The public versions published for a visit (or one of them), newest first. */
export async function publishedVersions(
  db: Db,
  where: { visitId?: string; id?: string },
): Promise<Published[]> {
  const found = await db
    .select({
      id: submissions.id,
      visitId: submissions.visitId,
      orgName: organisations.name,
      orgSlug: organisations.slug,
      document: submissions.publicDocument,
      publishedAt: submissions.publishedAt,
    })
    .from(submissions)
    .innerJoin(organisations, eq(organisations.id, submissions.ownerOrgId))
    .where(
      and(
        isNotNull(submissions.publishedAt),
        where.visitId ? eq(submissions.visitId, where.visitId) : undefined,
        where.id ? eq(submissions.id, where.id) : undefined,
      ),
    )
    .orderBy(desc(submissions.publishedAt))
    .limit(200);
  return found.flatMap((r) =>
    r.document && r.publishedAt ? [{ ...r, document: r.document, publishedAt: r.publishedAt }] : [],
  );
}

// Calls for input and the public page

export async function getCall(db: Db, visitId: string): Promise<CallRow | undefined> {
  const [c] = await db.select().from(calls).where(eq(calls.visitId, visitId));
  return c;
}

export async function saveCall(
  db: Db,
  visitId: string,
  values: Omit<CallRow, "id" | "visitId" | "remindersSent" | "createdAt" | "updatedAt">,
): Promise<CallRow> {
  const existing = await getCall(db, visitId);
  // A new deadline starts the reminders afresh.
  const reset =
    existing && existing.deadline.getTime() !== values.deadline.getTime() ? { remindersSent: [] } : {};
  const [row] = await db
    .insert(calls)
    .values({ id: newId(), visitId, ...values })
    .onConflictDoUpdate({ target: calls.visitId, set: { ...values, ...reset, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error("call not saved");
  return row;
}

export async function getPublicity(db: Db, visitId: string): Promise<PublicityRow | undefined> {
  const [p] = await db.select().from(publicity).where(eq(publicity.visitId, visitId));
  return p;
}

export async function savePublicity(
  db: Db,
  visitId: string,
  values: Omit<PublicityRow, "visitId" | "updatedAt">,
): Promise<void> {
  await db
    .insert(publicity)
    .values({ visitId, ...values })
    .onConflictDoUpdate({ target: publicity.visitId, set: { ...values, updatedAt: new Date() } });
}

export async function orgNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const found = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(found.map((o) => [o.id, o.name]));
}

export async function coalitionName(db: Db, id: string): Promise<string | null> {
  const [c] = await db.select({ name: coalitions.name }).from(coalitions).where(eq(coalitions.id, id));
  return c?.name ?? null;
}
