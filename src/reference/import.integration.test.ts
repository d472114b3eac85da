import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/support/db";
import { type Database, rows } from "../platform/db/client";
import { importReference } from "./import";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const snapshot = async () =>
  rows<{ n: number; latest: Date }>(
    database.db,
    sql`SELECT (SELECT count(*) FROM mandates) + (SELECT count(*) FROM countries) + (SELECT count(*) FROM standing_invitations) AS n,
      greatest((SELECT max(updated_at) FROM mandates), (SELECT max(updated_at) FROM countries), (SELECT max(updated_at) FROM standing_invitations)) AS latest`,
  );

describe("reference import", () => {
  it("skips datasets whose content has not changed", async () => {
    const before = await snapshot();
    const results = await importReference(database.db);
    expect(results.every((r) => r.skipped)).toBe(true);
    expect(results.map((r) => r.dataset)).toEqual([
      "countries",
      "standing-invitations",
      "mandates",
      "visits",
      "guide",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("re-applied by force, changes no row", async () => {
    const before = await snapshot();
    const results = await importReference(database.db, { force: true });
    for (const r of results)
      expect({ dataset: r.dataset, inserted: r.inserted, updated: r.updated }).toEqual({
        dataset: r.dataset,
        inserted: 0,
        updated: 0,
      });
    expect(await snapshot()).toEqual(before);
  });

  it("repairs a row that was changed by hand", async () => {
    await database.db.execute(sql`UPDATE mandates SET title = 'Changed' WHERE id = 'sr-torture'`);
    const results = await importReference(database.db, { force: true });
    expect(results.find((r) => r.dataset === "mandates")).toMatchObject({ updated: 1, inserted: 0 });
    const [row] = await rows<{ title: string }>(
      database.db,
      sql`SELECT title FROM mandates WHERE id = 'sr-torture'`,
    );
    expect(row?.title).toMatch(/^Special Rapporteur on torture/);
  });

  it("normalises driver types the same way on both engines", async () => {
    // Raw SQL returns timestamps as ISO-like strings on both engines (drizzle's convention); typed selects give Date.
    const [row] = await rows<{ big: number; d: string; ts: string }>(
      database.db,
      sql`SELECT 12345678901::int8 AS big, '2008-03-03'::date AS d, now() AS ts`,
    );
    expect(row?.big).toBe(12345678901);
    expect(row?.d).toBe("2008-03-03");
    expect(typeof row?.ts).toBe("string");
    expect(Number.isNaN(new Date(row?.ts ?? "").getTime())).toBe(false);
  });
});
