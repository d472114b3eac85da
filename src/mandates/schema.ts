import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { Provenance } from "../platform/provenance";

export const mandates = pgTable("mandates", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  /** Official titles in other languages, keyed by language code, each with its own confidence. */
  titles: jsonb("titles").$type<Record<string, { text: string; confidence: string }>>().notNull(),
  shortName: text("short_name").notNull(),
  kind: text("kind").$type<"special_rapporteur" | "independent_expert" | "working_group">().notNull(),
  scope: text("scope").$type<"thematic" | "country">().notNull(),
  countryIso3: text("country_iso3"),
  yearEstablished: integer("year_established"),
  establishingInstrument: text("establishing_instrument"),
  holder: text("holder"),
  holderAsOf: text("holder_as_of"),
  email: text("email"),
  provenance: jsonb("provenance").$type<Provenance>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
