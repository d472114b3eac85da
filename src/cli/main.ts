import { Command } from "commander";
import { eq, or } from "drizzle-orm";
import { z } from "zod";
import { argon2Hasher } from "../accounts/argon2";
import { uniqueOrgSlug } from "../accounts/organisations";
import { memberships, organisations } from "../accounts/schema";
import { type AccountDeps, createUser } from "../accounts/service";
import { registerLetterCommand } from "../advocacy/cli";
import { registerAllocateCommand } from "../meetings/cli";
import { recordAudit } from "../platform/audit/audit";
import type { Config } from "../platform/config";
import { loadConfig } from "../platform/config";
import { loadOrCreateKeyring } from "../platform/crypto/keyring";
import { rotateKeys } from "../platform/crypto/sealed";
import { newId } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import { openDatabase } from "../platform/db/client";
import { migrate } from "../platform/db/migrate";
import { createLogger } from "../platform/log";
import { startServer } from "../platform/server";
import { importReference } from "../reference/import";
import { registerExtractCommand } from "../reports/cli";
import { registerImportVisitsCommand } from "../visits/import/cli";

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

// `import visits` is declared beside the visit registry it imports into.
registerImportVisitsCommand(imports);

/** Opens the database, brings it up to date, runs `fn`, and closes it whatever happens. */
async function withDatabase<T>(fn: (db: Db, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrate(database.db);
    return await fn(database.db, config);
  } finally {
    await database.close();
  }
}

function cliAccountDeps(db: Db, config: Config): AccountDeps {
  return {
    db,
    hasher: argon2Hasher,
    keyring: loadOrCreateKeyring(config.keyFile),
    clock: () => new Date(),
    baseUrl: config.baseUrl,
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

const org = program.command("org").description("Organisations");
org
  .command("create")
  .description("Create an organisation (add its first admin with `user create --org`)")
  .requiredOption("--name <name>", "the organisation's name")
  .option("--kind <kind>", "ngo, nhri, victims_group or other", "ngo")
  .option("--country <iso3>", "the country it works in (ISO 3166-1 alpha-3)")
  .action(async (opts: { name: string; kind: string; country?: string }) => {
    const input = z
      .object({
        name: z.string().trim().min(2, "give a name of at least 2 characters").max(200),
        kind: z.enum(["ngo", "nhri", "victims_group", "other"]),
        country: z
          .string()
          .regex(/^[A-Z]{3}$/, "use an ISO 3166-1 alpha-3 code, e.g. KEN")
          .optional(),
      })
      .parse(opts);
    const created = await withDatabase(async (db) => {
      const [row] = await db
        .insert(organisations)
        .values({
          id: newId(),
          slug: await uniqueOrgSlug(db, input.name),
          name: input.name,
          kind: input.kind,
          countryIso3: input.country ?? null,
        })
        .returning();
      await recordAudit(db, {
        actorId: null,
        orgId: row?.id ?? null,
        action: "org.create",
        recordType: "organisation",
        recordId: row?.id ?? "",
        details: { via: "cli" },
      });
      return row;
    });
    console.log(`Created organisation "${created?.name}" (${created?.slug}).`);
  });

const user = program.command("user").description("Users");
user
  .command("create")
  .description(
    "Create a user, optionally in an organisation; the password is asked on standard input with --password-stdin",
  )
  .requiredOption("--email <email>", "the user's e-mail address")
  .option("--name <name>", "the user's display name")
  .option("--org <name>", "the organisation (name or address) to add the user to")
  .option("--role <role>", "member, admin, or platform-admin", "member")
  .option("--password-stdin", "read the password from standard input")
  .action(
    async (opts: { email: string; name?: string; org?: string; role: string; passwordStdin?: boolean }) => {
      const input = z
        .object({
          email: z.string().trim().toLowerCase().email("not a valid e-mail address"),
          role: z.enum(["member", "admin", "platform-admin"]),
        })
        .parse(opts);
      if (!opts.passwordStdin)
        throw new Error(
          "give the password on standard input with --password-stdin (it never goes on the command line)",
        );
      const password = await readStdin();
      const created = await withDatabase(async (db, config) => {
        const deps = cliAccountDeps(db, config);
        return db.transaction(async (tx) => {
          const t = tx as unknown as Db;
          let orgRow: typeof organisations.$inferSelect | undefined;
          if (opts.org) {
            [orgRow] = await t
              .select()
              .from(organisations)
              .where(or(eq(organisations.slug, opts.org), eq(organisations.name, opts.org)));
            if (!orgRow)
              throw new Error(
                `no organisation named "${opts.org}"; create it first with \`visitdesk org create --name\``,
              );
          }
          const u = await createUser(
            { ...deps, db: t },
            {
              email: input.email,
              displayName: opts.name ?? input.email.split("@")[0] ?? input.email,
              password,
              platformAdmin: input.role === "platform-admin",
            },
          );
          if (orgRow) {
            await t
              .insert(memberships)
              .values({ orgId: orgRow.id, userId: u.id, role: input.role === "admin" ? "admin" : "member" });
            await recordAudit(t, {
              actorId: null,
              orgId: orgRow.id,
              action: "org.add_member",
              recordType: "membership",
              recordId: u.id,
              details: { via: "cli" },
            });
          }
          return { u, orgRow };
        });
      });
      console.log(
        `Created user ${created.u.email}${created.orgRow ? ` in "${created.orgRow.name}" as ${input.role}` : ""}.`,
      );
    },
  );

const keys = program.command("keys").description("Encryption keys of confidential fields");
keys
  .command("rotate")
  .description(
    "Make a new key, re-encrypt every confidential field with it, and drop unused old keys (stop other servers first)",
  )
  .action(async () => {
    const result = await withDatabase((db, config) => rotateKeys(db, config.keyFile));
    console.log(
      `New key ${result.primary}: ${result.resealed} value(s) re-encrypted, ${result.retired} old key(s) removed.`,
    );
  });

registerAllocateCommand(program);
registerLetterCommand(program);
registerExtractCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const message =
    err instanceof z.ZodError
      ? err.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
      : err instanceof Error
        ? err.message
        : String(err);
  console.error(`visitdesk: ${message}`);
  process.exit(1);
}
