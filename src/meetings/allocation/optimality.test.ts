import { afterAll, describe, expect, it } from "vitest";
import { allocate } from "./allocate";
import { bruteForce, score, violations } from "./fixtures/build";
import { generateInstance, prng } from "./generate";
import { comparePlacements, type Placement } from "./instance";
import { createHighsSolver } from "./solve";

const solver = createHighsSolver();
afterAll(() => solver.close());

/** Small instances where requests compete: one city of two, few themes, one day, small slots. */
function small(seed: number) {
  const random = prng(seed);
  const maxMeetingsPerRequest = 1 + Math.floor(random() * 3);
  const wide = maxMeetingsPerRequest === 1;
  return generateInstance(seed, {
    slots: 1 + Math.floor(random() * (wide ? 5 : 4)),
    requests: 1 + Math.floor(random() * (wide ? 6 : 5)),
    cities: 2,
    themes: 3,
    days: 1,
    maxCapacity: 2,
    maxMeetingsPerRequest,
    pins: random() < 0.3 ? 1 + Math.floor(random() * 3) : 0,
    forbidden: random() < 0.3 ? 1 + Math.floor(random() * 3) : 0,
  });
}

const key = (p: Placement) => `${p.request}\u0000${p.slot}`;

describe("optimality against brute force", () => {
  it("matches the lexicographic optimum (heard, priority, meetings) on 400 random small instances", async () => {
    let withPins = 0;
    let leftOut = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const inst = small(seed);
      const a = await allocate(inst, { solver });
      const dropped = new Set(a.pinIssues.map(key));
      const kept = [...new Map(inst.pins.map((p) => [key(p), p])).values()].filter(
        (p) => !dropped.has(key(p)),
      );
      const context = `seed ${seed}: ${JSON.stringify(inst)}`;
      expect(violations(inst, a.assignments, kept), context).toEqual([]);
      expect(score(inst, a.assignments), context).toEqual([a.heard, a.priorityHeard, a.meetings]);
      expect([a.heard, a.priorityHeard, a.meetings], context).toEqual(bruteForce(inst, kept));
      expect(a.optimal).toBe(true);
      expect(a.assignments).toEqual([...a.assignments].sort(comparePlacements));

      // Every request is either placed or explained, and an optimum never leaves room it could use.
      const placed = new Set(a.assignments.map((p) => p.request));
      expect(a.unassigned.map((u) => u.request).sort(), context).toEqual(
        inst.requests
          .map((r) => r.id)
          .filter((id) => !placed.has(id))
          .sort(),
      );
      for (const { reason } of a.unassigned) {
        expect(reason.code, context).not.toBe("time_limit");
        if (reason.code === "full") expect(reason.lower, context).toBe(0);
      }
      if (kept.length) withPins++;
      leftOut += a.unassigned.length;
    }
    // The generator must exercise pins and competition, or this test proves little.
    expect(withPins).toBeGreaterThan(40);
    expect(leftOut).toBeGreaterThan(200);
  }, 120_000);
});
