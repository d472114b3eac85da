import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { coalitions, organisations, users } from "../accounts/schema";
import { visits } from "../visits/schema";
import type { StoredRun, Window } from "./programme";

const created = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * The civil-society programme of one visit: the expert's meeting slots and the organisations'
 * meeting requests. It is run by the coordinators of one coalition or the admins of one organisation
 * (an NHRI, an NGO), exactly one of the two.
 */
export const programmes = pgTable(
  "meeting_programmes",
  {
    id: text("id").primaryKey(),
    visitId: text("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    coalitionId: text("coalition_id").references(() => coalitions.id, { onDelete: "cascade" }),
    ownerOrgId: text("owner_org_id").references(() => organisations.id, { onDelete: "cascade" }),
    /** The IANA time zone new slots and the request form's days are written in. */
    timeZone: text("time_zone").notNull(),
    maxMeetingsPerRequest: integer("max_meetings_per_request").notNull().default(1),
    /** The request link's secret, hashed; the link works while `linkOpen`. */
    linkHash: text("link_hash").unique(),
    linkOpen: boolean("link_open").notNull().default(false),
    /** Bumped by every change the allocation reads, so a stale result is recognised. */
    revision: integer("revision").notNull().default(0),
    runState: text("run_state").$type<"idle" | "running" | "failed">().notNull().default("idle"),
    runStartedAt: timestamp("run_started_at", { withTimezone: true }),
    runError: text("run_error"),
    /** The last allocation, with the revision it was computed from. */
    result: jsonb("result").$type<StoredRun>(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedRevision: integer("published_revision"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meeting_programmes_visit_idx").on(t.visitId),
    index("meeting_programmes_coalition_idx").on(t.coalitionId),
    index("meeting_programmes_owner_idx").on(t.ownerOrgId),
    check("meeting_programmes_one_runner", sql`(${t.coalitionId} IS NULL) <> (${t.ownerOrgId} IS NULL)`),
    check("meeting_programmes_max_meetings", sql`${t.maxMeetingsPerRequest} BETWEEN 1 AND 50`),
  ],
);

/** A time the expert gives to civil society: one place, one city, for `capacity` organisations. */
export const slots = pgTable(
  "meeting_slots",
  {
    id: text("id").primaryKey(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** The IANA time zone the slot is shown in (where it takes place). */
    timeZone: text("time_zone").notNull(),
    city: text("city").notNull(),
    place: text("place"),
    capacity: integer("capacity").notNull(),
    theme: text("theme"),
    /** A closed meeting with one organisation, whatever `capacity` says. */
    private: boolean("private").notNull().default(false),
    createdAt: created(),
  },
  (t) => [
    index("meeting_slots_programme_idx").on(t.programmeId, t.startsAt),
    check("meeting_slots_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("meeting_slots_capacity", sql`${t.capacity} BETWEEN 1 AND 1000`),
  ],
);

/**
 * An organisation's meeting request, sent through the programme's link. Who to contact, its needs,
 * why it needs a private meeting and any facts in its own words are confidential: sealed together
 * in `confidential` (see `RequestConfidential`), opened only for the coordinator and the
 * organisation itself.
 */
export const requests = pgTable(
  "meeting_requests",
  {
    id: text("id").primaryKey(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    /** The organisation's account, when someone signed in sent it for one of their organisations. */
    orgId: text("org_id").references(() => organisations.id, { onDelete: "set null" }),
    organisation: text("organisation").notNull(),
    confidential: text("confidential").notNull(),
    needsPrivate: boolean("needs_private").notNull().default(false),
    themes: jsonb("themes").$type<string[]>().notNull(),
    cities: jsonb("cities").$type<string[]>().notNull(),
    available: jsonb("available").$type<Window[]>().notNull(),
    people: integer("people").notNull(),
    priorityFacts: jsonb("priority_facts").$type<string[]>().notNull().default([]),
    /** Set by the coordinator; until then the priority suggested by the facts counts. */
    priority: integer("priority"),
    /** Other organisations of a group meeting may see this organisation's name. */
    shareName: boolean("share_name").notNull().default(false),
    /** The language the form was filled in, for the e-mails it gets. */
    locale: text("locale").notNull().default("en"),
    status: text("status").$type<"active" | "withdrawn">().notNull().default("active"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /** The organisation's own link to its meetings and calendar, hashed; a new one with each e-mail. */
    participantTokenHash: text("participant_token_hash").unique(),
    submittedBy: text("submitted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
  },
  (t) => [
    index("meeting_requests_programme_idx").on(t.programmeId, t.createdAt),
    index("meeting_requests_org_idx").on(t.orgId),
    check("meeting_requests_priority", sql`${t.priority} IS NULL OR ${t.priority} BETWEEN 0 AND 3`),
    check("meeting_requests_people", sql`${t.people} BETWEEN 1 AND 100`),
  ],
);

/** The coordinator's decisions the allocation must keep: a request pinned to, or kept out of, a slot. */
export const placements = pgTable(
  "meeting_placements",
  {
    programmeId: text("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    requestId: text("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    slotId: text("slot_id")
      .notNull()
      .references(() => slots.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"pin" | "forbid">().notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.slotId] }),
    index("meeting_placements_programme_idx").on(t.programmeId),
  ],
);

/** The meetings as published to the organisations (and changed since by cancellations). */
export const meetings = pgTable(
  "meeting_assignments",
  {
    programmeId: text("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    requestId: text("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    slotId: text("slot_id")
      .notNull()
      .references(() => slots.id, { onDelete: "cascade" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.slotId] }),
    index("meeting_assignments_slot_idx").on(t.slotId),
    index("meeting_assignments_programme_idx").on(t.programmeId),
  ],
);
