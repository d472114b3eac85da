import { afterAll, describe, expect, it } from "vitest";
import { allocate } from "./allocate";
import { at, instance, request, slot, violations } from "./fixtures/build";
import { generateInstance } from "./generate";
import { createHighsSolver } from "./solve";
import { fillCancellations } from "./waitlist";

const solver = createHighsSolver();
afterAll(() => solver.close());

describe("the waitlist", () => {
  it("gives a cancelled place to the request the rules favour", async () => {
    const inst = instance({
      slots: [slot("s1", { capacity: 2 })],
      requests: [
        request("a", { priority: 3 }),
        request("b", { priority: 2 }),
        request("c", { priority: 0 }),
        request("d", { priority: 1 }),
      ],
    });
    const current = (await allocate(inst, { solver })).assignments;
    expect(current.map((p) => p.request)).toEqual(["a", "b"]);
    const changes = await fillCancellations(inst, current, ["a"], { solver });
    expect(changes.freed).toEqual([{ request: "a", slot: "s1" }]);
    expect(changes.filled).toEqual([{ request: "d", slot: "s1" }]);
    expect(changes.dropped).toEqual([]);
    expect(changes.allocation.unassigned.map((u) => u.request)).toEqual(["c"]);
  });

  it("moves no one else, even where starting afresh would", async () => {
    const inst = instance({
      slots: [slot("s1"), slot("s2", { start: at("11:00"), end: at("12:00") })],
      requests: [
        request("flexible", { priority: 1 }),
        request("leaving", { priority: 1 }),
        request("morning-only", { priority: 3, available: [{ start: at("08:00"), end: at("10:00") }] }),
        request("late-only", { priority: 0, available: [{ start: at("10:30"), end: at("12:30") }] }),
      ],
    });
    // The programme as published, before "morning-only" asked to meet.
    const current = [
      { request: "flexible", slot: "s1" },
      { request: "leaving", slot: "s2" },
    ];
    const changes = await fillCancellations(inst, current, ["leaving"], { solver });
    expect(changes.filled).toEqual([{ request: "late-only", slot: "s2" }]);
    expect(changes.allocation.assignments).toContainEqual({ request: "flexible", slot: "s1" });
    // Afresh, "flexible" would move to s2 so that "morning-only" (priority 3) gets s1.
    const afresh = await allocate(
      { ...inst, requests: inst.requests.filter((r) => r.id !== "leaving") },
      { solver },
    );
    expect(afresh.assignments).toContainEqual({ request: "morning-only", slot: "s1" });
  });

  it("keeps every other placement of a realistic programme and breaks no rule", async () => {
    const inst = generateInstance(21, { slots: 40, requests: 150, maxMeetingsPerRequest: 2, maxCapacity: 3 });
    const current = (await allocate(inst, { solver })).assignments;
    const cancelled = [...new Set(current.map((p) => p.request))].filter((_, i) => i % 10 === 0);
    const changes = await fillCancellations(inst, current, cancelled, { solver });
    const stays = current.filter((p) => !cancelled.includes(p.request));
    expect(changes.dropped).toEqual([]);
    expect(changes.allocation.assignments).toEqual(expect.arrayContaining(stays));
    expect(changes.filled.length).toBeGreaterThan(0);
    expect(changes.filled.every((p) => !cancelled.includes(p.request))).toBe(true);
    expect(changes.freed.length).toBe(current.length - stays.length);
    expect(violations(inst, changes.allocation.assignments, stays)).toEqual([]);
  });
});
