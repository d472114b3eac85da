import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { loadConfig } from "../../platform/config";
import { openDatabase } from "../../platform/db/client";
import { migrate } from "../../platform/db/migrate";
import { importReference } from "../../reference/import";
import { applyImport, type ImportFile, type ImportOutcome, previewImport } from "./apply";
import { parseMapping } from "./columns";
import { ImportFileError } from "./decode";
import type { PlannedRow } from "./plan";
import { importFormats, MAX_BYTES, tooLargeMessage } from "./read";

const Opts = z.object({
  dryRun: z.boolean().optional(),
  format: z.enum(importFormats).optional(),
  encoding: z.string().optional(),
  sheet: z.string().optional(),
  map: z.string().optional(),
  validOnly: z.boolean().optional(),
  verbose: z.boolean().optional(),
});

/** How many planned rows a dry run lists without --verbose. */
const LISTED = 20;

function describeRow(o: ImportOutcome, r: PlannedRow): string[] {
  const where = `${o.file.unit} ${r.line}`;
  if (r.outcome === "rejected")
    return [`${where}: rejected`, ...r.problems.map((p) => `  ${p.field || "row"}: ${p.message}`)];
  const what =
    r.outcome === "new_visit"
      ? "new visit"
      : r.outcome === "add_events"
        ? "adds to visit"
        : "already recorded";
  const v = r.visit === null ? undefined : o.plan.visits[r.visit];
  const id = v?.id ?? v?.createdId;
  const events = r.added.map(
    (e) => `${e.type.replace(/_/g, " ")} ${e.date}${e.symbol ? ` (${e.symbol})` : ""}`,
  );
  return [
    `${where}: ${what} ${r.country} × ${r.mandate}${id ? ` [${id}]` : ""}${events.length ? `: ${events.join(", ")}` : ""}`,
  ];
}

/** The mapping given on the command line, or the JSON file it names. */
function mappingOf(value: string | undefined): Record<string, string> {
  if (!value) return {};
  if (/\.json$/i.test(value) && existsSync(value)) return parseMapping(readFileSync(value, "utf8"));
  return parseMapping(value);
}

/** `visitdesk import visits FILE`: the same import as the page and the API, for scripts and operators. */
export function registerImportVisitsCommand(imports: Command) {
  imports
    .command("visits")
    .description(
      "Import country visits from a CSV, XLSX, JSON or HTML file (the columns are described on /visits/import); prints what changes and every rejected row",
    )
    .argument("<file>", "the file to import")
    .option("--dry-run", "show what would change, and change nothing")
    .option("--format <format>", "csv, xlsx, json or html (otherwise detected)")
    .option("--encoding <encoding>", "the text encoding of a file without byte-order mark, e.g. windows-1252")
    .option("--sheet <name>", "the sheet of an XLSX file (otherwise the first)")
    .option("--map <mapping>", "column mapping, e.g. 'Pays=country,Mandat=mandate', or a JSON file of it")
    .option("--valid-only", "import the valid rows even when others are rejected")
    .option("--verbose", "list every row, not only the first ones and the rejected")
    .action(async (file: string, raw: unknown) => {
      const opts = Opts.parse(raw);
      const bytes = readFileSync(file);
      if (bytes.byteLength > MAX_BYTES) throw new Error(tooLargeMessage(bytes.byteLength));
      const input: ImportFile = {
        bytes: new Uint8Array(bytes),
        name: path.basename(file),
        options: {
          format: opts.format,
          encoding: opts.encoding,
          sheet: opts.sheet,
          mapping: mappingOf(opts.map),
        },
      };
      const today = new Date().toISOString().slice(0, 10);
      const database = await openDatabase(loadConfig());
      let outcome: ImportOutcome;
      try {
        await migrate(database.db);
        // Countries and mandates are what rows are checked against.
        await importReference(database.db);
        outcome = opts.dryRun
          ? await previewImport(database.db, input, today)
          : await applyImport(
              database.db,
              input,
              { validOnly: opts.validOnly, actorId: null, via: "cli" },
              today,
            );
      } catch (err) {
        if (err instanceof ImportFileError) throw new Error(`${input.name}: ${err.message}`);
        throw err;
      } finally {
        await database.close();
      }
      const c = outcome.plan.counts;
      const f = outcome.file;
      console.log(
        `${f.name} (${f.format}${f.encoding ? `, ${f.encoding}` : ""}${f.sheet ? `, sheet “${f.sheet}”` : ""}): ${c.rows} rows`,
      );
      console.log(
        `${c.newVisits} new visits, ${c.updatedVisits} visits given new letters, ${c.newEvents} new letters and events, ${c.unchanged} rows already recorded, ${c.rejected} rows rejected`,
      );
      const rejected = outcome.plan.rows.filter((r) => r.outcome === "rejected");
      const listed =
        opts.dryRun || opts.verbose ? outcome.plan.rows.filter((r) => r.outcome !== "rejected") : [];
      const shown = opts.verbose ? listed : listed.slice(0, LISTED);
      for (const r of shown) for (const line of describeRow(outcome, r)) console.log(line);
      if (shown.length < listed.length)
        console.log(`… and ${listed.length - shown.length} more rows (--verbose lists them)`);
      for (const r of rejected) for (const line of describeRow(outcome, r)) console.error(line);
      if (opts.dryRun) console.log("Dry run: nothing was changed.");
      else if (outcome.applied)
        console.log(`Imported${c.rejected ? `, leaving out ${c.rejected} rejected rows` : ""}.`);
      else
        console.error(
          "Nothing was imported: correct the rejected rows, or import only the valid ones with --valid-only.",
        );
      if (rejected.length) process.exitCode = 1;
    });
}
