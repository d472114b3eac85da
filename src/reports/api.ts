import { z } from "zod";
import { requireUser } from "../accounts/http";
import type { Actor } from "../platform/access";
import type { Api } from "../platform/http/api";
import type { AppContext } from "../platform/http/context";
import { paging } from "../platform/http/query";
import { recommendationPath } from "./address";
import { addressees, documentTypes } from "./extract";
import { submissionOf } from "./http";
import {
  acceptReport,
  deleteDraft,
  ingestReport,
  mayReview,
  type ReportDeps,
  type ReportView,
  replaceRecommendations,
  reportFor,
  reportView,
  updateMetadata,
} from "./service";
import {
  listRecommendations,
  listReports,
  type RecommendationRecord,
  type ReportRow,
  type VisitChoice,
  visitCandidates,
} from "./store";

export const reportDeps = (c: AppContext): ReportDeps => {
  const d = c.get("deps");
  return { db: d.db, files: d.files, clock: d.clock };
};

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-03-31");
const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "Use an ISO 3166-1 alpha-3 code, e.g. KEN")
  .transform((s) => s.toUpperCase());
const MandateId = z.string().regex(/^[a-z0-9-]{2,80}$/, "Use a mandate id, e.g. sr-torture");
const Addressee = z.enum(addressees);
const DocumentType = z.enum(documentTypes);
const ReportId = z.object({ id: z.string().uuid("Not a report id") });
const Revision = z
  .number()
  .int()
  .min(0)
  .optional()
  .describe("The revision you edited; a change made meanwhile by someone else answers 409");

const Item = z.object({
  key: z.string().describe("Identifies the item in this review (kept through edits)"),
  ref: z.string().describe("85, 85(b), 85(b)(ii)"),
  addressee: Addressee.nullable(),
  addresseeAsWritten: z.string().nullable(),
  heading: z.string().nullable(),
  text: z.string(),
  paragraph: z.string().describe("The paragraph of the report it comes from; empty for one added by hand"),
});

const Candidate = z.object({
  id: z.string(),
  status: z.string(),
  visitFrom: z.string().nullable(),
  visitTo: z.string().nullable(),
  requestedOn: z.string().nullable(),
  reportSymbol: z.string().nullable(),
});

const Report = z.object({
  id: z.string(),
  status: z.enum(["draft", "accepted"]),
  changedSinceAccepted: z.boolean().describe("Edited after acceptance; the public sees the accepted state"),
  documentType: DocumentType,
  isVisitReport: z.boolean(),
  yieldsRecommendations: z
    .boolean()
    .describe("False for a Government's comments, which are not a visit report"),
  symbol: z.string().nullable(),
  mandate: z.string().nullable(),
  country: z.string().nullable(),
  visitDates: z.object({ from: z.string(), to: z.string() }).nullable(),
  hrcSession: z.number().int().nullable(),
  hrcSessionSource: z.string().nullable().describe("stated, symbol (derived from it) or reviewer"),
  language: z.string(),
  visit: z.object({
    id: z.string().nullable(),
    link: z.enum(["auto", "chosen", "none"]).describe("Found by Visitdesk, chosen by the reviewer, or none"),
  }),
  format: z.enum(["pdf", "docx", "html", "text", "pasted"]),
  fileName: z.string().nullable(),
  fileBytes: z.number().int().nullable(),
  original: z.string().nullable().describe("Where the original file can be downloaded"),
  extractedCount: z.number().int().describe("Recommendations the extractor found, before review"),
  revision: z.number().int(),
  uploadedAt: z.string(),
  acceptedAt: z.string().nullable(),
  url: z.string(),
  recommendations: z.array(Item),
  visitCandidates: z
    .array(Candidate)
    .optional()
    .describe("For reviewers: the visits of this country and mandate the report may be linked to"),
});

function reportToApi(c: AppContext, v: ReportView, candidates?: VisitChoice[]): z.infer<typeof Report> {
  const base = c.get("deps").config.baseUrl;
  return {
    id: v.id,
    status: v.accepted ? "accepted" : "draft",
    changedSinceAccepted: v.changedSinceAccepted,
    documentType: v.documentType,
    isVisitReport: v.documentType === "country_visit_report",
    yieldsRecommendations: v.yieldsRecommendations,
    symbol: v.symbol,
    mandate: v.mandateId,
    country: v.countryIso3,
    visitDates: v.visitFrom && v.visitTo ? { from: v.visitFrom, to: v.visitTo } : null,
    hrcSession: v.hrcSession,
    hrcSessionSource: v.hrcSessionSource,
    language: v.language,
    visit: { id: v.visitId, link: v.visitLink },
    format: v.format,
    fileName: v.fileName,
    fileBytes: v.fileBytes,
    original: v.hasOriginal ? `${base}/reports/${v.id}/original` : null,
    extractedCount: v.extractedCount,
    revision: v.revision,
    uploadedAt: v.createdAt.toISOString(),
    acceptedAt: v.acceptedAt?.toISOString() ?? null,
    url: `${base}/reports/${v.id}`,
    recommendations: v.recommendations,
    ...(candidates
      ? {
          visitCandidates: candidates.map((x) => ({
            id: x.id,
            status: x.status,
            visitFrom: x.visitFrom,
            visitTo: x.visitTo,
            requestedOn: x.requestedOn,
            reportSymbol: x.reportSymbol,
          })),
        }
      : {}),
  };
}

async function answer(c: AppContext, actor: Actor, row: ReportRow) {
  const reviewer = mayReview(actor, row);
  const candidates =
    reviewer && row.countryIso3 && row.mandateId
      ? await visitCandidates(c.get("deps").db, row.countryIso3, row.mandateId)
      : reviewer
        ? []
        : undefined;
  return reportToApi(c, reportView(row, reviewer), candidates);
}

const RecommendationOut = z.object({
  id: z.string(),
  symbol: z.string(),
  ref: z.string(),
  url: z.string().describe("Its stable address"),
  country: z.string(),
  mandate: z.string(),
  visit: z.string().nullable(),
  report: z.string(),
  documentType: DocumentType,
  addressee: Addressee.nullable(),
  addresseeAsWritten: z.string().nullable(),
  heading: z.string().nullable(),
  text: z.string(),
  language: z.string(),
  acceptedAt: z.string(),
});

export const recommendationToApi = (
  base: string,
  r: RecommendationRecord,
): z.infer<typeof RecommendationOut> => ({
  id: r.id,
  symbol: r.symbol,
  ref: r.ref,
  url: `${base}${recommendationPath(r.symbol, r.ref)}`,
  country: r.countryIso3,
  mandate: r.mandateId,
  visit: r.visitId,
  report: r.reportId,
  documentType: r.documentType,
  addressee: r.addressee,
  addresseeAsWritten: r.addresseeAsWritten,
  heading: r.heading,
  text: r.text,
  language: r.language,
  acceptedAt: r.acceptedAt.toISOString(),
});

/** The filters of the recommendations list, its exports and its API. */
export const RecommendationQuery = z.object({
  visit: z.string().uuid("Not a visit id").optional(),
  country: Iso3.optional(),
  mandate: MandateId.optional(),
  symbol: z.string().max(80).optional().describe("The report's symbol, e.g. A/HRC/43/47/Add.1"),
  ref: z.string().max(40).optional(),
  addressee: Addressee.optional(),
  q: z.string().trim().max(200).optional().describe("Words the text, heading or addressee contain"),
  ...paging(50, 200),
});

const MetadataBody = z.object({
  revision: Revision,
  documentType: DocumentType.optional(),
  symbol: z.string().trim().max(80).nullable().optional(),
  mandate: MandateId.nullable().optional(),
  country: Iso3.nullable().optional(),
  visitDates: z.object({ from: IsoDate, to: IsoDate }).nullable().optional(),
  hrcSession: z.number().int().min(1).max(200).nullable().optional(),
  visit: z
    .union([z.enum(["auto", "none"]), z.string().uuid()])
    .optional()
    .describe("auto (Visitdesk finds it), none, or the id of one of the visitCandidates"),
});

const ItemIn = z.object({
  key: z.string().max(40).optional().describe("Keep an item's key to keep its source paragraph"),
  ref: z.string().max(40),
  addressee: Addressee.nullable(),
  addresseeAsWritten: z.string().trim().max(300).nullable().optional(),
  heading: z.string().trim().max(300).nullable().optional(),
  text: z.string().max(20_000),
  paragraph: z.string().max(50_000).optional(),
});

export function reportsApi(api: Api) {
  api.add({
    method: "post",
    path: "/reports",
    operationId: "uploadReport",
    summary:
      "Upload a report or end-of-visit statement (signed in): a PDF, DOCX, HTML or text file as multipart/form-data in the field `file`, or its text as JSON `{ text }` (or the multipart field `text`). Optional `organisation` (an id). Answers the draft with its metadata and recommendations for review.",
    tag: "Reports",
    auth: "session",
    status: 201,
    response: Report,
    errors: {
      413: "The file is larger than 50 MB",
      415: "Not a PDF, DOCX, HTML or text file",
      422: "Encrypted, damaged, a scan without text, or in a language Visitdesk cannot read",
    },
    handler: async (_input, c) => {
      // Before reading the body: an anonymous upload is refused without being read.
      requireUser(c);
      const actor = c.get("auth").actor;
      const { submission, organisation } = await submissionOf(c);
      const row = await ingestReport(reportDeps(c), actor, submission, { organisation });
      return answer(c, actor, row);
    },
  });

  api.add({
    method: "get",
    path: "/reports",
    operationId: "listReports",
    summary: "Reports the caller may read: accepted ones, and their own drafts (mine=1: only those)",
    tag: "Reports",
    query: z.object({ mine: z.enum(["0", "1"]).optional(), ...paging(50) }),
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          status: z.enum(["draft", "accepted"]),
          documentType: DocumentType,
          symbol: z.string().nullable(),
          country: z.string().nullable(),
          mandate: z.string().nullable(),
          recommendations: z.number().int(),
          updatedAt: z.string(),
        }),
      ),
      total: z.number().int(),
    }),
    handler: async ({ query }, c) => {
      const { items, total } = await listReports(c.get("deps").db, c.get("auth").actor, {
        mine: query.mine === "1",
        limit: query.limit,
        offset: query.offset,
      });
      return {
        items: items.map((r) => ({
          id: r.id,
          status: r.accepted ? ("accepted" as const) : ("draft" as const),
          documentType: r.documentType,
          symbol: r.symbol,
          country: r.countryIso3,
          mandate: r.mandateId,
          recommendations: r.recommendations,
          updatedAt: r.updatedAt.toISOString(),
        })),
        total,
      };
    },
  });

  api.add({
    method: "get",
    path: "/reports/{id}",
    operationId: "getReport",
    summary:
      "A report: a draft for its uploader and their organisation only; once accepted, public (others see the accepted state)",
    tag: "Reports",
    params: ReportId,
    response: Report,
    errors: { 404: "No such report, or a draft you may not read" },
    handler: async ({ params }, c) => {
      const actor = c.get("auth").actor;
      return answer(c, actor, await reportFor(c.get("deps").db, actor, params.id));
    },
  });

  api.add({
    method: "patch",
    path: "/reports/{id}",
    operationId: "updateReport",
    summary: "Correct a report's metadata and choose its visit (its reviewers)",
    tag: "Reports",
    auth: "session",
    params: ReportId,
    body: MetadataBody,
    response: Report,
    errors: {
      404: "No such report",
      409: "Changed meanwhile",
      422: "Unknown country or mandate, bad symbol or dates",
    },
    handler: async ({ params, body }, c) => {
      const actor = c.get("auth").actor;
      const { revision, visitDates, ...rest } = body;
      const row = await updateMetadata(
        reportDeps(c),
        actor,
        params.id,
        {
          ...rest,
          ...(visitDates !== undefined
            ? { visitFrom: visitDates?.from ?? null, visitTo: visitDates?.to ?? null }
            : {}),
        },
        revision,
      );
      return answer(c, actor, row);
    },
  });

  api.add({
    method: "put",
    path: "/reports/{id}/recommendations",
    operationId: "replaceReportRecommendations",
    summary:
      "Replace the reviewed list of recommendations (its reviewers): edit, split, merge, delete or add by sending the list as it should be",
    tag: "Reports",
    auth: "session",
    params: ReportId,
    body: z.object({ revision: Revision, recommendations: z.array(ItemIn).max(2000) }),
    response: Report,
    errors: {
      404: "No such report",
      409: "Changed meanwhile",
      422: "A reference repeated or malformed, an empty text, or a Government's comments",
    },
    handler: async ({ params, body }, c) => {
      const actor = c.get("auth").actor;
      const row = await replaceRecommendations(
        reportDeps(c),
        actor,
        params.id,
        body.recommendations,
        body.revision,
      );
      return answer(c, actor, row);
    },
  });

  api.add({
    method: "post",
    path: "/reports/{id}/accept",
    operationId: "acceptReport",
    summary:
      "Accept the review (its reviewers): each recommendation becomes a public record at /recommendations/{symbol}/{ref}, linked to the visit; accepting again updates them",
    tag: "Reports",
    auth: "session",
    params: ReportId,
    body: z.object({ revision: Revision }),
    response: z.object({
      report: Report,
      added: z.number().int(),
      updated: z.number().int(),
      removed: z.number().int(),
    }),
    errors: {
      404: "No such report",
      409: "Changed meanwhile",
      422: "Symbol, country or mandate missing; references repeated",
    },
    handler: async ({ params, body }, c) => {
      const actor = c.get("auth").actor;
      const { report, result } = await acceptReport(reportDeps(c), actor, params.id, body.revision);
      return { report: await answer(c, actor, report), ...result };
    },
  });

  api.add({
    method: "delete",
    path: "/reports/{id}",
    operationId: "deleteReport",
    summary: "Delete a draft and its original file (its reviewers); an accepted report stays",
    tag: "Reports",
    auth: "session",
    params: ReportId,
    response: z.object({ ok: z.literal(true) }),
    errors: { 403: "Accepted", 404: "No such report" },
    handler: async ({ params }, c) => {
      await deleteDraft(reportDeps(c), c.get("auth").actor, params.id);
      return { ok: true as const };
    },
  });

  api.add({
    method: "get",
    path: "/recommendations",
    operationId: "listRecommendations",
    summary:
      "Accepted recommendations of Special Procedures reports, newest first, with their stable addresses",
    tag: "Recommendations",
    query: RecommendationQuery,
    response: z.object({ items: z.array(RecommendationOut), total: z.number().int() }),
    handler: async ({ query }, c) => {
      const { items, total } = await listRecommendations(c.get("deps").db, query);
      const base = c.get("deps").config.baseUrl;
      return { items: items.map((r) => recommendationToApi(base, r)), total };
    },
  });
}
