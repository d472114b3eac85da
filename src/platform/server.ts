import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { argon2Hasher } from "../accounts/argon2";
import { importReference } from "../reference/import";
import type { Config } from "./config";
import { loadOrCreateKeyring } from "./crypto/keyring";
import { type Database, openDatabase } from "./db/client";
import { migrate } from "./db/migrate";
import { diskFileStore } from "./files/store";
import { createApp } from "./http/app";
import { startBackgroundWork } from "./jobs";
import type { Logger } from "./log";
import { smtpTransport } from "./mail/smtp";

export interface RunningServer {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

/** Opens the database, brings its schema and reference data up to date, and serves the app. */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const started = Date.now();
  const database = await openDatabase(config);
  try {
    const applied = await migrate(database.db);
    if (applied.length) log.info("migrations applied", { count: applied.length });
    const imported = await importReference(database.db);
    for (const r of imported.filter((d) => !d.skipped)) log.info("reference data loaded", { ...r });
  } catch (err) {
    await database.close();
    throw err;
  }
  const app = createApp({
    db: database.db,
    engine: database.engine,
    config,
    log,
    clock: () => new Date(),
    hasher: argon2Hasher,
    keyring: loadOrCreateKeyring(config.keyFile),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    files: diskFileStore(config.filesDir),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once("error", reject);
  });
  const stopBackground = startBackgroundWork({
    db: database.db,
    log,
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : undefined,
    baseUrl: config.baseUrl,
    clock: () => new Date(),
  });
  const port = (server.address() as AddressInfo).port;
  const url = config.port === port ? config.baseUrl : `http://localhost:${port}`;
  log.info("Visitdesk is ready", { url, engine: database.engine, startupMs: Date.now() - started });
  let stopped = false;
  return {
    url,
    database,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopBackground();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
