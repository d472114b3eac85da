import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { coalitions, organisations, users } from "../accounts/schema";
import { visits } from "../visits/schema";
import type { ExportDocument } from "./compose";
import type { Audience, ConsentAudience, PartKind, PersonRole } from "./model";

const created = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * Submissions to a mandate holder before a country visit. What can name a person — titles, part
 * headings and bodies, people's names and contacts, who gave consent, saved versions, attachment
 * names and keys — is sealed with the keyring (columns listed in `submissionSealedColumns`), so a
 * copy of the database holds no name in clear. Only the public version, once published, is kept in
 * clear: it names no one.
 */

/** A mandate holder's call for input ahead of a visit: public, one per visit. */
export const calls = pgTable(
  "submission_calls",
  {
    id: text("id").primaryKey(),
    visitId: text("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    address: text("address"),
    portalUrl: text("portal_url"),
    maxWords: integer("max_words"),
    maxPages: integer("max_pages"),
    languages: text("languages").array().notNull(),
    formats: text("formats").array().notNull(),
    /** Where the call was published (the mandate's page), for readers to check. */
    source: text("source"),
    /** Days-before-deadline reminders already sent to those who follow the visit. */
    remindersSent: integer("reminders_sent").array().notNull().default([]),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("submission_calls_visit_idx").on(t.visitId),
    index("submission_calls_deadline_idx").on(t.deadline),
  ],
);

/** What the visit's public page says beyond the registry: the cities announced, how to reach the team. */
export const publicity = pgTable("submission_visit_publicity", {
  visitId: text("visit_id")
    .primaryKey()
    .references(() => visits.id, { onDelete: "cascade" }),
  cities: text("cities").array().notNull().default([]),
  contact: text("contact"),
  hashtag: text("hashtag"),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const submissions = pgTable(
  "submissions",
  {
    id: text("id").primaryKey(),
    visitId: text("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    ownerOrgId: text("owner_org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    coalitionId: text("coalition_id").references(() => coalitions.id, { onDelete: "set null" }),
    /** Sealed. */
    title: text("title").notNull(),
    language: text("language").notNull(),
    /** The public version as published (names withheld), shown on public pages, search and feeds. */
    publicDocument: jsonb("public_document").$type<ExportDocument>(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("submissions_visit_idx").on(t.visitId),
    index("submissions_owner_idx").on(t.ownerOrgId),
    index("submissions_coalition_idx").on(t.coalitionId),
    index("submissions_published_idx").on(t.visitId, t.publishedAt).where(sql`published_at IS NOT NULL`),
  ],
);

export const parts = pgTable(
  "submission_parts",
  {
    id: text("id").primaryKey(),
    submissionId: text("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind").$type<PartKind>().notNull(),
    audience: text("audience").$type<Audience>().notNull(),
    /** Sealed JSON `{ heading, body }`. */
    content: text("content").notNull(),
    mentions: text("mentions").array().notNull().default([]),
    contributorOrgIds: text("contributor_org_ids").array().notNull(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("submission_parts_submission_idx").on(t.submissionId, t.position)],
);

export const people = pgTable(
  "submission_people",
  {
    id: text("id").primaryKey(),
    submissionId: text("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    role: text("role").$type<PersonRole>().notNull(),
    /** The order they were recorded in (several are recorded in one transaction, at one instant). */
    position: integer("position").notNull().default(0),
    /** Sealed JSON `{ name, contact }`. */
    identity: text("identity").notNull(),
    createdAt: created(),
  },
  (t) => [index("submission_people_submission_idx").on(t.submissionId)],
);

/** Consents are never deleted: a withdrawal is recorded on the consent, so the history stays. */
export const consents = pgTable(
  "submission_consents",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    audiences: text("audiences").array().$type<ConsentAudience[]>().notNull(),
    /** Sealed: who agreed (the person, or a parent or guardian on their behalf). */
    givenBy: text("given_by").notNull(),
    givenOn: timestamp("given_on", { withTimezone: true }).notNull(),
    recordedBy: text("recorded_by").notNull(),
    revokedOn: timestamp("revoked_on", { withTimezone: true }),
    revokedBy: text("revoked_by"),
  },
  (t) => [index("submission_consents_person_idx").on(t.personId)],
);

export const signoffs = pgTable(
  "submission_signoffs",
  {
    id: text("id").primaryKey(),
    submissionId: text("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    orgId: text("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    contentHash: text("content_hash").notNull(),
    signedBy: text("signed_by").notNull(),
    signedOn: timestamp("signed_on", { withTimezone: true }).notNull(),
  },
  (t) => [index("submission_signoffs_submission_idx").on(t.submissionId)],
);

/** The title and parts as they were before a save; restoring one saves the current state first. */
export const versions = pgTable(
  "submission_versions",
  {
    id: text("id").primaryKey(),
    submissionId: text("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    /** Sealed JSON of the title and parts. */
    snapshot: text("snapshot").notNull(),
    /** Why it was kept: an edit, an autosave, a merge, a restore. */
    reason: text("reason").notNull(),
    savedBy: text("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("submission_versions_number_idx").on(t.submissionId, t.number)],
);

/**
 * A file sent with the submission. Its bytes are encrypted in the file store with a key of its
 * own; that key and the file's name are sealed here, so key rotation covers them.
 */
export const attachments = pgTable(
  "submission_attachments",
  {
    id: text("id").primaryKey(),
    submissionId: text("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    audience: text("audience").$type<Exclude<Audience, "public">>().notNull(),
    /** Sealed JSON `{ name, key }`. */
    secret: text("secret").notNull(),
    fileKey: text("file_key").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    contributorOrgId: text("contributor_org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
  },
  (t) => [index("submission_attachments_submission_idx").on(t.submissionId)],
);

/** How a version was sent: when, by which channel, to whom. Visitdesk does not send it itself. */
export const sends = pgTable(
  "submission_sends",
  {
    id: text("id").primaryKey(),
    submissionId: text("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    audience: text("audience").$type<"public" | "expert">().notNull(),
    channel: text("channel").$type<"email" | "portal" | "post" | "hand" | "other">().notNull(),
    recipient: text("recipient").notNull(),
    sentOn: date("sent_on", { mode: "string" }).notNull(),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: created(),
  },
  (t) => [index("submission_sends_submission_idx").on(t.submissionId, t.sentOn)],
);
