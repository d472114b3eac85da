import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openPostgres, pgConnection, pgliteExtensions, wrapPglite } from "../../src/platform/db/client";
import { migrate } from "../../src/platform/db/migrate";
import { valueParsers } from "../../src/platform/db/types";
import { importReference } from "../../src/reference/import";
import { serverUrl, templateName, withDatabase } from "./engines";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}

/**
 * Migrates and loads reference data once; every test file then starts from a copy of that database
 * (a PGlite data-directory dump, or a PostgreSQL database created from a template).
 */
export default async function setup(project: TestProject) {
  if (serverUrl) {
    const TEMPLATE_DB = templateName();
    const admin = new pg.Client(pgConnection(serverUrl));
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    const database = openPostgres(withDatabase(serverUrl, TEMPLATE_DB), 2);
    await migrate(database.db);
    await importReference(database.db);
    await database.close();
    project.provide("pgliteTemplate", "");
    project.provide("pgTemplate", TEMPLATE_DB);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await admin.end();
    };
  }
  const client = await PGlite.create({ extensions: pgliteExtensions, parsers: valueParsers });
  const database = wrapPglite(client);
  await migrate(database.db);
  await importReference(database.db);
  const dump = await client.dumpDataDir("none");
  await database.close();
  const dir = mkdtempSync(path.join(os.tmpdir(), "visitdesk-test-"));
  const file = path.join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  project.provide("pgTemplate", "");
  return () => rmSync(dir, { recursive: true, force: true });
}
