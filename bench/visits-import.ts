import { sql } from "drizzle-orm";
import { type Database, rows } from "../src/platform/db/client";
import { applyImport, type ImportFile, previewImport } from "../src/visits/import/apply";

/**
 * A CSV of `n` visits in the documented columns, five letters each (request, reminder, start, end,
 * report), like the registry the issue measures (20,000 visits, 100,000 events): every country ×
 * mandate pair in turn, a second visit of a pair nine years after the first.
 */
async function benchCsv(database: Database, n: number): Promise<string> {
  const countryCodes = (
    await rows<{ iso3: string }>(database.db, sql`SELECT iso3 FROM countries ORDER BY iso3`)
  ).map((r) => r.iso3);
  const mandateIds = (await rows<{ id: string }>(database.db, sql`SELECT id FROM mandates ORDER BY id`)).map(
    (r) => r.id,
  );
  const pairs = countryCodes.length * mandateIds.length;
  const pad = (x: number) => String(x).padStart(2, "0");
  const lines = [
    "country,mandate,holder,requested,reminders,visit_from,visit_to,completed,report_symbol,report_published,source",
  ];
  for (let i = 0; i < n; i++) {
    const p = i % pairs;
    const round = Math.floor(i / pairs);
    const year = 1982 + round * 9 + (p % 5);
    const month = pad(1 + (i % 12));
    const day = 1 + (i % 19);
    lines.push(
      [
        countryCodes[p % countryCodes.length],
        mandateIds[Math.floor(p / countryCodes.length)],
        `Holder ${p % 97}`,
        `${year}-${month}-${pad(day)}`,
        `${year + 1}-${month}-${pad(day)}`,
        `${year + 3}-${month}-${pad(day)}`,
        `${year + 3}-${month}-${pad(day + 9)}`,
        `${year + 3}-${month}-${pad(day + 9)}`,
        `E/CN.4/${year + 4}/${(p % 90) + 1}/Add.${round + 1}`,
        `${year + 4}-${month}-${pad(day)}`,
        "benchmark",
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The time to import `n` rows from one CSV on a database handle with the reference data: the
 * preview (plan only), the import (plan again inside the transaction, then apply), and the same
 * file again (which must change nothing). The target: under 10 s for 20,000 rows.
 */
export async function visitImportTime(database: Database, n = 20_000) {
  const csv = await benchCsv(database, n);
  const file: ImportFile = { bytes: new Uint8Array(Buffer.from(csv)), name: "bench.csv", options: {} };
  const today = new Date().toISOString().slice(0, 10);
  const seconds = async <T>(fn: () => Promise<T>) => {
    const t = performance.now();
    const result = await fn();
    return { result, s: (performance.now() - t) / 1000 };
  };
  const preview = await seconds(() => previewImport(database.db, file, today));
  const applied = await seconds(() => applyImport(database.db, file, { actorId: null, via: "cli" }, today));
  const again = await seconds(() => applyImport(database.db, file, { actorId: null, via: "cli" }, today));
  const c = applied.result.plan.counts;
  // A few rows join a sample visit of the same country and mandate; every letter is new.
  if (
    !applied.result.applied ||
    c.rejected ||
    c.newEvents !== 5 * n ||
    again.result.plan.counts.newEvents !== 0
  )
    throw new Error(`The benchmark import did not do what it should: ${JSON.stringify(c)}`);
  return {
    engine: database.engine,
    rows: n,
    megabytes: file.bytes.byteLength / 1024 / 1024,
    newVisits: c.newVisits,
    newEvents: c.newEvents,
    previewSeconds: preview.s,
    importSeconds: applied.s,
    reimportSeconds: again.s,
  };
}
