import { explainUnassigned, type PinIssue, type Reason, reviewPins } from "./explain";
import { overlaps } from "./fit";
import type { Instance, Placement } from "./instance";
import {
  candidates,
  type Floor,
  feasible,
  type Goal,
  goalValue,
  lpText,
  type Problem,
  prepare,
} from "./model";
import { createHighsSolver, type Solver } from "./solve";

export interface AllocateOptions {
  /** Defaults to HiGHS in a worker thread, started and stopped for this call. */
  solver?: Solver;
  /** For the whole allocation, all its solves together. */
  timeLimitSeconds?: number;
}

export interface Allocation {
  /** Sorted by request id, then slot id. */
  assignments: Placement[];
  /** Every request without a meeting, sorted by id, with the reason. */
  unassigned: { request: string; reason: Reason }[];
  /** Pins that could not hold (not applied), sorted by request id, then slot id. */
  pinIssues: PinIssue[];
  heard: number;
  priorityHeard: number;
  meetings: number;
  /**
   * True when (1) requests heard, (2) priority heard and (3) meetings are proven best. When false
   * the solver stopped at its time limit, and the result may differ from one run to the next.
   */
  optimal: boolean;
}

export const defaultTimeLimitSeconds = 60;

/**
 * Allocates meeting slots to requests: optimal for (1) requests heard, (2) total priority heard,
 * (3) meetings, in that order, keeping the coordinator's pins and forbidden placements, and the same
 * answer for the same instance whatever the order of its lists.
 */
export async function allocate(instance: Instance, options: AllocateOptions = {}): Promise<Allocation> {
  const facts = prepare(instance);
  const { kept, issues } = reviewPins(facts, instance.pins);
  const problem = candidates(facts, kept);
  const { chosen, optimal } = await optimise(problem, options);
  return summarise(problem, chosen, optimal, issues);
}

/**
 * One integer programme per level, each keeping the optimum of the levels before it (see model.ts).
 * With one meeting per request, meetings equal requests heard, so level (3) needs no solve of its own.
 * The last level picks the canonical optimum (the tie-break).
 */
async function optimise(
  p: Problem,
  options: AllocateOptions,
): Promise<{ chosen: number[]; optimal: boolean }> {
  if (p.pairs.length === 0) return { chosen: [], optimal: true };
  const solver = options.solver ?? createHighsSolver();
  const deadline = Date.now() + (options.timeLimitSeconds ?? defaultTimeLimitSeconds) * 1000;
  const goals: Goal[] = p.maxMeetings > 1 ? ["heard", "meetings", "tieBreak"] : ["heard", "tieBreak"];
  const floors: Floor[] = [];
  // Something to fall back on, should the solver be stopped before it finds better.
  let chosen = greedy(p);
  let optimal = true;
  try {
    for (const goal of goals) {
      const seconds = (deadline - Date.now()) / 1000;
      if (seconds <= 0) {
        optimal &&= goal === "tieBreak";
        break;
      }
      const result = await solver.solve(lpText(p, goal, floors), { timeLimitSeconds: seconds });
      if (result.status === "infeasible" || result.status === "failed")
        throw new Error(`the allocation's integer programme could not be solved (${result.detail})`);
      const found = (result.ones ?? []).filter((v) => v.startsWith("x")).map((v) => Number(v.slice(1)));
      if (result.status === "optimal") {
        if (!feasible(p, found)) throw new Error("the solver's optimum breaks a constraint");
        chosen = found;
        floors.push({ goal, value: goalValue(p, goal, chosen) });
        continue;
      }
      // Stopped early: keep the solver's best only if it is a solution and no worse than what we have.
      if (result.ones && feasible(p, found) && !worse(p, found, chosen)) chosen = found;
      // A tie-break cut short still respects the optima of the levels before it.
      optimal &&= goal === "tieBreak";
      break;
    }
  } finally {
    if (!options.solver) await solver.close();
  }
  return { chosen: chosen.sort((a, b) => a - b), optimal };
}

function worse(p: Problem, a: number[], b: number[]): boolean {
  const [ha, hb] = [goalValue(p, "heard", a), goalValue(p, "heard", b)];
  return ha !== hb ? ha < hb : a.length < b.length;
}

/**
 * A quick feasible answer: the pins, then requests by priority (fewest options first), each taking
 * the slots that fit and still have room. Only used when the solver is stopped before it has one.
 */
function greedy(p: Problem): number[] {
  const chosen = [...p.pinned];
  const used = p.slots.map(() => 0);
  const mine = p.requests.map((): number[] => []);
  const take = (k: number) => {
    const { r, s } = p.pairs[k] as { r: number; s: number };
    used[s] = (used[s] ?? 0) + 1;
    mine[r]?.push(s);
  };
  chosen.forEach(take);
  const order = p.requests
    .map((_, r) => r)
    .sort(
      (a, b) =>
        (p.requests[b]?.priority ?? 0) - (p.requests[a]?.priority ?? 0) ||
        (p.byRequest[a]?.length ?? 0) - (p.byRequest[b]?.length ?? 0) ||
        a - b,
    );
  for (const r of order)
    for (const k of p.byRequest[r] ?? []) {
      const s = p.pairs[k]?.s ?? -1;
      const slot = p.slots[s];
      const theirs = mine[r] ?? [];
      if (!slot || theirs.length >= p.maxMeetings || (used[s] ?? 0) >= slot.capacity) continue;
      if (theirs.some((o) => o === s || overlaps(p.slots[o] ?? slot, slot))) continue;
      chosen.push(k);
      take(k);
    }
  return chosen;
}

function summarise(p: Problem, chosen: number[], optimal: boolean, pinIssues: PinIssue[]): Allocation {
  const heard = new Set<number>();
  const assignments = chosen.map((k) => {
    const pair = p.pairs[k];
    if (!pair) throw new Error(`the solver chose an unknown pair ${k}`);
    heard.add(pair.r);
    return { request: p.requests[pair.r]?.id ?? "", slot: p.slots[pair.s]?.id ?? "" };
  });
  const unassigned = [...explainUnassigned(p, chosen)].map(([r, reason]) => ({
    request: p.requests[r]?.id ?? "",
    reason,
  }));
  return {
    assignments,
    unassigned,
    pinIssues,
    heard: heard.size,
    priorityHeard: [...heard].reduce((sum, r) => sum + (p.requests[r]?.priority ?? 0), 0),
    meetings: assignments.length,
    optimal,
  };
}
