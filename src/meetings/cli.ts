import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { createI18n, type Translate } from "../platform/i18n";
import { type Allocation, allocate, defaultTimeLimitSeconds } from "./allocation/allocate";
import { pinIssueText, reasonText } from "./allocation/explain";
import { type InstanceIssue, parseInstance } from "./allocation/instance";

/** An allocation as the CLI (and the API) print it: reasons as sentences, with their codes. */
export function allocationOutput(a: Allocation, t: Translate) {
  return {
    assignments: a.assignments,
    unassigned: a.unassigned.map((u) => ({
      request: u.request,
      reason: reasonText(t, u.reason),
      reasonCode: u.reason.code,
    })),
    heard: a.heard,
    priorityHeard: a.priorityHeard,
    meetings: a.meetings,
    optimal: a.optimal,
    pinIssues: a.pinIssues.map((i) => ({
      request: i.request,
      slot: i.slot,
      reason: pinIssueText(t, i),
      reasonCode: i.code,
    })),
  };
}

async function readInstance(file: string): Promise<unknown> {
  const text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  return JSON.parse(text);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A bad instance exits with 2, naming every bad field; other failures are left to the caller (1). */
function refuse(issues: InstanceIssue[], json: boolean) {
  const message = "The instance is not valid.";
  console.error(`visitdesk: ${message}\n${issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
  if (json)
    process.stdout.write(
      `${JSON.stringify({ error: { code: "invalid_instance", message, details: issues } }, null, 2)}\n`,
    );
  process.exitCode = 2;
}

function printText(out: ReturnType<typeof allocationOutput>, requests: number) {
  const lines = [
    `Heard ${out.heard} of ${requests} requests (total priority ${out.priorityHeard}), ${out.meetings} meetings${out.optimal ? ", proven optimal" : "; the time limit stopped the search before proving this optimal"}.`,
  ];
  const bySlot = new Map<string, string[]>();
  for (const a of out.assignments) bySlot.set(a.slot, [...(bySlot.get(a.slot) ?? []), a.request]);
  for (const [slot, rs] of [...bySlot].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`  ${slot}: ${rs.join(", ")}`);
  if (out.unassigned.length)
    lines.push("Not placed:", ...out.unassigned.map((u) => `  ${u.request}: ${u.reason}`));
  if (out.pinIssues.length)
    lines.push("Pins not kept:", ...out.pinIssues.map((i) => `  ${i.request}: ${i.reason}`));
  process.stdout.write(`${lines.join("\n")}\n`);
}

export function registerAllocateCommand(program: Command) {
  program
    .command("allocate")
    .description(
      "Allocate a visit's meeting slots to meeting requests (optimal, explained, deterministic); '-' reads standard input",
    )
    .argument("<instance>", "a JSON file: { slots, requests, maxMeetingsPerRequest, pins?, forbidden? }")
    .option("--json", "print the result as JSON")
    .option(
      "--time-limit <seconds>",
      "stop the search after this many seconds",
      String(defaultTimeLimitSeconds),
    )
    .action(async (file: string, opts: { json?: boolean; timeLimit: string }) => {
      const json = Boolean(opts.json);
      const timeLimitSeconds = Number(opts.timeLimit);
      if (!(timeLimitSeconds > 0))
        return refuse([{ path: "--time-limit", message: "give a number of seconds above 0" }], json);
      let input: unknown;
      try {
        input = await readInstance(file);
      } catch (err) {
        const reason =
          err instanceof SyntaxError ? `not valid JSON (${err.message})` : String((err as Error).message);
        return refuse([{ path: "(root)", message: reason }], json);
      }
      const parsed = parseInstance(input);
      if (!parsed.ok) return refuse(parsed.issues, json);
      const result = await allocate(parsed.instance, { timeLimitSeconds });
      const out = allocationOutput(result, createI18n("en").t);
      if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      else printText(out, parsed.instance.requests.length);
    });
}
