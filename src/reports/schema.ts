import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organisations, users } from "../accounts/schema";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import { visits } from "../visits/schema";
import type { DraftRecommendation } from "./draft";
import type { Addressee, DocumentType } from "./extract";

/** The report's facts as they were when it was last accepted: what the public reads. */
export interface AcceptedReport {
  documentType: DocumentType;
  symbol: string;
  mandateId: string;
  countryIso3: string;
  visitFrom: string | null;
  visitTo: string | null;
  hrcSession: number | null;
  hrcSessionSource: string | null;
  visitId: string | null;
  recommendations: DraftRecommendation[];
}

/**
 * A report or statement someone uploaded (or pasted), with its metadata and recommendations under
 * review. Metadata columns hold the review's current state; `accepted` holds what was last
 * accepted, so a review reopened after acceptance never shows its unfinished edits to the public.
 * Country and mandate are not foreign keys here: the extractor may name a country the registry
 * does not hold, which the reviewer then corrects; acceptance checks them.
 */
export const reports = pgTable(
  "reports",
  {
    id: text("id").primaryKey(),
    documentType: text("document_type").$type<DocumentType>().notNull(),
    symbol: text("symbol"),
    mandateId: text("mandate_id"),
    countryIso3: text("country_iso3"),
    visitFrom: date("visit_from", { mode: "string" }),
    visitTo: date("visit_to", { mode: "string" }),
    hrcSession: integer("hrc_session"),
    /** "stated" on the document, read from its "symbol", or set by the "reviewer". */
    hrcSessionSource: text("hrc_session_source").$type<"stated" | "symbol" | "reviewer">(),
    language: text("language").$type<"en" | "fr" | "es">().notNull(),
    /** The visit it reports on; `visitLink` says whether Visitdesk found it or the reviewer chose. */
    visitId: text("visit_id").references(() => visits.id, { onDelete: "set null" }),
    visitLink: text("visit_link").$type<"auto" | "chosen" | "none">().notNull().default("auto"),
    format: text("format").$type<"pdf" | "docx" | "html" | "text" | "pasted">().notNull(),
    fileName: text("file_name"),
    /** The original upload in the file store (content-addressed), with the type read from its bytes. */
    fileKey: text("file_key"),
    fileType: text("file_type"),
    fileBytes: integer("file_bytes"),
    /** The document's text as read, pages separated by form feeds. */
    text: text("text").notNull(),
    draft: jsonb("draft").$type<DraftRecommendation[]>().notNull(),
    /** How many recommendations the extractor found, before any review. */
    extractedCount: integer("extracted_count").notNull(),
    /** Bumped by every change, so two reviewers cannot overwrite each other unknowingly. */
    revision: integer("revision").notNull().default(0),
    accepted: jsonb("accepted").$type<AcceptedReport>(),
    acceptedRevision: integer("accepted_revision"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: text("accepted_by"),
    ownerOrgId: text("owner_org_id").references(() => organisations.id, { onDelete: "set null" }),
    uploadedBy: text("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reports_symbol_idx").on(t.symbol),
    index("reports_owner_idx").on(t.ownerOrgId, t.updatedAt),
    index("reports_uploader_idx").on(t.uploadedBy, t.updatedAt),
    index("reports_accepted_idx").on(t.acceptedAt),
  ],
);

/**
 * An accepted recommendation: one per document symbol and reference, which is its stable address
 * (`/recommendations/{symbol}/{ref}`). Accepting a report again updates these rows in place.
 */
export const recommendations = pgTable(
  "recommendations",
  {
    id: text("id").primaryKey(),
    symbol: text("symbol").notNull(),
    ref: text("ref").notNull(),
    /** Its place in the report, for listing in the report's order. */
    position: integer("position").notNull(),
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    visitId: text("visit_id").references(() => visits.id, { onDelete: "set null" }),
    countryIso3: text("country_iso3")
      .notNull()
      .references(() => countries.iso3),
    mandateId: text("mandate_id")
      .notNull()
      .references(() => mandates.id),
    documentType: text("document_type").$type<DocumentType>().notNull(),
    addressee: text("addressee").$type<Addressee>(),
    addresseeAsWritten: text("addressee_as_written"),
    heading: text("heading"),
    text: text("text").notNull(),
    paragraph: text("paragraph").notNull(),
    language: text("language").notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("recommendations_symbol_ref_idx").on(t.symbol, t.ref),
    index("recommendations_country_idx").on(t.countryIso3, t.symbol, t.position),
    index("recommendations_mandate_idx").on(t.mandateId, t.symbol, t.position),
    index("recommendations_visit_idx").on(t.visitId),
    index("recommendations_report_idx").on(t.reportId),
  ],
);
