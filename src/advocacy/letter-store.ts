import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { getOrg } from "../accounts/organisations";
import { organisations } from "../accounts/schema";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import { type Actor, readableSql } from "../platform/access";
import { recordAudit } from "../platform/audit/audit";
import { hashToken, newId, newToken } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import type { FileStore } from "../platform/files/store";
import { AppError, notFound } from "../platform/http/errors";
import { createI18n } from "../platform/i18n";
import { eventsOf, getVisit, listVisits } from "../visits/store";
import { listUnofficialVisits } from "../visits/unofficial/store";
import { composeLetter, invalidLetter, type Letter, type LetterFacts } from "./letters/compose";
import { draftLetter } from "./letters/draft";
import { shippedMandateAddress } from "./letters/facts";
import {
  type FieldIssue,
  isTemplateId,
  type LetterLanguage,
  letterLanguages,
  type TemplateId,
  templateIds,
} from "./letters/templates";
import { canOnLetter, canWriteFor, type LetterAction, type Owned, refusal } from "./policy";
import { letters, signatures } from "./schema";
import { deadlineProblem, letterSignatories } from "./signon";

export type LetterRow = typeof letters.$inferSelect;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const ownedLetter = (r: LetterRow): Owned => ({
  visibility: r.visibility,
  ownerOrgId: r.ownerOrgId,
  coalitionId: r.coalitionId,
  namedUserIds: r.namedUserIds,
});

const forbidden = () => new AppError(403, "forbidden", "You are not allowed to do this with this letter.");

/** A letter the actor may act on; 404 to those who may not read it, 403 to readers who may not act. */
export async function findLetter(
  db: Db,
  actor: Actor,
  id: string,
  action: LetterAction = "letter.read",
): Promise<LetterRow> {
  const [row] = UUID.test(id) ? await db.select().from(letters).where(eq(letters.id, id)) : [];
  if (!row || !canOnLetter(actor, action, ownedLetter(row)))
    throw !row || refusal(actor, ownedLetter(row)) === 404 ? notFound("This letter") : forbidden();
  return row;
}

/** Fields the letter takes from elsewhere: the organisation's record and the confirmed signatures. */
const managed = ["organisation", "signatories", "unnamedSignatories"] as const;

function managedProblems(data: Record<string, unknown>): FieldIssue[] {
  return managed
    .filter((k) => k in data)
    .map((k) => ({
      path: k,
      message:
        k === "organisation"
          ? "comes from the organisation's record (its name and logo), not from the letter"
          : "comes from the confirmed signatures of the sign-on, not from the letter",
    }));
}

const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(strings)
    : v && typeof v === "object"
      ? Object.values(v).flatMap(strings)
      : typeof v === "string"
        ? [v]
        : [];

/** The reference facts the data refers to (its mandates and countries), read from the database. */
export async function factsFor(db: Db, data: Record<string, unknown>, today: string): Promise<LetterFacts> {
  const pending = Array.isArray(data.pendingRequests) ? data.pendingRequests : [];
  const mandateIds = [data.mandate, ...pending.map((p) => (p as { mandate?: unknown })?.mandate)].filter(
    (m): m is string => typeof m === "string",
  );
  // Any code-like string may be a country (the letter's, its signatories'); unknown ones match nothing.
  const iso3s = [...new Set(strings(data).filter((s) => /^[A-Z]{3}$/.test(s)))];
  const [ms, cs] = await Promise.all([
    mandateIds.length
      ? db
          .select({
            id: mandates.id,
            title: mandates.title,
            titles: mandates.titles,
            kind: mandates.kind,
            provenance: mandates.provenance,
          })
          .from(mandates)
          .where(inArray(mandates.id, [...new Set(mandateIds)]))
      : [],
    iso3s.length
      ? db
          .select({ iso3: countries.iso3, names: countries.names, provenance: countries.provenance })
          .from(countries)
          .where(inArray(countries.iso3, iso3s))
      : [],
  ]);
  return { mandates: ms, countries: cs, mandateAddress: shippedMandateAddress(), today };
}

/** Every problem of the letter's data, checked against the template and the reference facts. */
export async function letterProblems(
  db: Db,
  template: TemplateId,
  data: Record<string, unknown>,
  orgName: string,
  today: string,
): Promise<FieldIssue[]> {
  const own = managedProblems(data);
  try {
    composeLetter(template, { ...data, organisation: { name: orgName } }, await factsFor(db, data, today));
    return own;
  } catch (err) {
    if (err instanceof AppError && err.status === 422 && Array.isArray(err.details))
      return [...own, ...(err.details as FieldIssue[])];
    throw err;
  }
}

export interface NewLetter {
  template: string;
  orgId: string;
  language: string;
  country: string;
  mandate?: string | null;
  visitId?: string | null;
  unofficialVisitId?: string | null;
  title?: string | null;
  /** Template fields that replace the registry's first draft. */
  data?: Record<string, unknown>;
}

const invalid = (path: string, message: string) => new AppError(422, "invalid", message, [{ path, message }]);

/**
 * Drafts a letter for an organisation from what the registry holds (the country's pending requests
 * with their age and reminders, the mandate's earlier requests and visits, the unofficial visit),
 * then the fields given. Nothing is saved unless the whole letter is valid.
 */
export async function createLetter(db: Db, actor: Actor, input: NewLetter, today: string): Promise<string> {
  if (!actor.userId) throw new AppError(401, "unauthenticated", "Sign in to draft a letter.");
  if (!canWriteFor(actor, input.orgId))
    throw new AppError(403, "forbidden", "You are not a member of this organisation.", [
      { path: "org", message: "You are not a member of this organisation." },
    ]);
  if (!isTemplateId(input.template))
    throw invalid("template", `Choose one of the templates: ${templateIds.join(", ")}.`);
  const template = input.template;
  let country = input.country;
  let mandate = input.mandate ?? null;
  if (input.visitId) {
    const visit = UUID.test(input.visitId) ? await getVisit(db, input.visitId) : undefined;
    if (!visit) throw invalid("visit", "No visit in the registry has this id.");
    country ||= visit.countryIso3;
    mandate ??= visit.mandateId;
    if (visit.countryIso3 !== country) throw invalid("visit", "This visit is to another country.");
  }
  let unofficial = null;
  if (input.unofficialVisitId) {
    const found = UUID.test(input.unofficialVisitId)
      ? (await listUnofficialVisits(db, actor, { id: input.unofficialVisitId, limit: 1, offset: 0 })).items[0]
      : undefined;
    if (!found) throw invalid("unofficialVisit", "No unofficial visit you may see has this id.");
    country ||= found.countryIso3;
    mandate ??= found.mandateId;
    unofficial = {
      event: found.event,
      host: found.host,
      city: found.city,
      from: found.dateFrom,
      to: found.dateTo,
    };
  }
  const org = await getOrg(db, input.orgId);
  if (!org) throw invalid("org", "No organisation has this id.");

  const { items } = await listVisits(db, { country, limit: 200, offset: 0 });
  const logs = await eventsOf(
    db,
    items.map((v) => v.id),
  );
  const language = (letterLanguages as readonly string[]).includes(input.language)
    ? (input.language as LetterLanguage)
    : "en";
  const draft = draftLetter({
    template,
    language: input.language,
    country,
    mandate,
    visits: items.map((v) => ({ id: v.id, mandateId: v.mandateId, events: logs.get(v.id) ?? [] })),
    unofficial,
    today,
    t: createI18n(language).t,
  });
  const data = { ...draft, ...(input.data ?? {}) };
  const problems = await letterProblems(db, template, data, org.name, today);
  if (problems.length) throw invalidLetter(problems);
  const subject = composeLetter(
    template,
    { ...data, organisation: { name: org.name } },
    await factsFor(db, data, today),
  ).subject;

  const id = newId();
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.insert(letters).values({
      id,
      template,
      title: (input.title?.trim() || subject).slice(0, 200),
      language: String(data.language),
      countryIso3: String(data.country),
      mandateId: typeof data.mandate === "string" ? data.mandate : null,
      visitId: input.visitId ?? null,
      unofficialVisitId: input.unofficialVisitId ?? null,
      data,
      visibility: "organisation",
      ownerOrgId: input.orgId,
      createdBy: actor.userId,
    });
    await recordAudit(t, {
      actorId: actor.userId,
      orgId: input.orgId,
      action: "letter.create",
      recordType: "letter",
      recordId: id,
      details: { template },
    });
  });
  return id;
}

/** Replaces the template fields (and the title) of a letter; nothing is saved unless all is valid. */
export async function updateLetter(
  db: Db,
  actor: Actor,
  id: string,
  input: { title?: string | null; data: Record<string, unknown> },
  now: Date,
): Promise<void> {
  const row = await findLetter(db, actor, id, "letter.edit");
  const org = await getOrg(db, row.ownerOrgId);
  const title = input.title?.trim();
  const problems = [
    ...(title !== undefined && (title.length < 1 || title.length > 200)
      ? [{ path: "title", message: "give the draft a title of 1 to 200 characters" }]
      : []),
    ...(await letterProblems(
      db,
      row.template as TemplateId,
      input.data,
      org?.name ?? "",
      now.toISOString().slice(0, 10),
    )),
  ];
  if (problems.length) throw invalidLetter(problems);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t
      .update(letters)
      .set({
        ...(title ? { title } : {}),
        data: input.data,
        language: String(input.data.language),
        countryIso3: String(input.data.country),
        mandateId: typeof input.data.mandate === "string" ? input.data.mandate : null,
        updatedAt: now,
      })
      .where(eq(letters.id, id));
    await recordAudit(t, {
      actorId: actor.userId,
      orgId: row.ownerOrgId,
      action: "letter.update",
      recordType: "letter",
      recordId: id,
    });
  });
}

export interface LetterSummary extends LetterRow {
  orgName: string;
  countryNames: Record<string, string>;
}

/** Letters the actor may read (their organisations' and those shared with their coalitions), newest first. */
export async function listLetters(
  db: Db,
  actor: Actor,
  f: { limit: number; offset: number; unofficialVisitId?: string; template?: string },
): Promise<{ items: LetterSummary[]; total: number }> {
  const where: SQL[] = [
    readableSql(actor, {
      visibility: letters.visibility,
      ownerOrgId: letters.ownerOrgId,
      coalitionId: letters.coalitionId,
      namedUserIds: letters.namedUserIds,
    }),
  ];
  if (f.unofficialVisitId) where.push(eq(letters.unofficialVisitId, f.unofficialVisitId));
  if (f.template) where.push(eq(letters.template, f.template));
  const cond = and(...where);
  const [found, [total]] = await Promise.all([
    db
      .select({ letter: letters, orgName: organisations.name, countryNames: countries.names })
      .from(letters)
      .innerJoin(organisations, eq(organisations.id, letters.ownerOrgId))
      .innerJoin(countries, eq(countries.iso3, letters.countryIso3))
      .where(cond)
      .orderBy(desc(letters.updatedAt), desc(letters.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(letters).where(cond),
  ]);
  return {
    items: found.map((r) => ({ ...r.letter, orgName: r.orgName, countryNames: r.countryNames })),
    total: total?.n ?? 0,
  };
}

/** Shares a draft with one coalition of the owner's (its members read and may sign it), or stops sharing. */
export async function shareLetter(
  db: Db,
  actor: Actor,
  id: string,
  coalitionId: string | null,
  now: Date,
): Promise<void> {
  const row = await findLetter(db, actor, id, "letter.share");
  if (coalitionId && !actor.coalitions.has(coalitionId))
    throw invalid("coalition", "Choose a coalition your organisation belongs to.");
  await db
    .update(letters)
    .set({ visibility: coalitionId ? "coalition" : "organisation", coalitionId, updatedAt: now })
    .where(eq(letters.id, id));
  await recordAudit(db, {
    actorId: actor.userId,
    orgId: row.ownerOrgId,
    action: "letter.share",
    recordType: "letter",
    recordId: id,
    details: { coalition: coalitionId },
  });
}

/**
 * Opens (or moves) the sign-on deadline; with `link: "new"`, makes a new public sign-on link (the
 * old one stops working) and returns its secret, which is shown once and kept only as a hash.
 */
export async function openSignOn(
  db: Db,
  actor: Actor,
  id: string,
  input: { deadline: Date; link: "keep" | "new" | "remove" },
  now: Date,
): Promise<{ token: string | null }> {
  const row = await findLetter(db, actor, id, "letter.share");
  const problem = deadlineProblem(input.deadline, now);
  if (problem)
    throw invalid(
      "deadline",
      problem === "past" ? "The deadline must lie ahead." : "The deadline must be within a year.",
    );
  const token = input.link === "new" ? newToken() : null;
  await db
    .update(letters)
    .set({
      signOnDeadline: input.deadline,
      ...(input.link === "keep" ? {} : { signOnLinkHash: token ? hashToken(token) : null }),
      updatedAt: now,
    })
    .where(eq(letters.id, id));
  await recordAudit(db, {
    actorId: actor.userId,
    orgId: row.ownerOrgId,
    action: "letter.sign_on",
    recordType: "letter",
    recordId: id,
    details: { deadline: input.deadline.toISOString(), link: input.link },
  });
  return { token };
}

/** The letter a public sign-on link opens, or undefined for a link that is not (or no longer) valid. */
export async function letterByLink(db: Db, token: string): Promise<LetterRow | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const [row] = await db
    .select()
    .from(letters)
    .where(eq(letters.signOnLinkHash, hashToken(token)));
  return row;
}

/** The letter composed as it stands: the organisation's name and logo, and its confirmed signatories in order. */
export async function composeStored(
  db: Db,
  files: FileStore,
  row: LetterRow,
  today: string,
  opts: { logo: boolean } = { logo: true },
): Promise<Letter> {
  const [org, confirmed] = await Promise.all([
    getOrg(db, row.ownerOrgId),
    db
      .select()
      .from(signatures)
      .where(and(eq(signatures.letterId, row.id), eq(signatures.status, "confirmed"))),
  ]);
  if (!org) throw notFound("This letter");
  const logo = opts.logo && org.logoKey ? await files.get(org.logoKey) : null;
  const { named, unnamed } = letterSignatories(confirmed);
  const data = {
    ...row.data,
    organisation: { name: org.name, ...(logo ? { logo: new Uint8Array(logo) } : {}) },
    ...(named.length
      ? {
          signatories: named.map((s) => ({
            name: s.orgName,
            ...(s.countryIso3 ? { country: s.countryIso3 } : {}),
          })),
        }
      : {}),
    ...(unnamed ? { unnamedSignatories: unnamed } : {}),
  };
  return composeLetter(row.template as TemplateId, data, await factsFor(db, data, today));
}

/** The letter as a DOCX or PDF file, with a file name from its title. */
export async function renderStored(
  db: Db,
  files: FileStore,
  row: LetterRow,
  format: "docx" | "pdf",
  today: string,
): Promise<{ bytes: Uint8Array; filename: string; mediaType: string }> {
  const letter = await composeStored(db, files, row, today);
  const bytes =
    format === "docx"
      ? await (await import("./letters/docx")).renderDocx(letter)
      : await (await import("./letters/pdf")).renderPdf(letter);
  const base =
    row.title
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "letter";
  return {
    bytes,
    filename: `${base}.${format}`,
    mediaType:
      format === "docx"
        ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        : "application/pdf",
  };
}
