import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "../accounts/schema";
import { visitEvents, visits } from "../visits/schema";
import type { DigestFrequency, FollowKind } from "./alerts";

const created = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** What a person follows: a country (ISO3), a mandate (id) or one visit (id). */
export const follows = pgTable(
  "alert_follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<FollowKind>().notNull(),
    target: text("target").notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind, t.target] }),
    // Who follows the country, mandate or visit of a new event.
    index("alert_follows_target_idx").on(t.kind, t.target),
  ],
);

/** How a person wants to be told; a person without a row has the defaults (in-app only). */
export const alertPreferences = pgTable("alert_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  inApp: boolean("in_app").notNull().default(true),
  emailDigest: text("email_digest").$type<DigestFrequency>().notNull().default("off"),
  /** The language the person last used the site in: their e-mails are written in it. */
  locale: text("locale").notNull().default("en"),
  /** The digest slot (see `digestSlot`) of the last digest sent, so a slot is mailed once. */
  lastDigestSlot: timestamp("last_digest_slot", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One notice of one visit event for one person. Unique per person and event, so processing an event
 * twice tells no one twice. `digestPending` marks those still owed to a daily or weekly digest.
 */
export const notifications = pgTable(
  "alert_notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    visitId: text("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    eventId: text("event_id")
      .notNull()
      .references(() => visitEvents.id, { onDelete: "cascade" }),
    /** The most specific follow that matched: visit, then mandate, then country. */
    kind: text("kind").$type<FollowKind>().notNull(),
    /** Shown on the person's page (they had in-app notices on when it was made). */
    inApp: boolean("in_app").notNull(),
    digestPending: boolean("digest_pending").notNull().default(false),
    createdAt: created(),
    readAt: timestamp("read_at", { withTimezone: true }),
    mailedAt: timestamp("mailed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("alert_notifications_user_event_idx").on(t.userId, t.eventId),
    index("alert_notifications_user_idx").on(t.userId, t.id),
    index("alert_notifications_digest_idx").on(t.userId).where(sql`digest_pending`),
  ],
);

/**
 * How far the visit events have been turned into notifications: the last event processed, in
 * (recorded_at, id) order. Created at the newest event the first time the job runs, so the events
 * already there (the reference data) notify no one.
 */
export const alertWatermark = pgTable("alert_watermark", {
  name: text("name").primaryKey(),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  eventId: text("event_id").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The secret of a private feed URL; only its hash is kept, and revoking it ends it at once. */
export const feedTokens = pgTable(
  "alert_feed_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: created(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("alert_feed_tokens_user_idx").on(t.userId)],
);
