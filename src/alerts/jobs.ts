import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { type Db, rows } from "../platform/db/client";
import type { Logger } from "../platform/log";
import { enqueueMail } from "../platform/mail/outbox";
import { digestDue, digestSlot, type NewEvent, whoToTell } from "./alerts";
import { type AlertMailKind, composeAlertMail } from "./mail";
import { alertPreferences, notifications } from "./schema";
import { followsOf, noticeQuery, preferencesOf } from "./store";

/** How the jobs queue mail; tests pass one that fails to show a failure changes nothing. */
export type Enqueue = typeof enqueueMail;

/** The advisory lock held while new events are turned into notices: one app server at a time. */
const EVENTS_LOCK = 4_172_001;
const WATERMARK = "visit_events";
const BATCH = 500;
const MAX_BATCHES = 20;

/**
 * Where it is safe to read up to: the start of the oldest transaction still open in this database
 * (or now). An event's recorded_at is the start of the transaction that wrote it, so every event
 * before this instant is committed and visible, while one written by a long import still running
 * is left for a later run instead of being passed by the watermark. Read in its own statement,
 * before the events are, so a transaction that ends in between is seen by the next statement.
 * Other app servers must use the same database role (the usual case) for their transactions to be
 * visible here.
 */
async function safeHorizon(db: Db): Promise<string> {
  const [row] = await rows<{ at: string }>(
    db,
    sql`SELECT least(now(), (
      SELECT min(xact_start) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND backend_type = 'client backend' AND xact_start IS NOT NULL))::text AS at`,
  );
  if (!row) throw new Error("no horizon");
  return row.at;
}

/**
 * Turns visit events recorded since the last run, by anyone (the API, an import, the reference
 * data), into notices for the people who follow their country, mandate or visit; queues the e-mail
 * of those who want it at once; and moves the watermark past them, all in one transaction. A crash
 * loses or doubles nothing: the transaction either happened or not, and a notice is unique per
 * person and event. The first run places the watermark at the newest event without telling anyone,
 * so the reference data already loaded notifies no one.
 */
export async function processNewEvents(
  db: Db,
  opts: { now: Date; baseUrl: string; enqueue?: Enqueue; batch?: number },
): Promise<{ events: number; notices: number; mails: number; locked: boolean }> {
  const total = { events: 0, notices: 0, mails: 0, locked: false };
  for (let i = 0; i < MAX_BATCHES; i++) {
    const done = await db.transaction((tx) => processBatch(tx as unknown as Db, opts));
    if (!done) return { ...total, locked: true };
    total.events += done.events;
    total.notices += done.notices;
    total.mails += done.mails;
    if (done.events < (opts.batch ?? BATCH)) break;
  }
  return total;
}

async function processBatch(
  db: Db,
  opts: { now: Date; baseUrl: string; enqueue?: Enqueue; batch?: number },
): Promise<{ events: number; notices: number; mails: number } | null> {
  const [lock] = await rows<{ locked: boolean }>(
    db,
    sql`SELECT pg_try_advisory_xact_lock(${EVENTS_LOCK}) AS locked`,
  );
  if (!lock?.locked) return null;
  const horizon = await safeHorizon(db);
  await db.execute(sql`INSERT INTO alert_watermark (name, recorded_at, event_id)
    SELECT ${WATERMARK}, coalesce(newest.recorded_at, '-infinity'), coalesce(newest.id, '')
    FROM (SELECT 1) one LEFT JOIN LATERAL (
      SELECT recorded_at, id FROM visit_events WHERE recorded_at < ${horizon}::timestamptz
      ORDER BY recorded_at DESC, id DESC LIMIT 1) newest ON true
    ON CONFLICT (name) DO NOTHING`);
  // Timestamps stay in SQL: JavaScript dates would drop the microseconds of the keyset.
  const events = await rows<{
    id: string;
    visit_id: string;
    recorded_by: string | null;
    country_iso3: string;
    mandate_id: string;
  }>(
    db,
    sql`SELECT e.id, e.visit_id, e.recorded_by, v.country_iso3, v.mandate_id
      FROM visit_events e
      JOIN visits v ON v.id = e.visit_id
      JOIN alert_watermark w ON w.name = ${WATERMARK}
      WHERE (e.recorded_at, e.id) > (w.recorded_at, w.event_id) AND e.recorded_at < ${horizon}::timestamptz
      ORDER BY e.recorded_at, e.id
      LIMIT ${opts.batch ?? BATCH}`,
  );
  const last = events.at(-1);
  if (!last) return { events: 0, notices: 0, mails: 0 };
  const news: NewEvent[] = events.map((e) => ({
    eventId: e.id,
    visitId: e.visit_id,
    countryIso3: e.country_iso3,
    mandateId: e.mandate_id,
    recordedBy: e.recorded_by,
  }));
  const candidates = await followsOf(db, {
    countries: [...new Set(news.map((e) => e.countryIso3))],
    mandates: [...new Set(news.map((e) => e.mandateId))],
    visits: [...new Set(news.map((e) => e.visitId))],
  });
  const people = await preferencesOf(db, [...new Set(candidates.map((f) => f.userId))]);
  const deliveries = whoToTell(news, candidates, (id) => {
    const p = people.get(id);
    return p ?? { inApp: false, emailDigest: "off" };
  });
  const made = deliveries.length
    ? await db
        .insert(notifications)
        .values(
          deliveries.map((d) => ({
            userId: d.userId,
            visitId: d.visitId,
            eventId: d.eventId,
            kind: d.kind,
            inApp: d.inApp,
            digestPending: d.mail === "digest",
            mailedAt: d.mail === "immediate" ? opts.now : null,
            createdAt: opts.now,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: notifications.id, userId: notifications.userId, mailedAt: notifications.mailedAt })
    : [];
  // One e-mail per person for the notices of this run, not one per event.
  const immediate = new Map<string, number[]>();
  for (const n of made) if (n.mailedAt) immediate.set(n.userId, [...(immediate.get(n.userId) ?? []), n.id]);
  for (const [userId, ids] of immediate) {
    const person = people.get(userId);
    if (!person) continue;
    await mailNotices(db, {
      kind: "immediate",
      to: person.email,
      locale: person.locale,
      ids,
      dedupeKey: `alerts:now:${userId}:${ids[0]}`,
      baseUrl: opts.baseUrl,
      enqueue: opts.enqueue ?? enqueueMail,
    });
  }
  await db.execute(sql`UPDATE alert_watermark w SET recorded_at = e.recorded_at, event_id = e.id, updated_at = now()
    FROM visit_events e WHERE w.name = ${WATERMARK} AND e.id = ${last.id}`);
  return { events: events.length, notices: made.length, mails: immediate.size };
}

async function mailNotices(
  db: Db,
  m: {
    kind: AlertMailKind;
    to: string;
    locale: Parameters<typeof composeAlertMail>[0]["locale"];
    ids: number[];
    dedupeKey: string;
    baseUrl: string;
    enqueue: Enqueue;
  },
): Promise<void> {
  const items = await noticeQuery(db, inArray(notifications.id, m.ids)).orderBy(notifications.id);
  const mail = composeAlertMail({ kind: m.kind, locale: m.locale, baseUrl: m.baseUrl, items });
  await m.enqueue(db, {
    to: m.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    dedupeKey: m.dedupeKey,
  });
}

const MAX_DIGESTS = 200;

/**
 * Sends the daily and weekly digests that are due at `now`: for each person, one e-mail with the
 * notices made before the slot, which are marked mailed in the same transaction. People are claimed
 * with FOR UPDATE SKIP LOCKED, so app servers running this together send each digest once; the
 * outbox key (person and slot) is a second guard.
 */
export async function sendDueDigests(
  db: Db,
  opts: { now: Date; baseUrl: string; log: Logger; enqueue?: Enqueue },
): Promise<{ sent: number; failed: number }> {
  const daily = digestSlot("daily", opts.now).toISOString();
  const weekly = digestSlot("weekly", opts.now).toISOString();
  const failed: string[] = [];
  let sent = 0;
  for (let i = 0; i < MAX_DIGESTS; i++) {
    let claimed: string | undefined;
    try {
      claimed = await db.transaction(async (tx) => {
        const t = tx as unknown as Db;
        const [p] = await rows<{
          user_id: string;
          email_digest: "daily" | "weekly";
          locale: Parameters<typeof composeAlertMail>[0]["locale"];
          last_digest_slot: string | null;
          email: string;
        }>(
          t,
          sql`SELECT p.user_id, p.email_digest, p.locale, to_json(p.last_digest_slot) #>> '{}' AS last_digest_slot, u.email
            FROM alert_preferences p JOIN users u ON u.id = p.user_id
            WHERE p.email_digest IN ('daily', 'weekly')
              AND (p.last_digest_slot IS NULL OR p.last_digest_slot <
                CASE p.email_digest WHEN 'daily' THEN ${daily}::timestamptz ELSE ${weekly}::timestamptz END)
              AND EXISTS (SELECT 1 FROM alert_notifications n
                WHERE n.user_id = p.user_id AND n.digest_pending AND n.created_at <
                  CASE p.email_digest WHEN 'daily' THEN ${daily}::timestamptz ELSE ${weekly}::timestamptz END)
              ${
                failed.length
                  ? sql`AND p.user_id NOT IN (${sql.join(
                      failed.map((f) => sql`${f}`),
                      sql`, `,
                    )})`
                  : sql``
              }
            ORDER BY p.user_id
            LIMIT 1
            FOR UPDATE OF p SKIP LOCKED`,
        );
        if (!p) return undefined;
        claimed = p.user_id;
        const slot = digestDue(
          p.email_digest,
          p.last_digest_slot ? new Date(p.last_digest_slot) : null,
          opts.now,
        );
        // The query asked for the same condition; this gives the slot.
        if (!slot) throw new Error("digest claimed but not due");
        const pending = await t
          .select({ id: notifications.id })
          .from(notifications)
          .where(
            and(
              eq(notifications.userId, p.user_id),
              eq(notifications.digestPending, true),
              lt(notifications.createdAt, slot),
            ),
          )
          .orderBy(notifications.id);
        const ids = pending.map((n) => n.id);
        await mailNotices(t, {
          kind: p.email_digest,
          to: p.email,
          locale: p.locale,
          ids,
          dedupeKey: `alerts:digest:${p.user_id}:${slot.toISOString()}`,
          baseUrl: opts.baseUrl,
          enqueue: opts.enqueue ?? enqueueMail,
        });
        await t
          .update(notifications)
          .set({ digestPending: false, mailedAt: opts.now })
          .where(inArray(notifications.id, ids));
        await t
          .update(alertPreferences)
          .set({ lastDigestSlot: slot })
          .where(eq(alertPreferences.userId, p.user_id));
        return p.user_id;
      });
    } catch (err) {
      // This person's digest waits for the next run; the others still go out.
      if (!claimed) throw err;
      failed.push(claimed);
      opts.log.warn("digest not queued", { userId: claimed, error: String(err) });
      continue;
    }
    if (!claimed) break;
    sent++;
  }
  return { sent, failed: failed.length };
}

/**
 * The alert work of the background tick: notices for new events, then the digests that are due.
 * Links in e-mails use the public address (PUBLIC_URL) unless `baseUrl` is given.
 */
export async function runAlertWork(opts: {
  db: Db;
  log: Logger;
  clock: () => Date;
  baseUrl: string;
}): Promise<void> {
  const now = opts.clock();
  const baseUrl = opts.baseUrl;
  await processNewEvents(opts.db, { now, baseUrl });
  await sendDueDigests(opts.db, { now, baseUrl, log: opts.log });
}
