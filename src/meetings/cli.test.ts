import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { firstComeFirstServed } from "./allocation/fcfs";
import { instance } from "./allocation/fixtures/build";

// The allocation needs no database: the command must work without DATA_DIR or DATABASE_URL.
const bin = path.resolve("bin/visitdesk.js");
const fixture = (name: string) => path.resolve("src/meetings/allocation/fixtures", name);
const env: NodeJS.ProcessEnv = { ...process.env };
delete env.DATABASE_URL;
const visitdesk = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { env, encoding: "utf8", input, timeout: 60_000 });

describe("visitdesk allocate", () => {
  it("prints the optimal allocation as JSON, hearing more than first-come-first-served", () => {
    const out = visitdesk(["allocate", fixture("fcfs-hears-fewer.json"), "--json"]);
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result).toEqual({
      assignments: [
        { request: "r1-capital-ngo", slot: "kisumu-wed" },
        { request: "r2-monday-only", slot: "nairobi-mon" },
        { request: "r3-tuesday-only", slot: "nairobi-tue" },
        { request: "r4-at-risk", slot: "mombasa-thu-private" },
        { request: "r5-land", slot: "kisumu-wed" },
      ],
      unassigned: [
        {
          request: "r6-no-city",
          reason: "None of the 4 slots is in a city it can reach.",
          reasonCode: "no_city",
        },
        {
          request: "r7-monday-too",
          reason: "The only slot that fits is full. 1 request with a higher priority has a place there.",
          reasonCode: "full",
        },
      ],
      heard: 5,
      priorityHeard: 8,
      meetings: 5,
      optimal: true,
      pinIssues: [],
    });
    const peers = firstComeFirstServed(
      instance(JSON.parse(readFileSync(fixture("fcfs-hears-fewer.json"), "utf8"))),
    );
    expect(peers.heard).toBeLessThan(result.heard);
  });

  it("keeps the pins that can hold together and explains the others", () => {
    const out = visitdesk(["allocate", "-", "--json"], readFileSync(fixture("pins.json"), "utf8"));
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(
      result.pinIssues.map((i: { request: string; slot: string; reasonCode: string }) => [
        i.request,
        i.slot,
        i.reasonCode,
      ]),
    ).toEqual([
      ["p1", "a", "pin_full"],
      ["p2", "b", "pin_overlap"],
      ["p3", "b", "pin_unfit"],
    ]);
    expect(result.pinIssues[2].reason).toBe(
      "The pin to slot b cannot hold: the slot is not in a city the request can reach.",
    );
    expect(result.assignments).toEqual(
      expect.arrayContaining([
        { request: "p1", slot: "b" },
        { request: "p2", slot: "a" },
      ]),
    );
    expect([result.heard, result.meetings]).toEqual([2, 3]);
  });

  it("prints a summary for people without --json", () => {
    const out = visitdesk(["allocate", fixture("fcfs-hears-fewer.json")]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("Heard 5 of 7 requests (total priority 8), 5 meetings, proven optimal.");
    expect(out.stdout).toContain("r6-no-city: None of the 4 slots is in a city it can reach.");
  });

  it("exits with 2 and the JSON path of every bad field for a malformed instance", () => {
    const out = visitdesk(["allocate", fixture("malformed.json"), "--json"]);
    expect(out.status).toBe(2);
    const paths = [
      "slots[0].capacity",
      "slots[0].end",
      "slots[1].start",
      "slots[1].private",
      "slots[1].id",
      "requests[1].priority",
      "requests[2].available[0].end",
      "requests[2].needsPrivate",
      "pins[0].request",
    ];
    for (const p of paths) expect(out.stderr).toContain(`${p}: `);
    const body = JSON.parse(out.stdout);
    expect(body.error.code).toBe("invalid_instance");
    expect(body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([...paths].sort());
  });

  it("exits with 2 for a file that is not JSON", () => {
    const out = visitdesk(["allocate", "-"], "{ slots: ");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("(root): not valid JSON");
    expect(out.stdout).toBe("");
  });
});
