import { fits, overlaps, requestFacts, type SlotFacts, slotFacts } from "./fit";
import type { Instance, Placement } from "./instance";

/**
 * What a booking tool does (the peers' behaviour, for comparison only): requests in the order they
 * came in, each taking the earliest slots that fit and still have room.
 */
export function firstComeFirstServed(instance: Instance): {
  assignments: Placement[];
  heard: number;
  priorityHeard: number;
  meetings: number;
} {
  const slots = instance.slots.map(slotFacts).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  const taken = new Map<string, number>();
  const assignments: Placement[] = [];
  let heard = 0;
  let priorityHeard = 0;
  for (const request of instance.requests) {
    const facts = requestFacts(request);
    const booked: SlotFacts[] = [];
    for (const slot of slots) {
      if (booked.length >= instance.maxMeetingsPerRequest) break;
      if ((taken.get(slot.id) ?? 0) >= slot.capacity || !fits(facts, slot)) continue;
      if (booked.some((b) => overlaps(b, slot))) continue;
      booked.push(slot);
      taken.set(slot.id, (taken.get(slot.id) ?? 0) + 1);
      assignments.push({ request: request.id, slot: slot.id });
    }
    if (booked.length > 0) {
      heard++;
      priorityHeard += request.priority;
    }
  }
  return { assignments, heard, priorityHeard, meetings: assignments.length };
}
