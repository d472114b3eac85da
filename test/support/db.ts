import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import {
  type Database,
  openPostgres,
  pgConnection,
  pgliteExtensions,
  wrapPglite,
} from "../../src/platform/db/client";
import { valueParsers } from "../../src/platform/db/types";
import { serverUrl, withDatabase } from "./engines";

/** A database of its own for one test file, migrated and holding the reference data. */
export async function createTestDatabase(): Promise<Database> {
  if (serverUrl) {
    const name = `visitdesk_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client(pgConnection(serverUrl));
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("pgTemplate")}`);
    const database = openPostgres(withDatabase(serverUrl, name), 4);
    return {
      ...database,
      async close() {
        await database.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dump = new Blob([readFileSync(inject("pgliteTemplate"))]);
  const client = await PGlite.create({
    loadDataDir: dump,
    extensions: pgliteExtensions,
    parsers: valueParsers,
  });
  return wrapPglite(client);
}
