import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { allocate } from "./allocate";
import { firstComeFirstServed } from "./fcfs";
import { at, bruteForce, instance, request, slot, violations } from "./fixtures/build";
import { generateInstance, prng } from "./generate";
import type { Instance } from "./instance";
import { candidates, lpText, prepare } from "./model";
import { createHighsSolver, type Solver } from "./solve";

const solver = createHighsSolver();
afterAll(() => solver.close());
const run = (o: Record<string, unknown>) => allocate(instance(o), { solver });

describe("allocation rules", () => {
  it("fills a slot up to its capacity, and a private slot with one request", async () => {
    const five = ["a", "b", "c", "d", "e"].map((id) => request(id));
    expect((await run({ slots: [slot("s1", { capacity: 3 })], requests: five })).heard).toBe(3);
    const closed = await run({ slots: [slot("s1", { capacity: 3, private: true })], requests: five });
    expect(closed.assignments).toHaveLength(1);
  });

  it("sends a request that needs privacy only to a private slot", async () => {
    const a = await run({
      slots: [
        slot("group", { capacity: 5 }),
        slot("closed", { private: true, start: at("11:00"), end: at("12:00") }),
      ],
      requests: [request("at-risk", { needsPrivate: true, priority: 0 }), request("open", { priority: 3 })],
    });
    expect(a.assignments).toContainEqual({ request: "at-risk", slot: "closed" });
    expect(a.assignments).toContainEqual({ request: "open", slot: "group" });
  });

  it("gives a request at most maxMeetingsPerRequest meetings, never two at overlapping times", async () => {
    const slots = [
      slot("s1"),
      slot("s2", { start: at("09:30"), end: at("10:30") }),
      slot("s3", { start: at("10:30"), end: at("11:30") }),
      slot("s4", { start: at("14:00"), end: at("15:00") }),
    ];
    const two = await run({ slots, requests: [request("r1")], maxMeetingsPerRequest: 2 });
    expect(two.meetings).toBe(2);
    const three = await run({ slots, requests: [request("r1")], maxMeetingsPerRequest: 3 });
    // s1 and s2 overlap, so three meetings at most: one of them, s3 and s4.
    expect(three.meetings).toBe(3);
    expect(three.assignments.map((p) => p.slot)).toEqual(expect.arrayContaining(["s3", "s4"]));
    expect(
      violations(
        instance({ slots, requests: [request("r1")], maxMeetingsPerRequest: 3 }),
        three.assignments,
        [],
      ),
    ).toEqual([]);
  });

  it("hears more requests before more meetings, and then gives the extra meetings", async () => {
    // A priority-0 request is still heard when there is room.
    const room = await run({
      slots: [slot("s1", { capacity: 2 })],
      requests: [request("r0", { priority: 0 }), request("r3", { priority: 3 })],
    });
    expect(room.heard).toBe(2);
    // r1 could take both slots (2 meetings), but then r2 is not heard.
    const heard = await run({
      slots: [slot("s1"), slot("s2", { start: at("11:00"), end: at("12:00") })],
      requests: [
        request("r1", { priority: 3 }),
        request("r2", { priority: 0, available: [{ start: at("08:00"), end: at("10:00") }] }),
      ],
      maxMeetingsPerRequest: 2,
    });
    expect(heard.assignments).toEqual([
      { request: "r1", slot: "s2" },
      { request: "r2", slot: "s1" },
    ]);
    // With everyone heard at their best priority, a request still gets the extra meetings it may have.
    const meetings = await run({
      slots: [slot("s1"), slot("s2", { start: at("11:00"), end: at("12:00") })],
      requests: [request("r1")],
      maxMeetingsPerRequest: 2,
    });
    expect(meetings.meetings).toBe(2);
  });

  it("keeps pins and never uses forbidden placements", async () => {
    const a = await run({
      slots: [slot("s1"), slot("s2", { start: at("11:00"), end: at("12:00") })],
      requests: [request("a", { priority: 3 }), request("b", { priority: 0 })],
      pins: [{ request: "b", slot: "s2" }],
      forbidden: [{ request: "a", slot: "s2" }],
    });
    expect(a.assignments).toEqual([
      { request: "a", slot: "s1" },
      { request: "b", slot: "s2" },
    ]);
    expect(a.pinIssues).toEqual([]);
  });

  it("solves the fixture whose optimum is known, where first-come-first-served hears fewer", async () => {
    const fixture = instance(
      JSON.parse(readFileSync(new URL("./fixtures/fcfs-hears-fewer.json", import.meta.url), "utf8")),
    );
    const a = await allocate(fixture, { solver });
    expect([a.heard, a.priorityHeard, a.meetings, a.optimal]).toEqual([5, 8, 5, true]);
    expect(bruteForce(fixture, [])).toEqual([5, 8, 5]);
    expect(firstComeFirstServed(fixture).heard).toBe(4);
    expect(a.unassigned.map((u) => [u.request, u.reason.code])).toEqual([
      ["r6-no-city", "no_city"],
      ["r7-monday-too", "full"],
    ]);
  });

  it("keeps ids out of the programme's variable names", async () => {
    const ids = ["x0", "y0", 'a "quoted" id', "Nairobi: 10 h", "مرحبا"];
    const slots = ids.map((id, i) => slot(id, { start: at(`${10 + i}:00`), end: at(`${10 + i}:30`) }));
    const requests = ids.map((id, i) => request(id, { priority: i % 4 }));
    const inst = instance({ slots, requests, maxMeetingsPerRequest: 2 });
    const lp = lpText(candidates(prepare(inst), []), "heard");
    for (const id of ids.slice(2)) expect(lp).not.toContain(id);
    const a = await allocate(inst, { solver });
    expect(a.heard).toBe(5);
    expect(a.meetings).toBe(bruteForce(inst, [])[2]);
  });

  it("fails loudly when the solver cannot solve the programme", async () => {
    const broken: Solver = {
      solve: async () => ({ status: "failed", ones: null, detail: "Solve error" }),
      close: async () => {},
    };
    await expect(
      allocate(instance({ slots: [slot("s1")], requests: [request("r1")] }), { solver: broken }),
    ).rejects.toThrow("Solve error");
  });

  it("starts and stops its own solver when none is given", async () => {
    const a = await allocate(instance({ slots: [slot("s1")], requests: [request("r1")] }));
    expect(a.assignments).toEqual([{ request: "r1", slot: "s1" }]);
  });
});

/** The same instance with every list (and every list inside a request) in another order. */
function shuffled(inst: Instance, seed: number): Instance {
  const random = prng(seed);
  const mix = <T>(xs: readonly T[]): T[] =>
    xs
      .map((x) => [random(), x] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, x]) => x);
  return {
    ...inst,
    slots: mix(inst.slots),
    requests: mix(inst.requests).map((r) => ({
      ...r,
      themes: mix(r.themes),
      cities: mix(r.cities),
      available: mix(r.available),
    })),
    pins: mix(inst.pins),
    forbidden: mix(inst.forbidden),
  };
}

describe("determinism", () => {
  it("gives the same output for the same instance, run twice or with its lists shuffled", async () => {
    for (const [seed, maxMeetingsPerRequest] of [
      [11, 1],
      [12, 2],
    ] as const) {
      const inst = generateInstance(seed, {
        slots: 40,
        requests: 150,
        maxMeetingsPerRequest,
        maxCapacity: 3,
        pins: 8,
        forbidden: 30,
      });
      const first = await allocate(inst, { solver });
      expect(first.optimal).toBe(true);
      expect(first.unassigned.length).toBeGreaterThan(0);
      expect(await allocate(inst)).toEqual(first);
      for (const s of [1, 2, 3]) expect(await allocate(shuffled(inst, s), { solver })).toEqual(first);
      const sorted = (xs: { request: string; slot: string }[]) => xs.map((p) => `${p.request}/${p.slot}`);
      expect(sorted(first.assignments)).toEqual([...sorted(first.assignments)].sort());
      expect(first.unassigned.map((u) => u.request)).toEqual(first.unassigned.map((u) => u.request).sort());
    }
  });
});
