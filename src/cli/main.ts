import { Command } from "commander";
import { loadConfig } from "../platform/config";
import { openDatabase } from "../platform/db/client";
import { migrate } from "../platform/db/migrate";
import { createLogger } from "../platform/log";
import { startServer } from "../platform/server";
import { importReference } from "../reference/import";

const program = new Command()
  .name("visitdesk")
  .description("Visitdesk: civil society's workspace for UN Special Procedures country visits.")
  .showHelpAfterError();

program
  .command("serve")
  .description("Serve the web app and API (PORT, DATA_DIR or DATABASE_URL from the environment)")
  .action(async () => {
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    // A failure in one request must not take the server down for everyone else.
    process.on("unhandledRejection", (reason) => log.error("unhandled rejection", { error: String(reason) }));
    const server = await startServer(config, log);
    const shutdown = async (signal: string) => {
      log.info("shutting down", { signal });
      await server.stop();
      process.exit(0);
    };
    process.once("SIGINT", () => void shutdown("SIGINT"));
    process.once("SIGTERM", () => void shutdown("SIGTERM"));
  });

program
  .command("migrate")
  .description("Apply database migrations that have not been applied yet")
  .action(async () => {
    const database = await openDatabase(loadConfig());
    try {
      const applied = await migrate(database.db);
      console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
    } finally {
      await database.close();
    }
  });

const imports = program.command("import").description("Import data");

imports
  .command("reference")
  .description(
    "Load the reference data shipped with Visitdesk (mandates, countries, standing invitations, guide)",
  )
  .option("--force", "re-apply every dataset even when its content is unchanged")
  .action(async (opts: { force?: boolean }) => {
    const database = await openDatabase(loadConfig());
    try {
      await migrate(database.db);
      const results = await importReference(database.db, { force: opts.force });
      for (const r of results) {
        console.log(
          r.skipped
            ? `${r.dataset}: ${r.records} records, unchanged since the last import`
            : `${r.dataset}: ${r.records} records (${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged)`,
        );
      }
    } finally {
      await database.close();
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`visitdesk: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
