import { fits, overlaps, type RequestFacts, requestFacts, type SlotFacts, slotFacts } from "./fit";
import type { Instance } from "./instance";

/**
 * The allocation as an integer programme, written in CPLEX LP text for HiGHS.
 *
 * Variables: binary x{k} for each candidate pair k (a request and a slot that fits it, not
 * forbidden), and binary y{i} for "request i is heard" (for requests with a candidate, only when a
 * request may have several meetings). LP names are indices, never ids, so any id (spaces, quotes,
 * non-Latin letters) is safe.
 *
 * The objective is lexicographic: (1) most requests heard, (2) highest total priority heard,
 * (3) most meetings, then a canonical tie-break. It is solved as a sequence of integer programmes
 * (see allocate.ts), with two levels folded into one by weights that provably keep the order:
 * (1)+(2) is Σ (A + priority) · heard with A = 3·n + 1 for n requests with a candidate. The total
 * priority is at most 3·n < A, so one more request heard outweighs any change in priority, and with
 * equal numbers heard the priorities decide. (The sets of requests that can be heard together form
 * a transversal matroid, so any A ≥ 1 would in fact do; the bound does not rely on that.) Folding
 * (3) in too would need weights around 10⁹ for a thousand requests, where the solver's relative
 * tolerances (1e-6 to 1e-9) start to blur the levels; separate solves keep every level exact.
 */

export interface Facts {
  /** Sorted by id, so the programme (and so the answer) does not depend on the input's order. */
  slots: SlotFacts[];
  requests: RequestFacts[];
  slotIndex: ReadonlyMap<string, number>;
  requestIndex: ReadonlyMap<string, number>;
  maxMeetings: number;
  /** Forbidden placements as `pairKey(request, slot)`. */
  forbidden: ReadonlySet<number>;
}

export interface Pair {
  r: number;
  s: number;
}

export interface Problem extends Facts {
  /** Candidate pairs, ordered by request then slot. */
  pairs: Pair[];
  byRequest: number[][];
  bySlot: number[][];
  /** Pairs the coordinator pinned and that can all hold together (see reviewPins). */
  pinned: number[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function prepare(instance: Instance): Facts {
  const slots = instance.slots.map(slotFacts).sort(byId);
  const requests = instance.requests.map(requestFacts).sort(byId);
  const slotIndex = new Map(slots.map((s, i) => [s.id, i]));
  const requestIndex = new Map(requests.map((r, i) => [r.id, i]));
  const forbidden = new Set<number>();
  for (const f of instance.forbidden) {
    const r = requestIndex.get(f.request);
    const s = slotIndex.get(f.slot);
    if (r !== undefined && s !== undefined) forbidden.add(r * slots.length + s);
  }
  return { slots, requests, slotIndex, requestIndex, maxMeetings: instance.maxMeetingsPerRequest, forbidden };
}

export const pairKey = (facts: Facts, r: number, s: number) => r * facts.slots.length + s;

/** The candidate pairs, with the pins that survived review (they fit and are not forbidden). */
export function candidates(facts: Facts, pins: readonly Pair[]): Problem {
  const pairs: Pair[] = [];
  const byRequest: number[][] = facts.requests.map(() => []);
  const bySlot: number[][] = facts.slots.map(() => []);
  const index = new Map<number, number>();
  facts.requests.forEach((request, r) => {
    facts.slots.forEach((slot, s) => {
      if (facts.forbidden.has(pairKey(facts, r, s)) || !fits(request, slot)) return;
      index.set(pairKey(facts, r, s), pairs.length);
      byRequest[r]?.push(pairs.length);
      bySlot[s]?.push(pairs.length);
      pairs.push({ r, s });
    });
  });
  const pinned = pins.map((p) => {
    const k = index.get(pairKey(facts, p.r, p.s));
    if (k === undefined) throw new Error(`pin ${p.r}:${p.s} is not a candidate; review pins first`);
    return k;
  });
  return { ...facts, pairs, byRequest, bySlot, pinned };
}

export type Goal = "heard" | "meetings" | "tieBreak";

/** A level already solved: its goal must stay at its optimum in later levels. */
export interface Floor {
  goal: Goal;
  value: number;
}

/** The weight A of a heard request in the folded objective (1)+(2); see the module comment. */
const heardWeight = (p: Problem) => 3 * p.byRequest.filter((ks) => ks.length > 0).length + 1;

/**
 * The tie-break: among lexicographic optima, the one with the least total of a cost fixed by the ids
 * of each pair (a hash). It makes the answer a function of the instance, not of the solver's path,
 * and neither the order of the input nor the alphabetical order of ids favours anyone.
 */
export function tieBreakCost(request: string, slot: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${request}\u0000${slot}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 1 + (h % 1000);
}

type Term = [coefficient: number, variable: string];

/**
 * With one meeting per request, "heard" is the sum of its x: the y and their rows are left out, and
 * the programme is a transportation problem whose relaxation is already integral.
 */
const needsHeardVariables = (p: Problem) => p.maxMeetings > 1;

function terms(p: Problem, goal: Goal): Term[] {
  if (goal === "heard") {
    const a = heardWeight(p);
    if (!needsHeardVariables(p))
      return p.pairs.map(({ r }, k): Term => [a + (p.requests[r]?.priority ?? 0), `x${k}`]);
    return p.requests.flatMap((r, i) =>
      (p.byRequest[i]?.length ?? 0) > 0 ? [[a + r.priority, `y${i}`]] : [],
    );
  }
  return p.pairs.map(
    ({ r, s }, k): Term => [
      goal === "meetings" ? 1 : tieBreakCost(p.requests[r]?.id ?? "", p.slots[s]?.id ?? ""),
      `x${k}`,
    ],
  );
}

/** The value of a goal for a set of chosen pairs, computed exactly (not read back from the solver). */
export function goalValue(p: Problem, goal: Goal, chosen: readonly number[]): number {
  if (goal === "heard") {
    const heard = new Set(chosen.map((k) => p.pairs[k]?.r ?? -1));
    const a = heardWeight(p);
    return [...heard].reduce((sum, r) => sum + a + (p.requests[r]?.priority ?? 0), 0);
  }
  const cost = new Map(terms(p, goal).map(([c, v]) => [v, c]));
  return chosen.reduce((sum, k) => sum + (cost.get(`x${k}`) ?? 0), 0);
}

const maximised = (goal: Goal) => goal !== "tieBreak";

/** A linear expression, a few terms per line (HiGHS reads long lines, but people read the file too). */
function expression(ts: readonly Term[]): string {
  const parts = ts.map(([c, v]) => `${c < 0 ? "-" : "+"} ${Math.abs(c)} ${v}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 10) lines.push(parts.slice(i, i + 10).join(" "));
  return lines.join("\n   ");
}

/** Sets of a request's candidate slots that all overlap one another (the cliques of the interval graph). */
function overlapGroups(p: Problem, ks: readonly number[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const a of ks) {
    const at = p.slots[p.pairs[a]?.s ?? -1]?.start ?? 0;
    // Every set of pairwise overlapping intervals shares the latest of their starts.
    const group = ks.filter((b) => {
      const slot = p.slots[p.pairs[b]?.s ?? -1];
      return slot !== undefined && slot.start <= at && at < slot.end;
    });
    if (group.length > 1) groups.set(group.join(","), group);
  }
  return [...groups.values()];
}

export function lpText(p: Problem, goal: Goal, floors: readonly Floor[] = []): string {
  const rows: string[] = [];
  const row = (name: string, ts: Term[], op: "<=" | ">=", rhs: number) =>
    rows.push(` ${name}: ${expression(ts)} ${op} ${rhs}`);
  const xs = (ks: readonly number[], c = 1): Term[] => ks.map((k) => [c, `x${k}`]);

  p.bySlot.forEach((ks, s) => {
    const capacity = p.slots[s]?.capacity ?? 0;
    if (ks.length > capacity) row(`cap${s}`, xs(ks), "<=", capacity);
  });
  p.byRequest.forEach((ks, i) => {
    if (ks.length === 0) return;
    if (ks.length > p.maxMeetings) row(`max${i}`, xs(ks), "<=", p.maxMeetings);
    if (p.maxMeetings > 1)
      overlapGroups(p, ks).forEach((group, g) => {
        row(`ovl${i}_${g}`, xs(group), "<=", 1);
      });
    if (needsHeardVariables(p)) row(`heard${i}`, [[1, `y${i}`], ...xs(ks, -1)], "<=", 0);
  });
  p.pinned.forEach((k) => {
    row(`pin${k}`, xs([k]), ">=", 1);
  });
  // Every goal has an integer value, so half a unit of slack keeps an optimum without letting it slip.
  for (const f of floors)
    row(
      `floor_${f.goal}`,
      terms(p, f.goal),
      maximised(f.goal) ? ">=" : "<=",
      f.value + (maximised(f.goal) ? -0.5 : 0.5),
    );

  const variables = [
    ...p.pairs.map((_, k) => `x${k}`),
    ...p.byRequest.flatMap((ks, i) => (ks.length && needsHeardVariables(p) ? [`y${i}`] : [])),
  ];
  const lines = [
    maximised(goal) ? "Maximize" : "Minimize",
    ` obj: ${expression(terms(p, goal))}`,
    "Subject To",
    ...rows,
    "Binary",
  ];
  for (let i = 0; i < variables.length; i += 20) lines.push(` ${variables.slice(i, i + 20).join(" ")}`);
  lines.push("End", "");
  return lines.join("\n");
}

/**
 * Whether chosen pairs keep every constraint of the programme. The solver's answer is checked
 * rather than trusted: stopped by its time limit, HiGHS can return a vector that is not a solution.
 */
export function feasible(p: Problem, chosen: readonly number[]): boolean {
  const set = new Set(chosen);
  if (set.size !== chosen.length || !p.pinned.every((k) => set.has(k))) return false;
  const inSlot = new Map<number, number>();
  const ofRequest = new Map<number, number[]>();
  for (const k of chosen) {
    const pair = p.pairs[k];
    if (!pair) return false;
    inSlot.set(pair.s, (inSlot.get(pair.s) ?? 0) + 1);
    ofRequest.set(pair.r, [...(ofRequest.get(pair.r) ?? []), pair.s]);
  }
  for (const [s, n] of inSlot) if (n > (p.slots[s]?.capacity ?? 0)) return false;
  for (const ss of ofRequest.values()) {
    if (ss.length > p.maxMeetings) return false;
    const times = ss.map((s) => p.slots[s] as SlotFacts);
    if (times.some((a, i) => times.some((b, j) => i < j && overlaps(a, b)))) return false;
  }
  return true;
}
