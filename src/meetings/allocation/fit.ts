import type { MeetingRequest, Slot } from "./instance";

/** Times as epoch milliseconds, so comparisons do not depend on the offsets people wrote. */
export interface Interval {
  start: number;
  end: number;
}

export interface SlotFacts extends Interval {
  id: string;
  city: string;
  theme: string | null;
  private: boolean;
  /** How many requests the slot holds: a private meeting is one organisation's, whatever `capacity` says. */
  capacity: number;
}

export interface RequestFacts {
  id: string;
  priority: number;
  needsPrivate: boolean;
  cities: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  available: readonly Interval[];
}

/**
 * Cities and themes are typed by people in forms ("Nairobi", "nairobi "): compare them case- and
 * spacing-insensitively, never by display text.
 */
export const normalise = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

export function slotFacts(slot: Slot): SlotFacts {
  return {
    id: slot.id,
    start: Date.parse(slot.start),
    end: Date.parse(slot.end),
    city: normalise(slot.city),
    theme: slot.theme === null ? null : normalise(slot.theme),
    private: slot.private,
    capacity: slot.private ? 1 : slot.capacity,
  };
}

export function requestFacts(request: MeetingRequest): RequestFacts {
  return {
    id: request.id,
    priority: request.priority,
    needsPrivate: request.needsPrivate,
    cities: new Set(request.cities.map(normalise)),
    themes: new Set(request.themes.map(normalise)),
    available: request.available.map((w) => ({ start: Date.parse(w.start), end: Date.parse(w.end) })),
  };
}

/** Why a slot does not fit a request, checked in this order; explanations follow the same order. */
export const misfits = ["city", "time", "theme", "private"] as const;
export type Misfit = (typeof misfits)[number];

export const inCity = (r: RequestFacts, s: SlotFacts) => r.cities.has(s.city);
export const whileAvailable = (r: RequestFacts, s: SlotFacts) =>
  r.available.some((w) => w.start <= s.start && s.end <= w.end);
export const onTheme = (r: RequestFacts, s: SlotFacts) => s.theme === null || r.themes.has(s.theme);
export const privacyKept = (r: RequestFacts, s: SlotFacts) => !r.needsPrivate || s.private;

/** Each criterion of fit, by the misfit it rules out. */
export const criteria: Record<Misfit, (r: RequestFacts, s: SlotFacts) => boolean> = {
  city: inCity,
  time: whileAvailable,
  theme: onTheme,
  private: privacyKept,
};

/** The first reason the slot does not fit the request, or null when it fits. */
export function misfit(r: RequestFacts, s: SlotFacts): Misfit | null {
  return misfits.find((m) => !criteria[m](r, s)) ?? null;
}

export const fits = (r: RequestFacts, s: SlotFacts) => misfit(r, s) === null;

/** Two meetings overlap when one starts before the other ends; back-to-back meetings do not. */
export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
