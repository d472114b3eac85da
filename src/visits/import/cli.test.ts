import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";

// The command runs as an operator would run it: its own process, on an embedded database of its own.
const bin = path.resolve("bin/visitdesk.js");
const dir = mkdtempSync(path.join(os.tmpdir(), "visitdesk-import-cli-"));
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(dir, "data") };
delete env.DATABASE_URL;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, "import", "visits", ...args], {
    env,
    encoding: "utf8",
    timeout: 120_000,
  });

const good = file(
  "visits.csv",
  "Pays;Mandat;Demande;Rappels\nEswatini;sr-food;2021-02-10;2021-09-01, 2022-01-15\nBhutan;Special Rapporteur on the right to education;2020-05-04;\n",
);

describe("visitdesk import visits", () => {
  it("previews with --dry-run, then imports, then finds nothing left to do", () => {
    const dry = run(good, "--dry-run");
    expect(dry.stderr).toBe("");
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("visits.csv (csv, utf-8): 2 rows");
    expect(dry.stdout).toContain("2 new visits, 0 visits given new letters, 4 new letters and events");
    expect(dry.stdout).toContain(
      "line 2: new visit SWZ × sr-food: requested 2021-02-10, reminder 2021-09-01, reminder 2022-01-15",
    );
    expect(dry.stdout).toContain("Dry run: nothing was changed.");

    const real = run(good);
    expect(real.status).toBe(0);
    expect(real.stdout).toContain("2 new visits");
    expect(real.stdout).toContain("Imported.");

    const again = run(good, "--dry-run");
    expect(again.stdout).toContain(
      "0 new visits, 0 visits given new letters, 0 new letters and events, 2 rows already recorded",
    );
  }, 180_000);

  it("names each rejected row and field, and exits with an error", () => {
    const bad = file("bad.csv", "country,mandate,requested\nNarnia,sr-food,2019\nKEN,sr-food,31/02/2019\n");
    const out = run(bad, "--dry-run");
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("line 2: rejected\n  country: No country is called “Narnia”");
    expect(out.stderr).toContain("line 3: rejected\n  requested: “31/02/2019” is not a date");
  }, 120_000);

  it("reads another encoding and a column mapping when told, and says when it is not told", () => {
    const latin = file(
      "latin.csv",
      new Uint8Array(iconv.encode("Où,Mandat,Demandé\nKEN,sr-food,2019-01-01\n", "windows-1252")),
    );
    const refused = run(latin, "--dry-run");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("latin.csv: The file is not in UTF-8: line 1");
    expect(refused.stderr).toContain("--encoding windows-1252");
    const read = run(
      latin,
      "--dry-run",
      "--encoding",
      "windows-1252",
      "--map",
      "Où=country,Demandé=requested",
    );
    expect(read.stderr).toBe("");
    expect(read.stdout).toContain("line 2: new visit KEN × sr-food: requested 2019-01-01");
  }, 120_000);
});
