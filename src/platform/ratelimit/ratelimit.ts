import { and, lt, sql } from "drizzle-orm";
import { type Db, rows } from "../db/client";
import { rateLimits } from "./schema";

export interface Window {
  /** Window length in seconds. */
  seconds: number;
}

function windowStart(now: Date, seconds: number): Date {
  return new Date(Math.floor(now.getTime() / 1000 / seconds) * seconds * 1000);
}

/** Counts one more hit for `key` in the current window and returns the count; shared by every app server. */
export async function hit(
  db: Db,
  key: string,
  w: Window,
  now: Date,
): Promise<{ hits: number; resetAt: Date }> {
  const start = windowStart(now, w.seconds);
  const [row] = await rows<{ hits: number }>(
    db,
    sql`INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, ${start.toISOString()}, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
  );
  return { hits: row?.hits ?? 1, resetAt: new Date(start.getTime() + w.seconds * 1000) };
}

export async function peek(db: Db, key: string, w: Window, now: Date): Promise<number> {
  const start = windowStart(now, w.seconds);
  const [row] = await rows<{ hits: number }>(
    db,
    sql`SELECT hits FROM rate_limits WHERE key = ${key} AND window_start = ${start.toISOString()}`,
  );
  return row?.hits ?? 0;
}

export async function pruneRateLimits(db: Db, now: Date, olderThanSeconds = 86_400): Promise<void> {
  await db
    .delete(rateLimits)
    .where(and(lt(rateLimits.windowStart, new Date(now.getTime() - olderThanSeconds * 1000))));
}
