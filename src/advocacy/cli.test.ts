import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, describe, expect, it } from "vitest";
import { fullData, png } from "./letters/fixtures";

const bin = path.resolve("bin/visitdesk.js");
const dir = mkdtempSync(path.join(os.tmpdir(), "visitdesk-letter-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function letter(args: string[]) {
  const out = spawnSync(process.execPath, [bin, "letter", ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

function dataFile(name: string, data: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("visitdesk letter", () => {
  it("writes a DOCX naming the mandate and the country in the letter's language", async () => {
    writeFileSync(path.join(dir, "logo.png"), png(240, 80));
    const data = dataFile("fr.json", {
      organisation: { name: "Centre Ñandutí", logo: "logo.png" },
      country: "mex",
      mandate: "sr-torture",
      language: "fr",
    });
    const out = path.join(dir, "lettre.docx");
    const run = letter(["visit-request", "--data", data, "--format", "docx", "--out", out]);
    expect(run.stderr).toContain("Check before sending");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out} (docx, fr,`);
    const html = (await mammoth.convertToHtml({ buffer: readFileSync(out) })).value;
    expect(html).toContain("Mexique : demande de visite officielle de pays");
    expect(html).toContain(
      "Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants",
    );
    expect(html).toContain("data:image/png;base64,");
  });

  it("writes a PDF", async () => {
    const data = dataFile("es.json", fullData("invitation-appeal", "es"));
    const out = path.join(dir, "carta.pdf");
    const run = letter(["invitation-appeal", "--data", data, "--format", "pdf", "--out", out]);
    expect(run.status).toBe(0);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(out))), {
      mergePages: true,
    });
    expect(text.replace(/\s+/g, " ")).toContain(
      "México: solicitud de visita del Relator Especial sobre la tortura y otros tratos o penas crueles, inhumanos o degradantes",
    );
  });

  it("refuses an unknown template, listing the four", () => {
    const run = letter([
      "thank-you",
      "--data",
      "x.json",
      "--format",
      "pdf",
      "--out",
      path.join(dir, "x.pdf"),
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(
      "Allowed choices are visit-request, invitation-appeal, standing-invitation-appeal, unofficial-visit-invitation",
    );
  });

  it("refuses bad data, naming each bad field by its JSON path, and writes nothing", () => {
    const data = dataFile("bad.json", {
      ...fullData("visit-request", "en"),
      organisation: {},
      facts: [{ text: "ok" }, { text: "x".repeat(700) }],
      language: "ar",
    });
    const out = path.join(dir, "bad.docx");
    const run = letter(["visit-request", "--data", data, "--format", "docx", "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`the data in ${data} does not fit the template visit-request:`);
    expect(run.stderr).toContain("  organisation.name: required");
    expect(run.stderr).toContain(
      "  facts[1].text: too long for a printed letter: at most 600 characters, this one has 700",
    );
    expect(run.stderr).toMatch(
      / {2}language: letters can be written in en, fr, es .*"ar" is not one of them/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a mandate id it does not know, and a data file that is not JSON", () => {
    const unknown = letter([
      "unofficial-visit-invitation",
      "--data",
      dataFile("unknown.json", { ...fullData("unofficial-visit-invitation", "en"), mandate: "sr-unknown" }),
      "--format",
      "pdf",
      "--out",
      path.join(dir, "u.pdf"),
    ]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('mandate: no mandate has the id "sr-unknown"');
    const broken = path.join(dir, "broken.json");
    writeFileSync(broken, "{ organisation: ");
    const notJson = letter([
      "visit-request",
      "--data",
      broken,
      "--format",
      "pdf",
      "--out",
      path.join(dir, "b.pdf"),
    ]);
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toContain(`the data file ${broken} is not valid JSON`);
  });

  it("refuses a logo that is not an image, or is 40 MB, and leaves no file behind", () => {
    writeFileSync(path.join(dir, "fake.png"), "not an image at all");
    writeFileSync(path.join(dir, "huge.png"), Buffer.concat([png(1, 1), Buffer.alloc(40 * 1024 * 1024)]));
    const before = readdirSync(dir).length;
    for (const [logo, message] of [
      ["fake.png", "organisation.logo: it is not a PNG or JPEG image (judged by its content, not its name)"],
      ["huge.png", "organisation.logo: the logo is 40.0 MB; it must be at most 1 MB"],
    ]) {
      const data = dataFile(`${logo}.json`, {
        ...fullData("visit-request", "en"),
        organisation: { name: "A", logo },
      });
      const out = path.join(dir, `${logo}.pdf`);
      const run = letter(["visit-request", "--data", data, "--format", "pdf", "--out", out]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    }
    // Only the two data files were added: no temporary or partial letter.
    expect(readdirSync(dir).length).toBe(before + 2);
  });
});
