/**
 * `npm run bench`: the figures in BENCHMARKS.md. Prints a Markdown report; run on an idle machine.
 *   npm run bench -- [--only startup,search,weight,accounts,registry,import,allocation] [--docs 100000] [--pg postgres://127.0.0.1:5432/test]
 * Without --pg, the PostgreSQL figures use DATABASE_URL when it is set.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { policyCost, signInCost } from "./accounts";
import { allocationCost } from "./allocation";
import { createTestDb } from "./db";
import { searchLatency } from "./search";
import { registryLatency } from "./visits";
import { visitImportTime } from "./visits-import";
import { weightOfHomePage } from "./weight";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "startup,search,weight,accounts,registry,import,allocation" },
    docs: { type: "string", default: "100000" },
    pg: { type: "string", default: process.env.DATABASE_URL ?? "postgres://127.0.0.1:5432/test" },
  },
});
const only = new Set(values.only.split(","));

function startupOnce(dataDir: string): Promise<number> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "info" };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["bin/visitdesk.js", "serve"], { env });
  return new Promise((resolve, reject) => {
    let log = "";
    child.stdout.on("data", async (d) => {
      log += d;
      const m = log.match(/"msg":"Visitdesk is ready","url":"([^"]+)"/);
      if (!m?.[1]) return;
      child.stdout.removeAllListeners("data");
      const res = await fetch(`${m[1]}/`);
      await res.text();
      const ms = performance.now() - started;
      child.removeListener("exit", failed);
      child.once("exit", () => resolve(ms));
      child.kill("SIGTERM");
    });
    const failed = (code: number | null) => reject(new Error(`serve exited with ${code}: ${log}`));
    child.once("exit", failed);
  });
}

const lines: string[] = [];
const say = (s = "") => {
  lines.push(s);
  console.error(s);
};

say(
  `Run on ${new Date().toISOString().slice(0, 10)} · ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
say();

if (only.has("startup")) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "visitdesk-bench-"));
  try {
    const fresh = await startupOnce(dir);
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push(await startupOnce(dir));
    say("### Time from start to the first served page (embedded PGlite)");
    say("| data directory | ms |");
    say("|---|---|");
    say(`| fresh (create database, migrate, load reference data) | ${fresh.toFixed(0)} |`);
    say(`| warm (median of 3) | ${warm.sort((a, b) => a - b)[1]?.toFixed(0)} |`);
    say();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (only.has("search")) {
  const docs = Number(values.docs);
  say(`### Quick search latency over ${docs.toLocaleString("en")} indexed texts (200 queries, in-process)`);
  say("| engine | p50 ms | p95 ms | max ms | indexing s |");
  say("|---|---|---|---|---|");
  for (const engine of ["pglite", "postgres"] as const) {
    const r = await searchLatency(engine, docs, values.pg);
    say(
      `| ${r.engine} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.indexSeconds.toFixed(1)} |`,
    );
  }
  say();
}

if (only.has("weight")) {
  const w = await weightOfHomePage();
  say("### Bytes transferred for the home page (all requests, no cache)");
  say("| resource | bytes | gzip bytes |");
  say("|---|---|---|");
  for (const r of w.resources) say(`| ${r.path} | ${r.bytes} | ${r.gzip} |`);
  say(`| **total** | **${w.total}** | **${w.totalGzip}** |`);
  say();
}

if (only.has("accounts")) {
  const s = await signInCost();
  say("### Cost of a sign-in (argon2id verification, 19 MiB, 2 passes; 20 runs)");
  say("| p50 ms | p95 ms |");
  say("|---|---|");
  say(`| ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} |`);
  say();
  say("### Policy check on a list of 1,000 records (a member of one organisation and one coalition)");
  say("| engine | in memory (canRead) p50 ms | in SQL (readableSql, count) p50 ms | p95 ms | readable |");
  say("|---|---|---|---|---|");
  for (const engine of ["pglite", "postgres"] as const) {
    const r = await policyCost(engine, values.pg);
    say(
      `| ${r.engine} | ${r.memP50.toFixed(3)} | ${r.sqlP50.toFixed(2)} | ${r.sqlP95.toFixed(2)} | ${r.readable} |`,
    );
  }
  say();
}

if (only.has("registry")) {
  for (const engine of ["pglite", "postgres"] as const) {
    const r = await registryLatency(engine, values.pg);
    say(
      `### Visit registry on ${engine === "pglite" ? "PGlite" : "PostgreSQL"}: ${r.events.toLocaleString("en")} events of 20,000 visits (seeded in ${r.seedSeconds.toFixed(1)} s; 40 runs each)`,
    );
    say("| request | p50 ms | p95 ms |");
    say("|---|---|---|");
    for (const x of r.list)
      say(`| visits list (50 rows + total), ${x.name} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)} |`);
    for (const x of r.feeds) say(`| GET ${x.name} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)} |`);
    say();
  }
}

if (only.has("import")) {
  say("### Importing 20,000 visit rows (100,000 letters and events) from a CSV file");
  say("| engine | preview s | import (plan + apply) s | same file again s | new visits | new events |");
  say("|---|---|---|---|---|---|");
  for (const engine of ["pglite", "postgres"] as const) {
    const database = await createTestDb(engine, values.pg);
    try {
      const r = await visitImportTime(database);
      say(
        `| ${engine} | ${r.previewSeconds.toFixed(1)} | ${r.importSeconds.toFixed(1)} | ${r.reimportSeconds.toFixed(1)} | ${r.newVisits} | ${r.newEvents} |`,
      );
    } finally {
      await database.close();
    }
  }
  say();
}

if (only.has("allocation")) {
  const a = await allocationCost();
  say(
    `### Meeting allocation (HiGHS in a worker; solver start ${a.coldMs.toFixed(0)} ms; median of 3 seeded instances)`,
  );
  say(
    "| slots × requests | max meetings each | median ms | max ms | optimal | heard | heard first-come-first-served |",
  );
  say("|---|---|---|---|---|---|---|");
  for (const r of a.rows)
    say(
      `| ${r.slots} × ${r.requests} | ${r.maxMeetingsPerRequest} | ${r.medianMs.toFixed(0)} | ${r.maxMs.toFixed(0)} | ${r.optimal ? "yes" : "no"} | ${r.heard.toFixed(1)} | ${r.fcfsHeard.toFixed(1)} |`,
    );
  say();
}

console.log(lines.join("\n"));
