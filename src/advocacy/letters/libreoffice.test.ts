import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, describe, expect, it } from "vitest";
import { composeLetter, type Letter } from "./compose";
import { renderDocx } from "./docx";
import { loadShippedFacts } from "./facts";
import { fullData, LETTER_DATE, png } from "./fixtures";
import { letterLanguages, templateIds } from "./templates";

// LibreOffice is what the issue names as the test of "opens in a word processor"; it is a large
// system package, so this runs only where `soffice` is installed (apt-get install libreoffice-writer-nogui).
const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const dir = mkdtempSync(path.join(os.tmpdir(), "visitdesk-soffice-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const title = soffice
  ? "DOCX letters in LibreOffice"
  : "DOCX letters in LibreOffice — skipped: soffice is not installed (apt-get install libreoffice-writer-nogui)";

describe.skipIf(!soffice)(title, () => {
  it("converts every template, in every language, to a PDF with the letter's text", async () => {
    const facts = loadShippedFacts(new Date(`${LETTER_DATE}T12:00:00Z`));
    const letters = new Map<string, Letter>();
    for (const template of templateIds)
      for (const lang of letterLanguages) {
        const data = {
          ...fullData(template, lang),
          organisation: { name: "Centre Ñandutí", logo: png(300, 90) },
        };
        const letter = composeLetter(template, data, facts);
        letters.set(`${template}-${lang}`, letter);
        writeFileSync(path.join(dir, `${template}-${lang}.docx`), await renderDocx(letter));
      }
    const files = [...letters.keys()].map((name) => path.join(dir, `${name}.docx`));
    // A profile of its own, so that a LibreOffice already running for the user does not take the job.
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const [name, letter] of letters) {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path.join(dir, `${name}.pdf`))));
      const { text, totalPages } = await extractText(pdf, { mergePages: false });
      // Each page carries its number from the DOCX footer; taken out, text flowing across pages reads on.
      const flat = text
        .map((page, i) => {
          const footer = `${i + 1} / ${totalPages}`;
          const at = page.lastIndexOf(footer);
          expect(at, `${name}: page ${i + 1} is numbered`).toBeGreaterThanOrEqual(0);
          return page.slice(0, at) + page.slice(at + footer.length);
        })
        .join(" ")
        .replace(/\s+/g, " ");
      for (const part of [
        letter.organisation.name,
        letter.subject,
        letter.salutation,
        letter.closing,
        ...letter.addressee,
      ])
        expect(flat, `${name}: ${part}`).toContain(part.replace(/\s+/g, " "));
      for (const block of letter.body)
        for (const part of block.kind === "list" ? block.items : [block.text])
          expect(flat, `${name}: ${part}`).toContain(part.replace(/\s+/g, " "));
    }
  }, 240_000);
});
