import { type AllocateOptions, type Allocation, allocate } from "./allocate";
import { comparePlacements, type Instance, type Placement } from "./instance";

export interface WaitlistChanges {
  /** The places the cancelled requests held. */
  freed: Placement[];
  /** New placements that fill them (requests left out before, or more meetings for others). */
  filled: Placement[];
  /** Placements of other requests that could not be kept (their pin could not hold: see pinIssues). */
  dropped: Placement[];
  allocation: Allocation;
}

const key = (p: Placement) => JSON.stringify([p.request, p.slot]);

/**
 * When placed requests cancel, who takes their places: every other placement stays where it is
 * (pinned), the cancelled requests are withdrawn, and the allocation runs again, so the freed places
 * go to whoever the same rules (heard, then priority, then meetings) favour.
 */
export async function fillCancellations(
  instance: Instance,
  current: readonly Placement[],
  cancelled: readonly string[],
  options: AllocateOptions = {},
): Promise<WaitlistChanges> {
  const gone = new Set(cancelled);
  const stays = (p: Placement) => !gone.has(p.request);
  const allocation = await allocate(
    {
      ...instance,
      requests: instance.requests.filter((r) => !gone.has(r.id)),
      pins: [...instance.pins, ...current].filter(stays),
      forbidden: instance.forbidden.filter(stays),
    },
    options,
  );
  const before = new Set(current.map(key));
  const after = new Set(allocation.assignments.map(key));
  return {
    freed: current.filter((p) => !stays(p)).sort(comparePlacements),
    filled: allocation.assignments.filter((p) => !before.has(key(p))),
    dropped: current.filter((p) => stays(p) && !after.has(key(p))).sort(comparePlacements),
    allocation,
  };
}
