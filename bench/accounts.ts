import { sql } from "drizzle-orm";
import { argon2Hasher } from "../src/accounts/argon2";
import { type Actor, anonymous, canRead, readableSql, type Scope } from "../src/platform/access";
import { rows } from "../src/platform/db/client";
import { insertDocuments } from "../src/platform/search";
import { createTestDb } from "./db";

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;

/** The cost of a sign-in is the argon2id verification (19 MiB, 2 passes). */
export async function signInCost(runs = 20) {
  const hash = await argon2Hasher.hash("correct horse battery staple");
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await argon2Hasher.verify(hash, "correct horse battery staple");
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

const visibilities = ["public", "coalition", "organisation", "named"] as const;
function scopes(n: number): Scope[] {
  return Array.from({ length: n }, (_, i) => ({
    visibility: visibilities[i % 4] as Scope["visibility"],
    ownerOrgId: `org${i % 37}`,
    coalitionId: i % 3 ? `c${i % 5}` : null,
    namedUserIds: i % 4 === 3 ? [`u${i % 11}`, `u${(i + 1) % 11}`] : [],
  }));
}
const reader: Actor = {
  ...anonymous,
  userId: "u3",
  orgs: new Map([["org5", "member"]]),
  coalitions: new Set(["c2"]),
};

/** Filtering a list of 1,000 records: in memory with canRead, and in SQL with readableSql. */
export async function policyCost(engine: "pglite" | "postgres", serverUrl: string) {
  const list = scopes(1000);
  const mem: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    list.filter((s) => canRead(reader, s));
    mem.push(performance.now() - t);
  }
  const database = await createTestDb(engine, serverUrl);
  try {
    await insertDocuments(
      database.db,
      list.map((scope, i) => ({
        type: "bench",
        refId: String(i),
        lang: "en",
        title: `Record ${i}`,
        body: "text",
        url: `/b/${i}`,
        scope,
      })),
    );
    const where = readableSql(reader, {
      visibility: sql`visibility`,
      ownerOrgId: sql`owner_org_id`,
      coalitionId: sql`coalition_id`,
      namedUserIds: sql`named_user_ids`,
    });
    const db: number[] = [];
    let count = 0;
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      const r = await rows<{ n: number }>(
        database.db,
        sql`SELECT count(*)::int AS n FROM search_documents WHERE type = 'bench' AND ${where}`,
      );
      db.push(performance.now() - t);
      count = r[0]?.n ?? 0;
    }
    const expected = list.filter((s) => canRead(reader, s)).length;
    if (count !== expected) throw new Error(`SQL policy found ${count}, canRead ${expected}`);
    return {
      engine,
      memP50: percentile(mem, 0.5),
      sqlP50: percentile(db, 0.5),
      sqlP95: percentile(db, 0.95),
      readable: count,
    };
  } finally {
    await database.close();
  }
}
