import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { coalitions, organisations } from "../accounts/schema";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import type { Provenance } from "../platform/provenance";
import type { Inconsistency, VisitStatus } from "./status";

/**
 * One mission (requested, planned or done) of one mandate to one country. Its status and dates are
 * derived from its events by `deriveVisit` and stored beside it only so lists can filter and sort
 * in SQL; every write of an event derives them again.
 */
export const visits = pgTable(
  "visits",
  {
    id: text("id").primaryKey(),
    /** For imported visits: the key the import recognises it by, so importing twice changes nothing. */
    importKey: text("import_key"),
    countryIso3: text("country_iso3")
      .notNull()
      .references(() => countries.iso3),
    mandateId: text("mandate_id")
      .notNull()
      .references(() => mandates.id),
    mandateAsPublished: text("mandate_as_published"),
    mandateHolder: text("mandate_holder"),
    status: text("status").$type<VisitStatus>().notNull(),
    requestedOn: date("requested_on", { mode: "string" }),
    visitFrom: date("visit_from", { mode: "string" }),
    visitTo: date("visit_to", { mode: "string" }),
    lastEventOn: date("last_event_on", { mode: "string" }),
    /** The Government's first answer to the request, for response rates and times. */
    answeredOn: date("answered_on", { mode: "string" }),
    reminders: integer("reminders").notNull().default(0),
    reportSymbol: text("report_symbol"),
    inconsistencies: jsonb("inconsistencies").$type<Inconsistency[]>().notNull().default([]),
    provenance: jsonb("provenance").$type<Provenance>().notNull(),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("visits_import_key_idx").on(t.importKey),
    index("visits_country_idx").on(t.countryIso3, t.lastEventOn),
    index("visits_mandate_idx").on(t.mandateId, t.lastEventOn),
    index("visits_status_idx").on(t.status, t.lastEventOn),
    // The list's default order (latest activity first), so a page never sorts the whole registry.
    index("visits_recent_idx").on(t.lastEventOn.desc().nullsLast(), t.id),
  ],
);

export const visitEvents = pgTable(
  "visit_events",
  {
    id: text("id").primaryKey(),
    visitId: text("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    precision: text("precision").$type<"day" | "month" | "year">().notNull().default("day"),
    dateFrom: date("date_from", { mode: "string" }),
    dateTo: date("date_to", { mode: "string" }),
    symbol: text("symbol"),
    session: integer("session"),
    /** The document or address the event is known from. */
    source: text("source"),
    note: text("note"),
    recordedBy: text("recorded_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("visit_events_visit_idx").on(t.visitId, t.date),
    // The alerts job reads new events in the order they were recorded.
    index("visit_events_recorded_idx").on(t.recordedAt, t.id),
    uniqueIndex("visit_events_unique_idx").on(t.visitId, t.type, t.date, sql`coalesce(${t.symbol}, '')`),
  ],
);

/**
 * An unofficial visit: a mandate holder comes to an event (a conference, a hearing) at the invitation
 * of civil society, outside the State's official programme. Its own record, never a status of a visit,
 * because it does not bind the State; `visitId` links the official request that may follow it.
 * Who hosted whom can expose a host to reprisals, so it carries the common visibility columns.
 */
export const unofficialVisits = pgTable(
  "unofficial_visits",
  {
    id: text("id").primaryKey(),
    countryIso3: text("country_iso3")
      .notNull()
      .references(() => countries.iso3),
    mandateId: text("mandate_id")
      .notNull()
      .references(() => mandates.id),
    mandateHolder: text("mandate_holder"),
    event: text("event").notNull(),
    host: text("host").notNull(),
    city: text("city"),
    dateFrom: date("date_from", { mode: "string" }).notNull(),
    dateTo: date("date_to", { mode: "string" }).notNull(),
    outcome: text("outcome"),
    source: text("source"),
    visitId: text("visit_id").references(() => visits.id, { onDelete: "set null" }),
    visibility: text("visibility").$type<"public" | "coalition" | "organisation" | "named">().notNull(),
    ownerOrgId: text("owner_org_id").references(() => organisations.id, { onDelete: "cascade" }),
    coalitionId: text("coalition_id").references(() => coalitions.id, { onDelete: "set null" }),
    namedUserIds: text("named_user_ids").array().notNull().default([]),
    cancelled: boolean("cancelled").notNull().default(false),
    recordedBy: text("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("unofficial_visits_country_idx").on(t.countryIso3, t.dateFrom),
    index("unofficial_visits_mandate_idx").on(t.mandateId, t.dateFrom),
  ],
);
