import { allocate } from "../src/meetings/allocation/allocate";
import { firstComeFirstServed } from "../src/meetings/allocation/fcfs";
import { generateInstance } from "../src/meetings/allocation/generate";
import { createHighsSolver } from "../src/meetings/allocation/solve";

export interface AllocationCase {
  slots: number;
  requests: number;
  maxMeetingsPerRequest: number;
}

/** The sizes (200 × 40 under 0.5 s, 1,000 × 120 under 5 s) and the usual ones between. */
export const allocationCases: AllocationCase[] = [
  { slots: 40, requests: 150, maxMeetingsPerRequest: 1 },
  { slots: 40, requests: 200, maxMeetingsPerRequest: 1 },
  { slots: 80, requests: 400, maxMeetingsPerRequest: 1 },
  { slots: 120, requests: 1000, maxMeetingsPerRequest: 1 },
  { slots: 120, requests: 1000, maxMeetingsPerRequest: 2 },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Time to allocate seeded instances shaped like a visit (4 cities, 8 themes; see generate.ts), end
 * to end (model, solves in the worker, explanations), with the solver already loaded; and how many
 * requests a first-come-first-served booking hears on the same instances.
 */
export async function allocationCost(cases = allocationCases, seeds = [1, 2, 3]) {
  const solver = createHighsSolver();
  try {
    const warm = generateInstance(0, { slots: 10, requests: 20 });
    const coldStart = performance.now();
    await allocate(warm, { solver });
    const coldMs = performance.now() - coldStart;
    const rows = [];
    for (const c of cases) {
      const times: number[] = [];
      let heard = 0;
      let priorityHeard = 0;
      let fcfsHeard = 0;
      let fcfsPriority = 0;
      let optimal = true;
      for (const seed of seeds) {
        const inst = generateInstance(seed, { ...c, cities: 4, themes: 8 });
        const t = performance.now();
        const a = await allocate(inst, { solver });
        times.push(performance.now() - t);
        const peers = firstComeFirstServed(inst);
        heard += a.heard;
        priorityHeard += a.priorityHeard;
        fcfsHeard += peers.heard;
        fcfsPriority += peers.priorityHeard;
        optimal &&= a.optimal;
      }
      rows.push({
        ...c,
        instances: seeds.length,
        medianMs: median(times),
        maxMs: Math.max(...times),
        optimal,
        /** Means over the instances. */
        heard: heard / seeds.length,
        priorityHeard: priorityHeard / seeds.length,
        fcfsHeard: fcfsHeard / seeds.length,
        fcfsPriorityHeard: fcfsPriority / seeds.length,
      });
    }
    return { coldMs, rows };
  } finally {
    await solver.close();
  }
}
