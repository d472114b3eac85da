import { and, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { users } from "../accounts/schema";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import { hashToken, newId, newToken } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/errors";
import type { Locale } from "../platform/i18n";
import { visitEvents, visits } from "../visits/schema";
import {
  type DigestFrequency,
  defaultPreferences,
  type FollowInput,
  type FollowKind,
  normaliseFollow,
  type Preferences,
} from "./alerts";
import { alertPreferences, feedTokens, follows, notifications } from "./schema";

// Following

export interface FollowView {
  kind: FollowKind;
  target: string;
  createdAt: Date;
  /** What it is, for lists: a country's names, a mandate's titles, or a visit's country and mandate. */
  countryNames: Record<string, string> | null;
  mandateTitle: string | null;
  mandateTitles: Record<string, { text: string; confidence: string }> | null;
  visitYear: string | null;
}

/** The page a followed thing lives on. */
export const followUrl = (f: { kind: FollowKind; target: string }) =>
  f.kind === "country"
    ? `/countries/${f.target}`
    : f.kind === "mandate"
      ? `/mandates/${f.target}`
      : `/visits/${f.target}`;

async function targetExists(db: Db, f: FollowInput): Promise<boolean> {
  const found =
    f.kind === "country"
      ? await db.select({ id: countries.iso3 }).from(countries).where(eq(countries.iso3, f.target))
      : f.kind === "mandate"
        ? await db.select({ id: mandates.id }).from(mandates).where(eq(mandates.id, f.target))
        : await db.select({ id: visits.id }).from(visits).where(eq(visits.id, f.target));
  return found.length > 0;
}

/** Follows a country, mandate or visit; following twice changes nothing. */
export async function follow(
  db: Db,
  userId: string,
  input: FollowInput,
): Promise<FollowInput & { createdAt: Date }> {
  const f = normaliseFollow(input);
  if (!(await targetExists(db, f))) {
    throw new AppError(422, "unknown_target", `There is no ${f.kind} “${f.target}” to follow.`, [
      { path: "target", message: "Not found" },
    ]);
  }
  await db
    .insert(follows)
    .values({ userId, ...f })
    .onConflictDoNothing();
  const [row] = await db
    .select({ createdAt: follows.createdAt })
    .from(follows)
    .where(and(eq(follows.userId, userId), eq(follows.kind, f.kind), eq(follows.target, f.target)));
  return { ...f, createdAt: row?.createdAt ?? new Date() };
}

export async function unfollow(db: Db, userId: string, input: FollowInput): Promise<boolean> {
  const f = normaliseFollow(input);
  const gone = await db
    .delete(follows)
    .where(and(eq(follows.userId, userId), eq(follows.kind, f.kind), eq(follows.target, f.target)))
    .returning({ kind: follows.kind });
  return gone.length > 0;
}

/** Whether the person follows it, for the state of a follow button. */
export async function isFollowing(
  db: Db,
  userId: string,
  kind: FollowKind,
  target: string,
): Promise<boolean> {
  const f = normaliseFollow({ kind, target });
  const [row] = await db
    .select({ kind: follows.kind })
    .from(follows)
    .where(and(eq(follows.userId, userId), eq(follows.kind, f.kind), eq(follows.target, f.target)));
  return row !== undefined;
}

export async function listFollows(db: Db, userId: string): Promise<FollowView[]> {
  const rows = await db
    .select({
      kind: follows.kind,
      target: follows.target,
      createdAt: follows.createdAt,
      countryNames: countries.names,
      mandateTitle: mandates.title,
      mandateTitles: mandates.titles,
      visitYear: sql<
        string | null
      >`substr(coalesce(${visits.visitFrom}, ${visits.requestedOn}, ${visits.lastEventOn})::text, 1, 4)`,
    })
    .from(follows)
    .leftJoin(visits, and(eq(follows.kind, "visit"), eq(visits.id, follows.target)))
    .leftJoin(
      countries,
      sql`${countries.iso3} = CASE WHEN ${follows.kind} = 'visit' THEN ${visits.countryIso3} WHEN ${follows.kind} = 'country' THEN ${follows.target} END`,
    )
    .leftJoin(
      mandates,
      sql`${mandates.id} = CASE WHEN ${follows.kind} = 'visit' THEN ${visits.mandateId} WHEN ${follows.kind} = 'mandate' THEN ${follows.target} END`,
    )
    .where(eq(follows.userId, userId))
    .orderBy(follows.kind, desc(follows.createdAt));
  return rows;
}

/** The follows of several things at once, for the job that matches new events. */
export async function followsOf(
  db: Db,
  targets: { countries: string[]; mandates: string[]; visits: string[] },
): Promise<{ userId: string; kind: FollowKind; target: string }[]> {
  const any: SQL[] = [];
  const add = (kind: FollowKind, list: string[]) => {
    if (list.length) any.push(and(eq(follows.kind, kind), inArray(follows.target, list)) as SQL);
  };
  add("country", targets.countries);
  add("mandate", targets.mandates);
  add("visit", targets.visits);
  if (!any.length) return [];
  return db
    .select({ userId: follows.userId, kind: follows.kind, target: follows.target })
    .from(follows)
    .where(sql.join(any, sql` OR `));
}

// Preferences

export interface StoredPreferences extends Preferences {
  locale: Locale;
  lastDigestSlot: Date | null;
}

export async function getPreferences(db: Db, userId: string): Promise<StoredPreferences> {
  const [row] = await db.select().from(alertPreferences).where(eq(alertPreferences.userId, userId));
  return row
    ? {
        inApp: row.inApp,
        emailDigest: row.emailDigest,
        locale: row.locale as Locale,
        lastDigestSlot: row.lastDigestSlot,
      }
    : { ...defaultPreferences, locale: "en", lastDigestSlot: null };
}

/**
 * Saves how the person wants to be told and, when given, the language their e-mails are written
 * in. Leaving daily or weekly e-mail drops what was waiting for the digest.
 */
export async function savePreferences(
  db: Db,
  userId: string,
  prefs: Preferences,
  locale?: Locale,
): Promise<StoredPreferences> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const chosen = { inApp: prefs.inApp, emailDigest: prefs.emailDigest, ...(locale ? { locale } : {}) };
    await t
      .insert(alertPreferences)
      .values({ userId, ...chosen })
      .onConflictDoUpdate({ target: alertPreferences.userId, set: { ...chosen, updatedAt: new Date() } });
    if (prefs.emailDigest !== "daily" && prefs.emailDigest !== "weekly") {
      await t
        .update(notifications)
        .set({ digestPending: false })
        .where(and(eq(notifications.userId, userId), eq(notifications.digestPending, true)));
    }
    return getPreferences(t, userId);
  });
}

/** Keeps the language of a person who follows something, without touching their other choices. */
export async function rememberLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db
    .insert(alertPreferences)
    .values({ userId, locale })
    .onConflictDoUpdate({ target: alertPreferences.userId, set: { locale } });
}

export async function preferencesOf(
  db: Db,
  userIds: string[],
): Promise<Map<string, { inApp: boolean; emailDigest: DigestFrequency; locale: Locale; email: string }>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      inApp: alertPreferences.inApp,
      emailDigest: alertPreferences.emailDigest,
      locale: alertPreferences.locale,
    })
    .from(users)
    .leftJoin(alertPreferences, eq(alertPreferences.userId, users.id))
    .where(inArray(users.id, userIds));
  return new Map(
    rows.map((r) => [
      r.userId,
      {
        inApp: r.inApp ?? defaultPreferences.inApp,
        emailDigest: r.emailDigest ?? defaultPreferences.emailDigest,
        locale: (r.locale ?? "en") as Locale,
        email: r.email,
      },
    ]),
  );
}

// Notifications

export interface NotificationView {
  id: number;
  kind: FollowKind;
  createdAt: Date;
  readAt: Date | null;
  visitId: string;
  eventId: string;
  eventType: string;
  eventDate: string;
  precision: "day" | "month" | "year";
  symbol: string | null;
  note: string | null;
  countryIso3: string;
  mandateId: string;
  countryNames: Record<string, string>;
  mandateTitle: string;
  mandateTitles: Record<string, { text: string; confidence: string }>;
}

/** Notices with what an e-mail or a page shows of them, in the order they were made. */
export function noticeQuery(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      visitId: notifications.visitId,
      eventId: notifications.eventId,
      eventType: visitEvents.type,
      eventDate: visitEvents.date,
      precision: visitEvents.precision,
      symbol: visitEvents.symbol,
      note: visitEvents.note,
      countryIso3: visits.countryIso3,
      mandateId: visits.mandateId,
      countryNames: countries.names,
      mandateTitle: mandates.title,
      mandateTitles: mandates.titles,
    })
    .from(notifications)
    .innerJoin(visitEvents, eq(visitEvents.id, notifications.eventId))
    .innerJoin(visits, eq(visits.id, notifications.visitId))
    .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
    .innerJoin(mandates, eq(mandates.id, visits.mandateId))
    .where(where)
    .$dynamic();
}

const shown = (userId: string) => and(eq(notifications.userId, userId), eq(notifications.inApp, true));

export async function listNotifications(
  db: Db,
  userId: string,
  opts: { limit: number; offset: number; unreadOnly?: boolean },
): Promise<{ items: NotificationView[]; total: number; unread: number }> {
  const where = opts.unreadOnly ? and(shown(userId), isNull(notifications.readAt)) : shown(userId);
  const [items, [total], unread] = await Promise.all([
    noticeQuery(db, where).orderBy(desc(notifications.id)).limit(opts.limit).offset(opts.offset),
    db.select({ n: count() }).from(notifications).where(where),
    unreadCount(db, userId),
  ]);
  return { items, total: total?.n ?? 0, unread };
}

/** Unread notices shown in the app, for a badge in the header. */
export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(shown(userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks some (by id) or all of the person's notices read; only their own. */
export async function markRead(db: Db, userId: string, now: Date, ids?: number[]): Promise<number> {
  const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  const done = await db
    .update(notifications)
    .set({ readAt: now })
    .where(ids ? and(mine, inArray(notifications.id, ids.length ? ids : [-1])) : mine)
    .returning({ id: notifications.id });
  return done.length;
}

// Private feed tokens

/** A new private feed address; the person's previous one stops working. Only its hash is kept. */
export async function createFeedToken(db: Db, userId: string, now: Date): Promise<string> {
  const token = newToken("vdf_");
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await revokeFeedTokens(t, userId, now);
    await t.insert(feedTokens).values({ id: newId(), userId, tokenHash: hashToken(token) });
  });
  return token;
}

export async function revokeFeedTokens(db: Db, userId: string, now: Date): Promise<number> {
  const done = await db
    .update(feedTokens)
    .set({ revokedAt: now })
    .where(and(eq(feedTokens.userId, userId), isNull(feedTokens.revokedAt)))
    .returning({ id: feedTokens.id });
  return done.length;
}

export async function activeFeedToken(db: Db, userId: string): Promise<{ createdAt: Date } | undefined> {
  const [row] = await db
    .select({ createdAt: feedTokens.createdAt })
    .from(feedTokens)
    .where(and(eq(feedTokens.userId, userId), isNull(feedTokens.revokedAt)));
  return row;
}

/** Whose private feed a token opens, if it is a live one. */
export async function feedOwner(
  db: Db,
  token: string,
): Promise<{ userId: string; tokenId: string } | undefined> {
  const [row] = await db
    .select({ userId: feedTokens.userId, tokenId: feedTokens.id })
    .from(feedTokens)
    .where(and(eq(feedTokens.tokenHash, hashToken(token)), isNull(feedTokens.revokedAt)));
  return row;
}
