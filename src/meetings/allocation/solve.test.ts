import { afterAll, describe, expect, it } from "vitest";
import { allocate } from "./allocate";
import { violations } from "./fixtures/build";
import { generateInstance } from "./generate";
import { candidates, lpText, prepare } from "./model";
import { createHighsSolver, toResult } from "./solve";

const solver = createHighsSolver();
afterAll(() => solver.close());

describe("the HiGHS solver in a worker thread", () => {
  it("solves LP text and gives back the variables at 1", async () => {
    const lp = [
      "Maximize",
      " obj: + 3 a + 2 b + 2 c",
      "Subject To",
      " one: + 1 a + 1 b + 1 c <= 2",
      "Binary",
      " a b c",
      "End",
    ];
    expect(await solver.solve(lp.join("\n"), { timeLimitSeconds: 5 })).toEqual({
      status: "optimal",
      ones: ["a", "b"],
      detail: "Optimal",
    });
    const infeasible = ["Maximize", " obj: + 1 a", "Subject To", " c: + 1 a >= 2", "Binary", " a", "End"];
    expect(await solver.solve(infeasible.join("\n"), { timeLimitSeconds: 5 })).toMatchObject({
      status: "infeasible",
      ones: null,
    });
  });

  it("maps HiGHS's outcomes", () => {
    expect(toResult("Time limit reached", ["x1"])).toEqual({
      status: "limit",
      ones: ["x1"],
      detail: "Time limit reached",
    });
    expect(toResult("Model error", ["x1"]).status).toBe("failed");
    expect(toResult("Model error", ["x1"]).ones).toBeNull();
  });

  it("keeps the event loop free while it solves", async () => {
    const inst = generateInstance(3, { slots: 120, requests: 1000, maxMeetingsPerRequest: 2 });
    const lp = lpText(candidates(prepare(inst), []), "heard");
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    // Three solves in a row: on this thread, the timer would stall for a third of the time at least.
    for (let i = 0; i < 3; i++)
      expect((await solver.solve(lp, { timeLimitSeconds: 30 })).status).toBe("optimal");
    const took = performance.now() - started;
    clearInterval(timer);
    // The gap since the last tick counts too: a blocked loop may not tick at all.
    longest = Math.max(longest, performance.now() - last);
    expect(took).toBeGreaterThan(100);
    expect(longest).toBeLessThan(took / 4);
  });

  it("stops at the time limit with an answer that keeps every rule, marked not optimal", async () => {
    const inst = generateInstance(4, { slots: 120, requests: 1000, maxMeetingsPerRequest: 2, pins: 20 });
    const a = await allocate(inst, { solver, timeLimitSeconds: 0.001 });
    expect(a.optimal).toBe(false);
    const dropped = new Set(a.pinIssues.map((i) => `${i.request}/${i.slot}`));
    const kept = inst.pins.filter((p) => !dropped.has(`${p.request}/${p.slot}`));
    expect(kept.length).toBeGreaterThan(0);
    expect(violations(inst, a.assignments, kept)).toEqual([]);
    expect(a.heard).toBeGreaterThan(100);
  });

  it("can be closed and used again", async () => {
    const own = createHighsSolver();
    const lp = "Maximize\n obj: + 1 a\nSubject To\n c: + 1 a <= 1\nBinary\n a\nEnd";
    expect((await own.solve(lp, { timeLimitSeconds: 5 })).ones).toEqual(["a"]);
    await own.close();
    expect((await own.solve(lp, { timeLimitSeconds: 5 })).ones).toEqual(["a"]);
    await own.close();
  });
});
