import { sql } from "drizzle-orm";
import { type Database, rows } from "../src/platform/db/client";
import { createApp } from "../src/platform/http/app";
import { listVisits, type VisitFilter } from "../src/visits/store";
import { testDeps } from "../test/support/app";
import { createTestDb } from "./db";

/**
 * A registry of `visits` visits with five events each, made in SQL so seeding takes seconds:
 * random countries and mandates, dates over thirty years, statuses spread like real ones.
 */
async function seed(database: Database, visits: number): Promise<void> {
  const db = database.db;
  await db.execute(sql`
    WITH c AS (SELECT array_agg(iso3 ORDER BY iso3) AS a FROM countries),
         m AS (SELECT array_agg(id ORDER BY id) AS a FROM mandates)
    INSERT INTO visits (id, country_iso3, mandate_id, status, requested_on, answered_on, visit_from, visit_to,
                        last_event_on, reminders, provenance)
    SELECT 'bench-' || g,
           c.a[1 + (g * 7919) % array_length(c.a, 1)],
           m.a[1 + (g * 104729) % array_length(m.a, 1)],
           (ARRAY['requested','accepted','scheduled','completed','reported','declined'])[1 + g % 6],
           d, CASE WHEN g % 3 = 0 THEN NULL ELSE d + 120 END, d + 400, d + 410, d + 800, g % 4,
           '{"source":"benchmark","asOf":null,"confidence":"corpus","evidence":[],"note":null}'::jsonb
    FROM generate_series(1, ${visits}) AS g, c, m,
         LATERAL (SELECT DATE '1995-01-01' + ((g * 37) % 11000) AS d) AS dd`);
  await db.execute(sql`
    INSERT INTO visit_events (id, visit_id, type, date)
    SELECT v.id || '-' || k, v.id, (ARRAY['requested','reminder','accepted','dates_agreed','completed'])[k],
           v.requested_on + k * 160
    FROM visits v, generate_series(1, 5) AS k
    WHERE v.id LIKE 'bench-%'`);
  await db.execute(sql`ANALYZE`);
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  return { p50: at(0.5), p95: at(0.95) };
}

/** p50 and p95 of `fn`; `before` runs untimed ahead of each call (e.g. to change the data). */
async function timed(runs: number, fn: () => Promise<unknown>, before?: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return percentiles(times);
}

const filters: [string, Partial<VisitFilter>][] = [
  ["no filter", {}],
  ["country", { country: "KEN" }],
  ["mandate", { mandate: "sr-torture" }],
  ["status", { status: ["requested"] }],
  ["region", { region: "Africa" }],
  ["year", { year: 2012 }],
  ["country + status + year", { country: "BRA", status: ["completed", "reported"], year: 2010 }],
  ["sorted by country, page 100", { sort: "country", offset: 4950 }],
];

/** The visits list and the feeds over a large registry: the targets are p95 < 50 ms. */
export async function registryLatency(engine: "pglite" | "postgres", serverUrl: string, visits = 20_000) {
  const database = await createTestDb(engine, serverUrl);
  try {
    const t0 = performance.now();
    await seed(database, visits);
    const seedSeconds = (performance.now() - t0) / 1000;
    const [counted] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM visit_events`,
    );
    const events = counted?.n ?? 0;
    const list: { name: string; p50: number; p95: number }[] = [];
    for (const [name, f] of filters)
      list.push({
        name,
        ...(await timed(40, () => listVisits(database.db, { limit: 50, offset: 0, ...f }))),
      });
    const app = createApp(testDeps(database));
    const feeds: { name: string; p50: number; p95: number }[] = [];
    for (const path of [
      "/feeds/countries/KEN.atom",
      "/feeds/mandates/sr-torture.atom",
      "/feeds/visits.ics",
      "/visits?country=KEN",
    ])
      feeds.push({
        name: path,
        ...(await timed(40, async () => {
          const res = await app.request(path);
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          await res.text();
        })),
      });
    // Calendars are cached until a visit changes: the cost after a change, and the answer to a client
    // that already has the current calendar.
    const ics = "/feeds/visits.ics";
    feeds.push({
      name: `${ics}, right after a visit changed`,
      ...(await timed(
        40,
        async () => (await app.request(ics)).text(),
        () =>
          database.db.execute(sql`UPDATE visits SET updated_at = clock_timestamp()
          WHERE id = (SELECT id FROM visits WHERE status = 'scheduled' AND visit_to IS NOT NULL
            ORDER BY visit_from DESC NULLS LAST LIMIT 1)`),
      )),
    });
    const etag = (await app.request(ics)).headers.get("etag") ?? "";
    feeds.push({
      name: `${ics}, unchanged, to a client that has it (304)`,
      ...(await timed(40, async () => {
        const res = await app.request(ics, { headers: { "if-none-match": etag } });
        if (res.status !== 304) throw new Error(`expected 304, got ${res.status}`);
      })),
    });
    return { engine, seedSeconds, events, list, feeds };
  } finally {
    await database.close();
  }
}
