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
import { coalitions, organisations, users } from "../accounts/schema";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import { unofficialVisits, visits } from "../visits/schema";
import type { ActionKind, LogVisibility } from "./log";
import type { SignatureStatus } from "./signon";

const created = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * A letter an organisation drafts from one of the four templates. `data` holds the template's
 * fields as the writer left them; the organisation's name and logo and the confirmed signatories
 * are added when the letter is composed, so they are always current. It belongs to its
 * organisation and may be shared with one coalition (the common visibility columns).
 */
export const letters = pgTable(
  "advocacy_letters",
  {
    id: text("id").primaryKey(),
    template: text("template").notNull(),
    title: text("title").notNull(),
    language: text("language").notNull(),
    countryIso3: text("country_iso3")
      .notNull()
      .references(() => countries.iso3),
    mandateId: text("mandate_id").references(() => mandates.id),
    /** The official visit (request) the letter is about. */
    visitId: text("visit_id").references(() => visits.id, { onDelete: "set null" }),
    /** The unofficial visit an invitation letter invites to. */
    unofficialVisitId: text("unofficial_visit_id").references(() => unofficialVisits.id, {
      onDelete: "set null",
    }),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    visibility: text("visibility").$type<"organisation" | "coalition">().notNull(),
    ownerOrgId: text("owner_org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    coalitionId: text("coalition_id").references(() => coalitions.id, { onDelete: "set null" }),
    namedUserIds: text("named_user_ids").array().notNull().default([]),
    /** Sign-on is open until this moment; null while it was never opened. */
    signOnDeadline: timestamp("sign_on_deadline", { withTimezone: true }),
    /** The public sign-on link's secret, hashed; shown once to the owner when made. */
    signOnLinkHash: text("sign_on_link_hash").unique(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("advocacy_letters_owner_idx").on(t.ownerOrgId, t.updatedAt),
    index("advocacy_letters_coalition_idx").on(t.coalitionId),
  ],
);

/**
 * An organisation's signature on a letter, pending until confirmed by the link mailed to its
 * contact. The contact address is personal data: only the owner organisation sees it.
 */
export const signatures = pgTable(
  "advocacy_signatures",
  {
    id: text("id").primaryKey(),
    letterId: text("letter_id")
      .notNull()
      .references(() => letters.id, { onDelete: "cascade" }),
    orgName: text("org_name").notNull(),
    countryIso3: text("country_iso3").references(() => countries.iso3),
    /** Sealed with the keyring (see sealedColumns): a signatory's address is personal data. */
    contactEmail: text("contact_email").notNull(),
    /** SHA-256 of the letter and the lower-cased address: finds a repeated signature without the address in clear. */
    contactHash: text("contact_hash").notNull(),
    listPublicly: boolean("list_publicly").notNull(),
    /** The organisation on Visitdesk that signed, when one of its members signed while signed in. */
    orgId: text("org_id").references(() => organisations.id, { onDelete: "set null" }),
    status: text("status").$type<SignatureStatus>().notNull(),
    confirmTokenHash: text("confirm_token_hash").notNull().unique(),
    withdrawTokenHash: text("withdraw_token_hash").notNull().unique(),
    /** The place the owner gave it in the letter's list; null lists it in order of confirmation. */
    position: integer("position"),
    /** The language its e-mails are written in. */
    locale: text("locale").notNull(),
    createdAt: created(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [
    index("advocacy_signatures_letter_idx").on(t.letterId, t.status),
    // One live signature per address and letter, even when two requests race.
    uniqueIndex("advocacy_signatures_contact_idx")
      .on(t.letterId, t.contactHash)
      .where(sql`status <> 'withdrawn'`),
  ],
);

/**
 * One advocacy action of an organisation (a letter sent, a meeting with a ministry, a statement),
 * linked to the visit it was about so its timeline shows what the registry recorded after it.
 */
export const actions = pgTable(
  "advocacy_actions",
  {
    id: text("id").primaryKey(),
    kind: text("kind").$type<ActionKind>().notNull(),
    date: date("date", { mode: "string" }).notNull(),
    target: text("target").notNull(),
    channel: text("channel"),
    response: text("response"),
    countryIso3: text("country_iso3")
      .notNull()
      .references(() => countries.iso3),
    visitId: text("visit_id").references(() => visits.id, { onDelete: "set null" }),
    letterId: text("letter_id").references(() => letters.id, { onDelete: "set null" }),
    visibility: text("visibility").$type<LogVisibility>().notNull(),
    ownerOrgId: text("owner_org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    coalitionId: text("coalition_id").references(() => coalitions.id, { onDelete: "set null" }),
    namedUserIds: text("named_user_ids").array().notNull().default([]),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
  },
  (t) => [
    index("advocacy_actions_visit_idx").on(t.visitId, t.date),
    index("advocacy_actions_owner_idx").on(t.ownerOrgId, t.date),
    index("advocacy_actions_country_idx").on(t.countryIso3, t.date),
  ],
);
