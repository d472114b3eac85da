import { randomBytes } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Argument, type Command, Option } from "commander";
import { AppError } from "../platform/http/errors";
import { composeLetter, type Letter } from "./letters/compose";
import { loadShippedFacts } from "./letters/facts";
import { LOGO_MAX_BYTES, logoTooLarge } from "./letters/logo";
import { type FieldIssue, parseLetterData, type TemplateId, templateIds } from "./letters/templates";

const formats = ["docx", "pdf"] as const;

function describeIssues(intro: string, issues: FieldIssue[]): Error {
  return new Error(`${intro}\n${issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
}

async function readData(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new Error(`cannot read the data file ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`the data file ${file} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Reads a logo named by path (relative to the data file), refusing a large file before reading it. */
async function readLogo(logoPath: string, dataFile: string): Promise<Uint8Array> {
  const file = path.resolve(path.dirname(dataFile), logoPath);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    throw new Error(`organisation.logo: cannot read ${file}: ${(err as Error).message}`);
  }
  if (size > LOGO_MAX_BYTES) throw logoTooLarge(size);
  return new Uint8Array(await readFile(file));
}

/** Writes the whole file or nothing: a failed write leaves no half letter behind. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw new Error(`cannot write ${file}: ${(err as Error).message}`);
  }
}

/** Reads and checks the data file, reads the logo it names, and composes the letter. */
async function letterFromFile(template: TemplateId, dataFile: string): Promise<Letter> {
  const parsed = parseLetterData(template, await readData(dataFile));
  if (!parsed.ok)
    throw describeIssues(`the data in ${dataFile} does not fit the template ${template}:`, parsed.issues);
  try {
    const { logo } = parsed.data.organisation;
    const organisation =
      typeof logo === "string"
        ? { ...parsed.data.organisation, logo: await readLogo(logo, dataFile) }
        : parsed.data.organisation;
    return composeLetter(template, { ...parsed.data, organisation }, loadShippedFacts(new Date()));
  } catch (err) {
    if (err instanceof AppError && Array.isArray(err.details))
      throw describeIssues(`the data in ${dataFile} cannot make a letter:`, err.details as FieldIssue[]);
    throw err;
  }
}

type Format = (typeof formats)[number];

/** `visitdesk letter TEMPLATE --data FILE.json --format docx|pdf --out FILE` */
export function registerLetterCommand(program: Command): void {
  program
    .command("letter")
    .description(
      "Write a letter from a template (to a mandate, to a Government, or inviting a mandate holder) as DOCX or PDF",
    )
    .addArgument(new Argument("<template>", "the letter to write").choices(templateIds))
    .requiredOption(
      "--data <file>",
      'JSON with at least { "organisation": { "name" }, "country" (ISO3), "mandate" (id), "language" (en|fr|es) }',
    )
    .addOption(
      new Option("--format <format>", "the kind of file to write").choices(formats).makeOptionMandatory(),
    )
    .requiredOption("--out <file>", "where to write the letter")
    .action(async (template: TemplateId, opts: { data: string; format: Format; out: string }) => {
      const letter = await letterFromFile(template, opts.data);
      // The renderers load large libraries; only the one asked for is loaded.
      const bytes =
        opts.format === "docx"
          ? await (await import("./letters/docx")).renderDocx(letter)
          : await (await import("./letters/pdf")).renderPdf(letter);
      await writeAtomically(opts.out, bytes);
      console.log(`Wrote ${opts.out} (${opts.format}, ${letter.language}, ${bytes.length} bytes).`);
      const unsure = letter.references.filter(
        (r) => r.confidence !== "verified" && r.confidence !== "package",
      );
      if (unsure.length)
        console.error(
          `Check before sending (from reference data that is not verified):\n${unsure
            .map((r) => `  ${r.what}: ${r.confidence}`)
            .join("\n")}`,
        );
    });
}
