import { getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client";

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Inserts or updates rows by their key and leaves identical rows untouched (their `updated_at`
 * too), so re-importing the same reference data changes nothing and says so.
 */
export async function upsertRows<T extends PgTable>(
  db: Db,
  table: T,
  key: string[],
  values: T["$inferInsert"][],
): Promise<UpsertCounts> {
  if (values.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const columns = getTableColumns(table);
  const content = Object.entries(columns).filter(([name]) => !key.includes(name) && name !== "updatedAt");
  const name = getTableName(table);
  const set: Record<string, SQL> = Object.fromEntries(
    content.map(([prop, col]) => [prop, sql.raw(`excluded."${col.name}"`)]),
  );
  if ("updatedAt" in columns) set.updatedAt = sql`now()`;
  const current = sql.raw(`(${content.map(([, c]) => `"${name}"."${c.name}"`).join(", ")})`);
  const incoming = sql.raw(`(${content.map(([, c]) => `excluded."${c.name}"`).join(", ")})`);
  let inserted = 0;
  let updated = 0;
  for (let i = 0; i < values.length; i += 500) {
    const query = db
      .insert(table)
      .values(values.slice(i, i + 500))
      .onConflictDoUpdate({
        // biome-ignore lint/suspicious/noExplicitAny: key columns are looked up by property name.
        target: key.map((k) => (columns as any)[k]),
        set,
        setWhere: sql`${current} IS DISTINCT FROM ${incoming}`,
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    const result = (await query) as { inserted: boolean }[];
    for (const r of result) r.inserted ? inserted++ : updated++;
  }
  return { inserted, updated, unchanged: values.length - inserted - updated };
}
