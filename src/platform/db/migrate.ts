import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { type Db, rows } from "./client";

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../drizzle",
);

// Any constant shared by all instances: several app servers starting at once migrate one at a time.
const MIGRATION_LOCK = 7_420_001;

/**
 * Applies the checked-in drizzle-kit migrations that the database has not seen, in one transaction
 * under an advisory lock. Returns the names of the migrations applied.
 */
export async function migrate(db: Db): Promise<string[]> {
  const migrations = readMigrationFiles({ migrationsFolder });
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(sql`CREATE TABLE IF NOT EXISTS visitdesk_migrations (
      hash text PRIMARY KEY, created_at bigint NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await rows<{ hash: string }>(tx as unknown as Db, sql`SELECT hash FROM visitdesk_migrations`)).map(
        (r) => r.hash,
      ),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.hash)) continue;
      for (const statement of m.sql) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(
        sql`INSERT INTO visitdesk_migrations (hash, created_at) VALUES (${m.hash}, ${m.folderMillis})`,
      );
      applied.push(String(m.folderMillis));
    }
    return applied;
  });
}
