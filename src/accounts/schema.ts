import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const created = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Lower-cased; unique. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    platformAdmin: boolean("platform_admin").notNull().default(false),
    /** The TOTP secret, sealed with the keyring (never in clear). */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last TOTP step used, so a code cannot be replayed. */
    totpLastStep: integer("totp_last_step"),
    /** SHA-256 hashes of unused recovery codes. */
    recoveryCodes: jsonb("recovery_codes").$type<string[]>().notNull().default([]),
    createdAt: created(),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email)],
);

export const organisations = pgTable(
  "organisations",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<"ngo" | "nhri" | "victims_group" | "other">().notNull(),
    countryIso3: text("country_iso3"),
    /** Coordinators and admins of this organisation must use two-factor sign-in. */
    requireTwoFactor: boolean("require_two_factor").notNull().default(false),
    /** The logo in the file store (PNG or JPEG), shown on its page and printed on its letters. */
    logoKey: text("logo_key"),
    logoType: text("logo_type"),
    createdAt: created(),
  },
  (t) => [uniqueIndex("organisations_slug_idx").on(t.slug)],
);

export const memberships = pgTable(
  "memberships",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<"member" | "admin">().notNull(),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

export const coalitions = pgTable(
  "coalitions",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    requireTwoFactor: boolean("require_two_factor").notNull().default(false),
    createdAt: created(),
  },
  (t) => [uniqueIndex("coalitions_slug_idx").on(t.slug)],
);

export const coalitionMembers = pgTable(
  "coalition_members",
  {
    coalitionId: text("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    orgId: text("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.coalitionId, t.orgId] })],
);

export const coalitionCoordinators = pgTable(
  "coalition_coordinators",
  {
    coalitionId: text("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.coalitionId, t.userId] })],
);

/** A single-use, expiring invitation by e-mail link; only a hash of its token is stored. */
export const invitations = pgTable("invitations", {
  id: text("id").primaryKey(),
  tokenHash: text("token_hash").notNull().unique(),
  kind: text("kind").$type<"organisation" | "coalition">().notNull(),
  /** The organisation (kind organisation) or coalition (kind coalition) invited to. */
  targetId: text("target_id").notNull(),
  email: text("email").notNull(),
  /** For an organisation: member or admin. For a coalition: the invited organisation's id. */
  role: text("role").notNull(),
  invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: created(),
});

export const joinRequests = pgTable(
  "join_requests",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message"),
    status: text("status").$type<"pending" | "accepted" | "declined">().notNull().default("pending"),
    decidedBy: text("decided_by"),
    createdAt: created(),
  },
  (t) => [uniqueIndex("join_requests_pending_idx").on(t.orgId, t.userId).where(sql`status = 'pending'`)],
);

/** Sessions live in the database so any app server can serve any request. Only a hash of the cookie is kept. */
export const sessions = pgTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfSecret: text("csrf_secret").notNull(),
    createdAt: created(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const apiTokens = pgTable("api_tokens", {
  id: text("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  createdAt: created(),
});

/**
 * Single-use links sent by e-mail: finishing a sign-up (which proves the address) and resetting a
 * password. Only a hash of the token is stored.
 */
export const emailTokens = pgTable("email_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  purpose: text("purpose").$type<"signup" | "reset">().notNull(),
  email: text("email").notNull(),
  userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: created(),
});
