import type { MessageKey, Translate } from "../../platform/i18n";
import { criteria, type Misfit, misfit, misfits, overlaps } from "./fit";
import { comparePlacements, type Placement } from "./instance";
import { type Facts, type Pair, type Problem, pairKey } from "./model";

/**
 * Why a request was left out, in terms a coordinator can act on. Other organisations are only ever
 * counted, never named: the reason may be shown to the organisation itself.
 */
export type Reason =
  | { code: "no_slots" }
  /** `slots`: how many slots were left at the step that failed (all, in reachable cities, …). */
  | { code: "no_city" | "not_available" | "no_theme" | "no_private" | "forbidden"; slots: number }
  /** Every slot that fits is full; its occupants counted by how they compare with this request. */
  | { code: "full"; slots: number; higher: number; equal: number; lower: number; pinned: number }
  /** Some slot that fits has room: only when the solver stopped at its time limit. */
  | { code: "time_limit"; slots: number };

export type ReasonCode = Reason["code"];

const failedStep: Record<Misfit, "no_city" | "not_available" | "no_theme" | "no_private"> = {
  city: "no_city",
  time: "not_available",
  theme: "no_theme",
  private: "no_private",
};

interface Occupant {
  r: number;
  pinned: boolean;
}

/** The reason for every request without a meeting, by request index. */
export function explainUnassigned(p: Problem, chosen: readonly number[]): Map<number, Reason> {
  const pins = new Set(p.pinned);
  const occupants = p.slots.map((): Occupant[] => []);
  const heard = new Set<number>();
  for (const k of chosen) {
    const pair = p.pairs[k] as Pair;
    occupants[pair.s]?.push({ r: pair.r, pinned: pins.has(k) });
    heard.add(pair.r);
  }
  const reasons = new Map<number, Reason>();
  p.requests.forEach((_, r) => {
    if (!heard.has(r)) reasons.set(r, explainRequest(p, r, occupants));
  });
  return reasons;
}

/**
 * Slots are filtered criterion by criterion (city, time, theme, privacy, the coordinator's
 * exclusions) and the first step that leaves none is the reason; otherwise the slots that fit are
 * full and their occupants are counted.
 */
function explainRequest(p: Problem, r: number, occupants: readonly Occupant[][]): Reason {
  const request = p.requests[r];
  if (!request) throw new Error(`no request ${r}`);
  let pool = p.slots.map((_, s) => s);
  if (pool.length === 0) return { code: "no_slots" };
  for (const m of misfits) {
    const next = pool.filter((s) => criteria[m](request, p.slots[s] as (typeof p.slots)[number]));
    if (next.length === 0) return { code: failedStep[m], slots: pool.length };
    pool = next;
  }
  const allowed = pool.filter((s) => !p.forbidden.has(pairKey(p, r, s)));
  if (allowed.length === 0) return { code: "forbidden", slots: pool.length };

  const withRoom = allowed.filter((s) => (occupants[s]?.length ?? 0) < (p.slots[s]?.capacity ?? 0));
  if (withRoom.length > 0) return { code: "time_limit", slots: withRoom.length };

  // An occupant pinned to any of these slots counts as the coordinator's choice.
  const here = new Map<number, boolean>();
  for (const o of allowed.flatMap((s) => occupants[s] ?? []))
    here.set(o.r, (here.get(o.r) ?? false) || o.pinned);
  const reason = { code: "full" as const, slots: allowed.length, higher: 0, equal: 0, lower: 0, pinned: 0 };
  for (const [o, pinned] of here) {
    const priority = p.requests[o]?.priority ?? 0;
    if (pinned) reason.pinned++;
    else if (priority > request.priority) reason.higher++;
    else if (priority === request.priority) reason.equal++;
    else reason.lower++;
  }
  return reason;
}

/** A pin the allocation could not keep, and why. */
export type PinIssue = Placement &
  (
    | { code: "pin_unfit"; misfit: Misfit }
    | { code: "pin_forbidden" }
    /** `pins`: how many pins ask for the slot; `capacity`: how many it holds. */
    | { code: "pin_full"; pins: number; capacity: number }
    /** `other`: the slot, pinned for the same request, whose time overlaps. */
    | { code: "pin_overlap"; other: string }
    | { code: "pin_max"; max: number }
  );

/**
 * Which pins can hold together. A pin must fit and not be forbidden; then pins are kept one by one,
 * requests of higher priority first (then by request and slot id), as long as the slot has room and
 * the request is not pinned to an overlapping slot or to more meetings than a request may have.
 */
export function reviewPins(f: Facts, pins: readonly Placement[]): { kept: Pair[]; issues: PinIssue[] } {
  const seen = new Set<number>();
  const unique: Pair[] = [];
  for (const pin of pins) {
    const r = f.requestIndex.get(pin.request);
    const s = f.slotIndex.get(pin.slot);
    if (r === undefined || s === undefined || seen.has(pairKey(f, r, s))) continue;
    seen.add(pairKey(f, r, s));
    unique.push({ r, s });
  }
  const priority = (pair: Pair) => f.requests[pair.r]?.priority ?? 0;
  unique.sort((a, b) => priority(b) - priority(a) || a.r - b.r || a.s - b.s);

  const asking = new Map<number, number>();
  for (const pin of unique) asking.set(pin.s, (asking.get(pin.s) ?? 0) + 1);
  const held = new Map<number, number>();
  const ofRequest = new Map<number, number[]>();
  const kept: Pair[] = [];
  const issues: PinIssue[] = [];
  for (const pin of unique) {
    const request = f.requests[pin.r];
    const slot = f.slots[pin.s];
    if (!request || !slot) continue;
    const at = { request: request.id, slot: slot.id };
    const theirs = ofRequest.get(pin.r) ?? [];
    const m = misfit(request, slot);
    const clash = theirs.find((s) => overlaps(f.slots[s] ?? slot, slot));
    if (m) issues.push({ ...at, code: "pin_unfit", misfit: m });
    else if (f.forbidden.has(pairKey(f, pin.r, pin.s))) issues.push({ ...at, code: "pin_forbidden" });
    else if ((held.get(pin.s) ?? 0) >= slot.capacity)
      issues.push({ ...at, code: "pin_full", pins: asking.get(pin.s) ?? 0, capacity: slot.capacity });
    else if (clash !== undefined)
      issues.push({ ...at, code: "pin_overlap", other: f.slots[clash]?.id ?? "" });
    else if (theirs.length >= f.maxMeetings) issues.push({ ...at, code: "pin_max", max: f.maxMeetings });
    else {
      kept.push(pin);
      held.set(pin.s, (held.get(pin.s) ?? 0) + 1);
      ofRequest.set(pin.r, [...theirs, pin.s]);
    }
  }
  return { kept, issues: issues.sort(comparePlacements) };
}

const fullParts = [
  ["higher", "meetings.reason.full.higher"],
  ["equal", "meetings.reason.full.equal"],
  ["lower", "meetings.reason.full.lower"],
  ["pinned", "meetings.reason.full.pinned"],
] as const;

/** The reason as sentences in the reader's language. */
export function reasonText(t: Translate, reason: Reason): string {
  if (reason.code === "no_slots") return t("meetings.reason.no_slots");
  const main = t(`meetings.reason.${reason.code}`, { count: reason.slots });
  if (reason.code !== "full") return main;
  return [
    main,
    ...fullParts.flatMap(([part, key]) => (reason[part] > 0 ? [t(key, { count: reason[part] })] : [])),
  ].join(" ");
}

export function pinIssueText(t: Translate, issue: PinIssue): string {
  const key: MessageKey =
    issue.code === "pin_unfit" ? `meetings.pin_unfit.${issue.misfit}` : `meetings.${issue.code}`;
  const count = issue.code === "pin_full" ? issue.capacity : issue.code === "pin_max" ? issue.max : 0;
  const total = issue.code === "pin_full" ? issue.pins : 0;
  return t(key, { name: issue.slot, count, total });
}
