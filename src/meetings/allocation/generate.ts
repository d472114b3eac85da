import { fits, requestFacts, slotFacts } from "./fit";
import type { Instance, MeetingRequest, Placement, Slot } from "./instance";

/**
 * Seeded instances shaped like a real visit, for tests (many small ones, checked by brute force) and
 * benchmarks (large ones). Not used by the allocation itself.
 */

/** mulberry32: a tiny seeded PRNG, so a failing instance can be rebuilt from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  slots: number;
  requests: number;
  cities?: number;
  themes?: number;
  /** Days of the visit; by default about 12 slots a day. */
  days?: number;
  maxMeetingsPerRequest?: number;
  /** Largest capacity of a group slot (at least 2); small values make requests compete. */
  maxCapacity?: number;
  /** How many pins to draw (most of them on slots that fit) and how many forbidden placements. */
  pins?: number;
  forbidden?: number;
}

const hour = 3_600_000;
const visitStart = Date.parse("2025-03-10T00:00:00+03:00");
/** ISO 8601 in the visit's local time (UTC+3), as a coordinator in Nairobi would write it. */
const iso = (ms: number) => `${new Date(ms + 3 * hour).toISOString().slice(0, 19)}+03:00`;

export function generateInstance(seed: number, o: GenerateOptions): Instance {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const cities = Array.from({ length: o.cities ?? 4 }, (_, i) => (i === 0 ? "Capital" : `City ${i}`));
  const themes = Array.from({ length: o.themes ?? 8 }, (_, i) => `theme ${i + 1}`);
  const days = o.days ?? Math.max(1, Math.ceil(o.slots / 12));

  // The expert spends the first and last day in the capital; the team splits into parallel tracks.
  const dayCity = Array.from({ length: days }, (_, d) =>
    d === 0 || d === days - 1 ? "Capital" : pick(cities),
  );
  const slots: Slot[] = Array.from({ length: o.slots }, (_, i) => {
    const day = Math.floor((i * days) / o.slots);
    const ofDay = i - Math.ceil((day * o.slots) / days);
    const start = visitStart + day * 24 * hour + 8 * hour + (ofDay % 8) * 1.25 * hour;
    const isPrivate = random() < 0.15;
    return {
      id: `s${String(i + 1).padStart(3, "0")}`,
      start: iso(start),
      end: iso(start + (0.75 + int(4) * 0.25) * hour),
      city: dayCity[day] ?? "Capital",
      capacity: isPrivate ? 1 : 2 + int((o.maxCapacity ?? 8) - 1),
      theme: random() < 0.4 ? pick(themes) : null,
      private: isPrivate,
    };
  });

  const requests: MeetingRequest[] = Array.from({ length: o.requests }, (_, i) => {
    const reach = new Set(random() < 0.7 ? ["Capital"] : []);
    while (reach.size === 0 || random() < 0.3) reach.add(pick(cities));
    const raises = new Set<string>();
    while (raises.size === 0 || (raises.size < 3 && random() < 0.4)) raises.add(pick(themes));
    const available = Array.from({ length: 1 + int(3) }, () => {
      const from = visitStart + int(days) * 24 * hour + (random() < 0.5 ? 0 : 8 + int(6)) * hour;
      return { start: iso(from), end: iso(from + (6 + int(48)) * hour) };
    });
    const p = random();
    return {
      id: `r${String(i + 1).padStart(4, "0")}`,
      organisation: `Organisation ${i + 1}`,
      themes: [...raises],
      cities: [...reach],
      available,
      priority: p < 0.3 ? 0 : p < 0.65 ? 1 : p < 0.9 ? 2 : 3,
      needsPrivate: random() < 0.1,
    };
  });

  const draw = (n: number, fitting: boolean): Placement[] =>
    Array.from({ length: n }, () => {
      const request = pick(requests);
      const facts = requestFacts(request);
      const fit = slots.filter((s) => fits(facts, slotFacts(s)));
      const slot = fitting && fit.length > 0 && random() < 0.8 ? pick(fit) : pick(slots);
      return { request: request.id, slot: slot.id };
    });
  return {
    slots,
    requests,
    maxMeetingsPerRequest: o.maxMeetingsPerRequest ?? 1,
    pins: o.slots && o.requests ? draw(o.pins ?? 0, true) : [],
    forbidden: o.slots && o.requests ? draw(o.forbidden ?? 0, true) : [],
  };
}
