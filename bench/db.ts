import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import {
  type Database,
  openPostgres,
  pgConnection,
  pgliteExtensions,
  wrapPglite,
} from "../src/platform/db/client";
import { migrate } from "../src/platform/db/migrate";
import { valueParsers } from "../src/platform/db/types";
import { importReference } from "../src/reference/import";

/** A fresh, migrated database with reference data: in memory for PGlite, a throwaway database on a server. */
export async function createTestDb(
  engine: "pglite" | "postgres",
  serverUrl = "postgres://127.0.0.1:5432/test",
): Promise<Database> {
  let database: Database;
  let drop = async () => {};
  if (engine === "pglite") {
    database = wrapPglite(await PGlite.create({ extensions: pgliteExtensions, parsers: valueParsers }));
  } else {
    const name = `visitdesk_bench_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client(pgConnection(serverUrl));
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    database = openPostgres(u.toString(), 4);
    drop = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  await migrate(database.db);
  await importReference(database.db);
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
  };
}
