import { setImmediate as nextTurn } from "node:timers/promises";
import type { Actor } from "../platform/access";
import { recordAudit } from "../platform/audit/audit";
import { newId } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import type { FileStore } from "../platform/files/store";
import { AppError, notFound } from "../platform/http/errors";
import { insertDocuments } from "../platform/search";
import { normaliseRef, normaliseSymbol, SYMBOL } from "./address";
import {
  addRecommendation,
  type DraftRecommendation,
  draftFromExtraction,
  draftProblems,
  editRecommendation,
  mergeWithNext,
  planAcceptance,
  type RecommendationEdit,
  ReviewProblem,
  removeRecommendation,
  splitRecommendation,
} from "./draft";
import {
  type DocumentType,
  documentTypes,
  type ExtractedReport,
  type ExtractionReference,
  extractReport,
  ReportError,
  type ReportErrorCode,
  readDocument,
  recommendationsIn,
  yieldsRecommendations,
} from "./extract";
import { checkSize, MAX_BYTES } from "./extract/read";
import { loadExtractionReference } from "./extract/reference";
import { canOnReports, type OwnedReport, type ReportAction } from "./policy";
import type { AcceptedReport } from "./schema";
import {
  countryExists,
  deleteRecommendations,
  deleteReport,
  fileInUse,
  getReport,
  insertRecommendations,
  insertReport,
  listRecommendations,
  mandateExists,
  type ReportRow,
  recommendationSearchDocument,
  recordIdsOfReport,
  recordsOfSymbol,
  updateRecommendation,
  updateReport,
  visitCandidates,
} from "./store";
import { matchVisit } from "./visit-match";

export interface ReportDeps {
  db: Db;
  files: FileStore;
  clock: () => Date;
}

/** The extractor's own limit; the app refuses larger requests before reading them (app.tsx). */
export const MAX_UPLOAD_BYTES = MAX_BYTES;
/** About 600 pages of text. */
export const MAX_PASTED_CHARS = 2_000_000;

export type Submission =
  | { kind: "file"; bytes: Uint8Array; fileName: string | null }
  | { kind: "text"; text: string };

let reference: ExtractionReference | undefined;
/** The mandate and country names the extractor matches, read once from the shipped data. */
const extractionReference = () => {
  reference ??= loadExtractionReference();
  return reference;
};

const statusOf: Record<ReportErrorCode, 400 | 413 | 415 | 422> = {
  empty: 400,
  too_large: 413,
  unsupported_format: 415,
  not_text: 415,
  encrypted: 422,
  corrupt: 422,
  no_text_layer: 422,
  unsupported_language: 422,
};

/** A file that cannot be read, as an error the sender can act on (the field it concerns named). */
export function uploadError(err: ReportError, field = "file"): AppError {
  return new AppError(statusOf[err.code], err.code, err.message, [{ path: field, message: err.message }]);
}

const mediaTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html",
  text: "text/plain",
} as const;

function problem(status: 404 | 409 | 422, code: string, message: string, path?: string): AppError {
  return new AppError(status, code, message, path ? [{ path, message }] : undefined);
}

function fromReview(p: ReviewProblem): AppError {
  return problem(p.code === "unknown_item" ? 409 : 422, p.code, p.message, p.path);
}

const owned = (row: ReportRow): OwnedReport => ({
  accepted: row.accepted !== null,
  uploadedBy: row.uploadedBy,
  ownerOrgId: row.ownerOrgId,
});

function authorise(actor: Actor, action: ReportAction, row?: ReportRow): void {
  const report = row && owned(row);
  if (canOnReports(actor, action, report)) return;
  if (!actor.userId && action !== "report.read") throw new AppError(401, "unauthenticated", "Sign in first.");
  // A draft someone may not read is as absent as one that does not exist.
  if (!row || !canOnReports(actor, "report.read", report)) throw notFound("This report");
  throw new AppError(
    403,
    "forbidden",
    action === "report.delete"
      ? "An accepted report stays: its recommendations have public addresses."
      : "Only the person who uploaded this report and their organisation review it.",
  );
}

/** The report, if `actor` may do `action` with it; otherwise a 404 that says nothing of it. */
export async function reportFor(db: Db, actor: Actor, id: string, action: ReportAction = "report.read") {
  const row = await getReport(db, id);
  if (!row) throw notFound("This report");
  authorise(actor, action, row);
  return row;
}

export const mayReview = (actor: Actor, row: ReportRow) => canOnReports(actor, "report.review", owned(row));

/** The organisation a report is uploaded for: the one asked for (if the uploader is in it), or their first. */
function ownerOrg(actor: Actor, asked: string | null | undefined): string | null {
  if (asked) {
    if (!actor.orgs.has(asked))
      throw problem(
        422,
        "not_a_member",
        "You can only upload a report for an organisation you belong to.",
        "organisation",
      );
    return asked;
  }
  return [...actor.orgs.keys()][0] ?? null;
}

/** The visit a report is linked to automatically: the one its symbol or its dates point to. */
async function autoVisit(
  db: Db,
  facts: {
    symbol: string | null;
    countryIso3: string | null;
    mandateId: string | null;
    visitFrom: string | null;
    visitTo: string | null;
  },
): Promise<string | null> {
  if (!facts.countryIso3 || !facts.mandateId) return null;
  return matchVisit(facts, await visitCandidates(db, facts.countryIso3, facts.mandateId));
}

async function readSubmission(s: Submission): Promise<{ text: string; format: ReportRow["format"] }> {
  if (s.kind === "text") {
    if (!s.text.trim()) throw uploadError(new ReportError("empty", "The text is empty."), "text");
    if (s.text.length > MAX_PASTED_CHARS)
      throw problem(
        422,
        "too_long",
        `Paste at most ${MAX_PASTED_CHARS.toLocaleString("en")} characters; upload a longer report as a file.`,
        "text",
      );
    return { text: s.text, format: "pasted" };
  }
  try {
    checkSize(s.bytes.length, MAX_UPLOAD_BYTES);
    const read = await readDocument(s.bytes, { maxBytes: MAX_UPLOAD_BYTES });
    return { text: read.text, format: read.format };
  } catch (err) {
    if (err instanceof ReportError) throw uploadError(err);
    throw err;
  }
}

/**
 * Reads an uploaded or pasted report, extracts its metadata and recommendations, and keeps it as a
 * draft with its original file. Everything that can fail (an unreadable file, a language the
 * extractor cannot read) fails before anything is stored; the file is stored last and removed
 * again if the database refuses the report.
 */
export async function ingestReport(
  deps: ReportDeps,
  actor: Actor,
  submission: Submission,
  opts: { organisation?: string | null } = {},
): Promise<ReportRow> {
  authorise(actor, "report.upload");
  const orgId = ownerOrg(actor, opts.organisation);
  const { text, format } = await readSubmission(submission);
  // Reading a PDF is asynchronous; extraction is one synchronous pass (~200 ms for a long report):
  // let waiting requests go first.
  await nextTurn();
  let found: ExtractedReport;
  try {
    found = extractReport(text, extractionReference());
  } catch (err) {
    if (err instanceof ReportError) throw uploadError(err, submission.kind === "text" ? "text" : "file");
    throw err;
  }
  const facts = {
    symbol: found.symbol,
    countryIso3: found.country,
    mandateId: found.mandate,
    visitFrom: found.visitDates?.from ?? null,
    visitTo: found.visitDates?.to ?? null,
  };
  const visitId = await autoVisit(deps.db, facts);
  const id = newId();
  const fileKey = submission.kind === "file" ? await deps.files.put(submission.bytes) : null;
  try {
    await deps.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      await insertReport(db, {
        id,
        documentType: found.documentType,
        ...facts,
        hrcSession: found.hrcSession,
        hrcSessionSource: found.hrcSessionSource,
        language: found.language,
        visitId,
        visitLink: "auto",
        format,
        fileName: submission.kind === "file" ? cleanFileName(submission.fileName) : null,
        fileKey,
        fileType: format === "pasted" ? null : mediaTypes[format],
        fileBytes: submission.kind === "file" ? submission.bytes.length : null,
        text,
        draft: draftFromExtraction(found.recommendations, newKey),
        extractedCount: found.recommendations.length,
        ownerOrgId: orgId,
        uploadedBy: actor.userId,
      });
      await recordAudit(db, {
        actorId: actor.userId,
        orgId,
        action: "report.upload",
        recordType: "report",
        recordId: id,
        details: {
          format,
          recommendations: found.recommendations.length,
          bytes: submission.kind === "file" ? submission.bytes.length : text.length,
        },
      });
    });
  } catch (err) {
    if (fileKey && !(await fileInUse(deps.db, fileKey))) await deps.files.delete(fileKey);
    throw err;
  }
  return (await getReport(deps.db, id)) as ReportRow;
}

const newKey = () => newId().slice(0, 8);

/** A file name to show and to offer on download: no path, no control characters, not too long. */
export function cleanFileName(name: string | null): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/\p{Cc}|"/gu, "")
    .trim()
    .slice(0, 200);
  return clean || null;
}

function saved(row: ReportRow | undefined): ReportRow {
  if (!row)
    throw problem(
      409,
      "changed_meanwhile",
      "Someone changed this report meanwhile. Reload it to see their changes, then try again.",
    );
  return row;
}

async function audit(
  db: Db,
  actor: Actor,
  row: ReportRow,
  action: string,
  details: Record<string, string | number | boolean | null> = {},
) {
  await recordAudit(db, {
    actorId: actor.userId,
    orgId: row.ownerOrgId,
    action,
    recordType: "report",
    recordId: row.id,
    details,
  });
}

export interface MetadataChange {
  documentType?: DocumentType;
  symbol?: string | null;
  mandate?: string | null;
  country?: string | null;
  visitFrom?: string | null;
  visitTo?: string | null;
  hrcSession?: number | null;
  /** "auto": the visit Visitdesk finds; "none": not linked; or the id of one of the candidates. */
  visit?: string;
}

/** The reviewer's corrections to the metadata; the visit is found again when it was found automatically. */
export async function updateMetadata(
  deps: ReportDeps,
  actor: Actor,
  id: string,
  change: MetadataChange,
  revision?: number,
): Promise<ReportRow> {
  const row = await reportFor(deps.db, actor, id, "report.review");
  const next = {
    documentType: change.documentType ?? row.documentType,
    symbol: change.symbol === undefined ? row.symbol : change.symbol && normaliseSymbol(change.symbol),
    mandateId: change.mandate === undefined ? row.mandateId : change.mandate,
    countryIso3: change.country === undefined ? row.countryIso3 : change.country,
    visitFrom: change.visitFrom === undefined ? row.visitFrom : change.visitFrom,
    visitTo: change.visitTo === undefined ? row.visitTo : change.visitTo,
    hrcSession: change.hrcSession === undefined ? row.hrcSession : change.hrcSession,
  };
  if (!documentTypes.includes(next.documentType))
    throw problem(422, "bad_type", `Choose a type of document: ${documentTypes.join(", ")}.`, "documentType");
  if (next.symbol && !SYMBOL.test(next.symbol))
    throw problem(422, "bad_symbol", "Give a UN document symbol such as A/HRC/43/47/Add.1.", "symbol");
  if (
    next.countryIso3 &&
    next.countryIso3 !== row.countryIso3 &&
    !(await countryExists(deps.db, next.countryIso3))
  )
    throw problem(422, "unknown_country", `No country has the code ${next.countryIso3}.`, "country");
  if (next.mandateId && next.mandateId !== row.mandateId && !(await mandateExists(deps.db, next.mandateId)))
    throw problem(422, "unknown_mandate", `No mandate has the id ${next.mandateId}.`, "mandate");
  if (Boolean(next.visitFrom) !== Boolean(next.visitTo))
    throw problem(
      422,
      "half_dates",
      "Give both the first and the last day of the visit, or neither.",
      next.visitFrom ? "visitTo" : "visitFrom",
    );
  if (next.visitFrom && next.visitTo && next.visitTo < next.visitFrom)
    throw problem(422, "dates_reversed", "The visit cannot end before it starts.", "visitTo");
  const candidates =
    next.countryIso3 && next.mandateId
      ? await visitCandidates(deps.db, next.countryIso3, next.mandateId)
      : [];
  let visitLink =
    change.visit === undefined
      ? row.visitLink
      : change.visit === "auto" || change.visit === "none"
        ? change.visit
        : "chosen";
  let visitId = visitLink === "chosen" ? (change.visit ?? row.visitId) : null;
  if (visitLink === "chosen" && !candidates.some((c) => c.id === visitId)) {
    // A visit chosen for another country or mandate no longer fits; one named now must fit.
    if (change.visit !== undefined && change.visit !== "auto" && change.visit !== "none")
      throw problem(
        422,
        "visit_mismatch",
        "Choose one of the visits of this report's country and mandate.",
        "visit",
      );
    visitLink = "auto";
  }
  if (visitLink === "auto") visitId = matchVisit(next, candidates);
  const sessionChanged = change.hrcSession !== undefined && change.hrcSession !== row.hrcSession;
  const updated = await saved(
    await updateReport(deps.db, id, revision, {
      ...next,
      hrcSessionSource: sessionChanged
        ? next.hrcSession === null
          ? null
          : "reviewer"
        : row.hrcSessionSource,
      visitLink,
      visitId,
    }),
  );
  await audit(deps.db, actor, updated, "report.edit", { part: "metadata" });
  return updated;
}

export interface RecommendationInput {
  key?: string;
  ref: string;
  addressee: DraftRecommendation["addressee"];
  addresseeAsWritten?: string | null;
  heading?: string | null;
  text: string;
  paragraph?: string;
}

/** Replaces the whole list (the API's PUT): every item checked, keys kept where given. */
export async function replaceRecommendations(
  deps: ReportDeps,
  actor: Actor,
  id: string,
  items: RecommendationInput[],
  revision?: number,
): Promise<ReportRow> {
  const row = await reportFor(deps.db, actor, id, "report.review");
  if (!yieldsRecommendations(row.documentType) && items.length)
    throw problem(
      422,
      "no_recommendations",
      "A Government's comments on a report yield no recommendations.",
      "recommendations",
    );
  const previous = new Map(row.draft.map((r) => [r.key, r]));
  const keyCount = new Map<string, number>();
  for (const i of items) if (i.key) keyCount.set(i.key, (keyCount.get(i.key) ?? 0) + 1);
  const draft: DraftRecommendation[] = items.map((i) => ({
    key: i.key && keyCount.get(i.key) === 1 ? i.key : newKey(),
    ref: normaliseRef(i.ref),
    addressee: i.addressee,
    addresseeAsWritten: i.addresseeAsWritten ?? null,
    heading: i.heading ?? null,
    text: i.text.trim(),
    paragraph: i.paragraph ?? (i.key ? (previous.get(i.key)?.paragraph ?? "") : ""),
  }));
  const problems = draftProblems(draft);
  if (problems.length)
    throw new AppError(
      422,
      problems[0]?.code ?? "invalid",
      problems.map((p) => p.message).join(" "),
      problems.map((p) => ({
        path: p.path?.replace(/^items/, "recommendations") ?? "recommendations",
        message: p.message,
      })),
    );
  const updated = await saved(await updateReport(deps.db, id, revision, { draft }));
  await audit(deps.db, actor, updated, "report.edit", { part: "recommendations", count: draft.length });
  return updated;
}

/** One change the review page makes to one recommendation. */
export type ReviewOperation =
  | { op: "edit"; key: string; edit: RecommendationEdit }
  | { op: "delete"; key: string }
  | { op: "merge"; key: string }
  | { op: "split"; key: string; text: string; newRef: string }
  | { op: "add"; after?: string | null; item: Omit<DraftRecommendation, "key" | "paragraph"> }
  | { op: "extractAgain" };

export async function reviewRecommendations(
  deps: ReportDeps,
  actor: Actor,
  id: string,
  operation: ReviewOperation,
  revision?: number,
): Promise<ReportRow> {
  const row = await reportFor(deps.db, actor, id, "report.review");
  if (!yieldsRecommendations(row.documentType))
    throw problem(422, "no_recommendations", "A Government's comments on a report yield no recommendations.");
  let draft: DraftRecommendation[];
  try {
    draft = applyOperation(row, operation);
  } catch (err) {
    if (err instanceof ReviewProblem) throw fromReview(err);
    throw err;
  }
  const updated = await saved(await updateReport(deps.db, id, revision, { draft }));
  await audit(deps.db, actor, updated, "report.edit", { part: "recommendations", op: operation.op });
  return updated;
}

function applyOperation(row: ReportRow, o: ReviewOperation): DraftRecommendation[] {
  const checked = (ref: string | undefined, text: string | undefined, index: number) => {
    const problems = draftProblems([
      {
        key: "",
        ref: ref ?? "0",
        addressee: null,
        addresseeAsWritten: null,
        heading: null,
        text: text ?? "x",
        paragraph: "",
      },
    ]);
    const first = problems[0];
    if (first)
      throw new ReviewProblem(first.code, first.message, first.path?.replace(/^items\.0/, `items.${index}`));
  };
  switch (o.op) {
    case "edit": {
      const edit = { ...o.edit, ...(o.edit.ref !== undefined ? { ref: normaliseRef(o.edit.ref) } : {}) };
      checked(
        edit.ref,
        edit.text,
        row.draft.findIndex((r) => r.key === o.key),
      );
      return editRecommendation(row.draft, o.key, edit);
    }
    case "delete":
      return removeRecommendation(row.draft, o.key);
    case "merge":
      return mergeWithNext(row.draft, o.key);
    case "split":
      checked(
        normaliseRef(o.newRef),
        undefined,
        row.draft.findIndex((r) => r.key === o.key),
      );
      return splitRecommendation(row.draft, o.key, o.text, o.newRef, newKey());
    case "add": {
      const item = {
        ...o.item,
        ref: normaliseRef(o.item.ref),
        text: o.item.text.trim(),
        key: newKey(),
        paragraph: "",
      };
      checked(item.ref, item.text, row.draft.length);
      return addRecommendation(row.draft, item, o.after);
    }
    case "extractAgain":
      return draftFromExtraction(
        recommendationsIn(row.text, extractionReference(), { symbol: row.symbol, country: row.countryIso3 }),
        newKey,
      );
  }
}

export interface AcceptanceResult {
  added: number;
  updated: number;
  removed: number;
}

/**
 * Publishes the review: each recommendation becomes (or updates) the record of its symbol and
 * reference, linked to the visit, searchable, at its stable address. The records of that symbol
 * the review no longer has are removed. A Government's comments are accepted with none.
 */
export async function acceptReport(
  deps: ReportDeps,
  actor: Actor,
  id: string,
  revision?: number,
): Promise<{ report: ReportRow; result: AcceptanceResult }> {
  const row = await reportFor(deps.db, actor, id, "report.accept");
  if (revision !== undefined && revision !== row.revision) saved(undefined);
  const missing = [
    !row.symbol && {
      path: "symbol",
      message: "Give the report's symbol: it is part of each recommendation's address.",
    },
    !row.countryIso3 && { path: "country", message: "Choose the country visited." },
    !row.mandateId && { path: "mandate", message: "Choose the mandate." },
  ].filter((m): m is { path: string; message: string } => Boolean(m));
  if (missing.length) throw new AppError(422, "incomplete", missing.map((m) => m.message).join(" "), missing);
  const symbol = row.symbol as string;
  const countryIso3 = row.countryIso3 as string;
  const mandateId = row.mandateId as string;
  if (!(await countryExists(deps.db, countryIso3)))
    throw problem(
      422,
      "unknown_country",
      `No country has the code ${countryIso3}; choose the country.`,
      "country",
    );
  if (!(await mandateExists(deps.db, mandateId)))
    throw problem(
      422,
      "unknown_mandate",
      `No mandate has the id ${mandateId}; choose the mandate.`,
      "mandate",
    );
  const items = yieldsRecommendations(row.documentType) ? row.draft : [];
  const problems = draftProblems(items);
  if (problems.length)
    throw new AppError(
      422,
      problems[0]?.code ?? "invalid",
      problems.map((p) => p.message).join(" "),
      problems.map((p) => ({
        path: p.path?.replace(/^items/, "recommendations") ?? "recommendations",
        message: p.message,
      })),
    );
  const now = deps.clock();
  const snapshot: AcceptedReport = {
    documentType: row.documentType,
    symbol,
    mandateId,
    countryIso3,
    visitFrom: row.visitFrom,
    visitTo: row.visitTo,
    hrcSession: row.hrcSession,
    hrcSessionSource: row.hrcSessionSource,
    visitId: row.visitId,
    recommendations: items,
  };
  let result: AcceptanceResult = { added: 0, updated: 0, removed: 0 };
  const report = await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const plan = planAcceptance(await recordsOfSymbol(db, symbol), items);
    // Records this report made under a symbol the reviewer has since corrected.
    plan.removed.push(...(await recordIdsOfReport(db, row.id, { exceptSymbol: symbol })));
    const fields = (r: DraftRecommendation) => ({
      reportId: row.id,
      visitId: row.visitId,
      countryIso3,
      mandateId,
      documentType: row.documentType,
      position: items.indexOf(r),
      addressee: r.addressee,
      addresseeAsWritten: r.addresseeAsWritten,
      heading: r.heading,
      text: r.text,
      paragraph: r.paragraph,
      language: row.language,
    });
    await deleteRecommendations(db, plan.removed);
    for (const k of plan.kept) await updateRecommendation(db, k.id, fields(k.item));
    await insertRecommendations(
      db,
      plan.added.map((r) => ({ id: newId(), symbol, ref: r.ref, acceptedAt: now, ...fields(r) })),
    );
    const { items: records } = await listRecommendations(db, { symbol, limit: items.length + 1, offset: 0 });
    await insertDocuments(db, records.map(recommendationSearchDocument));
    const updated = await updateReport(db, row.id, row.revision, {
      accepted: snapshot,
      acceptedRevision: row.revision + 1,
      acceptedAt: now,
      acceptedBy: actor.userId,
    });
    result = { added: plan.added.length, updated: plan.kept.length, removed: plan.removed.length };
    await audit(db, actor, row, "report.accept", { symbol, ...result });
    return updated;
  });
  return { report: saved(report), result };
}

/** Deletes a draft and, unless another report holds the same file, its original. */
export async function deleteDraft(deps: ReportDeps, actor: Actor, id: string): Promise<void> {
  const row = await reportFor(deps.db, actor, id, "report.delete");
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await deleteReport(db, id);
    await audit(db, actor, row, "report.delete");
  });
  if (row.fileKey && !(await fileInUse(deps.db, row.fileKey))) await deps.files.delete(row.fileKey);
}

/** The original upload, for those who may read the report. */
export async function originalFile(deps: ReportDeps, actor: Actor, id: string) {
  const row = await reportFor(deps.db, actor, id);
  const bytes = row.fileKey ? await deps.files.get(row.fileKey) : null;
  if (!bytes || !row.fileType) throw notFound("The original file of this report");
  return { bytes, type: row.fileType, name: row.fileName ?? `report.${row.format}` };
}

/**
 * What one reader sees of a report: reviewers the review as it stands, everyone else what was
 * accepted (a review reopened after acceptance is not public until accepted again).
 */
export function reportView(row: ReportRow, reviewer: boolean) {
  const a = !reviewer && row.accepted ? row.accepted : null;
  return {
    id: row.id,
    accepted: row.accepted !== null,
    acceptedAt: row.acceptedAt,
    changedSinceAccepted: row.accepted !== null && row.revision !== row.acceptedRevision,
    documentType: a?.documentType ?? row.documentType,
    symbol: a ? a.symbol : row.symbol,
    mandateId: a ? a.mandateId : row.mandateId,
    countryIso3: a ? a.countryIso3 : row.countryIso3,
    visitFrom: a ? a.visitFrom : row.visitFrom,
    visitTo: a ? a.visitTo : row.visitTo,
    hrcSession: a ? a.hrcSession : row.hrcSession,
    hrcSessionSource: a ? a.hrcSessionSource : row.hrcSessionSource,
    visitId: a ? a.visitId : row.visitId,
    visitLink: row.visitLink,
    language: row.language,
    format: row.format,
    fileName: row.fileName,
    fileBytes: row.fileBytes,
    hasOriginal: row.fileKey !== null,
    extractedCount: row.extractedCount,
    revision: row.revision,
    createdAt: row.createdAt,
    recommendations: a ? a.recommendations : row.draft,
    yieldsRecommendations: yieldsRecommendations(a?.documentType ?? row.documentType),
    reviewer,
  };
}
export type ReportView = ReturnType<typeof reportView>;
