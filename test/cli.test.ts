import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The embedded engine's behaviour (lock file, data kept across restarts) is what is tested here,
// so the CLI runs on PGlite whatever engine the rest of the suite uses.
const bin = path.resolve("bin/visitdesk.js");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "visitdesk-cli-"));
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: "0" };
delete env.DATABASE_URL;
const running: ChildProcess[] = [];

function start(): Promise<{ child: ChildProcess; url: string; log: string }> {
  const child = spawn(process.execPath, [bin, "serve"], { env });
  running.push(child);
  let log = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      log += d;
      const m = log.match(/"msg":"Visitdesk is ready","url":"([^"]+)"/);
      if (m?.[1]) resolve({ child, url: m[1], log });
    });
    child.stderr.on("data", (d) => {
      log += d;
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });

afterAll(() => {
  for (const c of running) c.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("visitdesk CLI on the embedded database", () => {
  it("prints its commands", () => {
    const out = spawnSync(process.execPath, [bin, "--help"], { env, encoding: "utf8" });
    expect(out.status).toBe(0);
    for (const cmd of ["serve", "migrate", "import"]) expect(out.stdout).toContain(cmd);
  });

  it("serves, refuses a second process on the same data, and keeps data across a restart", async () => {
    const first = await start();
    const res = await fetch(`${first.url}/api/v1/mandates?limit=1`);
    expect(((await res.json()) as { total: number }).total).toBe(60);
    expect(first.log).toContain('"dataset":"mandates","records":60,"skipped":false');

    const second = spawnSync(process.execPath, [bin, "serve"], { env, encoding: "utf8", timeout: 60_000 });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/Another Visitdesk process \(pid \d+\) is using the data directory/);

    expect(await stop(first.child)).toBe(0);
    expect(existsSync(path.join(dataDir, "visitdesk.lock"))).toBe(false);

    const again = await start();
    expect(again.log).not.toContain("migrations applied");
    expect(again.log).not.toContain("reference data loaded");
    const country = await (await fetch(`${again.url}/api/v1/countries/KOR`)).json();
    expect((country as { standingInvitation: { extended: boolean } }).standingInvitation.extended).toBe(true);
    expect(await stop(again.child)).toBe(0);
  }, 120_000);

  it("re-imports the reference data without changing anything", () => {
    const out = spawnSync(process.execPath, [bin, "import", "reference"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("mandates: 60 records, unchanged since the last import");
  });

  it("creates an organisation and its admin, reading the password from standard input", () => {
    const org = spawnSync(
      process.execPath,
      [bin, "org", "create", "--name", "Kenya Rights Forum", "--country", "KEN"],
      { env, encoding: "utf8" },
    );
    expect(org.stderr).toBe("");
    expect(org.stdout).toContain('Created organisation "Kenya Rights Forum" (kenya-rights-forum)');
    const args = [
      bin,
      "user",
      "create",
      "--email",
      "Wanjiru@Example.org",
      "--org",
      "kenya-rights-forum",
      "--role",
      "admin",
      "--password-stdin",
    ];
    const user = spawnSync(process.execPath, args, {
      env,
      encoding: "utf8",
      input: "correct horse battery staple\n",
    });
    expect(user.stdout).toContain('Created user wanjiru@example.org in "Kenya Rights Forum" as admin');
    const weak = spawnSync(process.execPath, [...args.slice(0, 4), "other@example.org", "--password-stdin"], {
      env,
      encoding: "utf8",
      input: "password\n",
    });
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("at least 12 characters");
    const noStdin = spawnSync(process.execPath, [bin, "user", "create", "--email", "x@example.org"], {
      env,
      encoding: "utf8",
    });
    expect(noStdin.status).toBe(1);
    expect(noStdin.stderr).toContain("--password-stdin");
  });

  it("rotates the encryption keys", () => {
    const out = spawnSync(process.execPath, [bin, "keys", "rotate"], { env, encoding: "utf8" });
    expect(out.stdout).toMatch(/New key k2: \d+ value\(s\) re-encrypted/);
  });

  it("stops with a clear message on a bad setting", () => {
    const out = spawnSync(process.execPath, [bin, "serve"], {
      env: { ...env, PORT: "seventy" },
      encoding: "utf8",
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("PORT");
  });
});
