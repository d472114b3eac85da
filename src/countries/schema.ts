import { date, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { Provenance } from "../platform/provenance";

export const countries = pgTable("countries", {
  iso3: text("iso3").primaryKey(),
  iso2: text("iso2").notNull(),
  m49: text("m49"),
  /** Names in the six UN languages (ar, en, es, fr, ru, zh). */
  names: jsonb("names").$type<Record<string, string>>().notNull(),
  region: text("region").notNull(),
  subregion: text("subregion"),
  unRegionalGroup: text("un_regional_group"),
  unStatus: text("un_status").$type<"member" | "observer" | "non_member">().notNull(),
  provenance: jsonb("provenance").$type<Provenance>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A State's standing invitation to all thematic mandates, as far as our sources show it. */
export const standingInvitations = pgTable("standing_invitations", {
  countryIso3: text("country_iso3")
    .primaryKey()
    .references(() => countries.iso3),
  extended: text("extended").$type<"yes" | "no">().notNull(),
  dateExtended: date("date_extended", { mode: "string" }),
  extendedOnOrBefore: date("extended_on_or_before", { mode: "string" }),
  yearRecalled: integer("year_recalled"),
  provenance: jsonb("provenance").$type<Provenance>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
