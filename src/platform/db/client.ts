import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { acquireDataDirLock } from "./lock";
import { schema } from "./schema";
import { valueParsers } from "./types";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  engine: "pglite" | "postgres";
  close(): Promise<void>;
}

/** Runs raw SQL on either engine and returns its rows; both drivers expose `rows`. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export const pgliteExtensions = { pg_trgm, unaccent };

export function wrapPglite(client: PGlite, release: () => void = () => {}): Database {
  return {
    db: drizzlePglite({ client, schema }) as unknown as Db,
    engine: "pglite",
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/** The embedded engine: PostgreSQL compiled to WASM, its files in `<dataDir>/pg`, guarded by a lock file. */
export async function openPglite(dataDir: string): Promise<Database> {
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(path.join(dataDir, "pg"), {
      extensions: pgliteExtensions,
      parsers: valueParsers,
    });
    return wrapPglite(client, release);
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * Connection settings for a URL; a URL without a user name connects as the operating-system user,
 * as psql does (node-postgres would otherwise read $USER, which service managers often leave unset).
 */
export function pgConnection(url: string): pg.ClientConfig {
  const u = new URL(url);
  if (!u.username) u.username = encodeURIComponent(os.userInfo().username);
  return { connectionString: u.toString() };
}

export function openPostgres(url: string, max = 10): Database {
  // drizzle replaces a pool's own `types` per query and falls back to pg's global table, so the
  // parsers go there.
  for (const [oid, parse] of Object.entries(valueParsers)) pg.types.setTypeParser(Number(oid), parse);
  const pool = new pg.Pool({ ...pgConnection(url), max });
  // An idle client that loses its server must not take the process down with it.
  pool.on("error", () => {});
  return {
    db: drizzleNodePg({ client: pool, schema }) as unknown as Db,
    engine: "postgres",
    close: () => pool.end(),
  };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
