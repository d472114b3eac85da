/**
 * The advocacy log: what an organisation did to obtain a visit, and one timeline that puts its
 * actions among the registry's events so cause and effect shows ("accepted 3 months after the
 * joint letter"). Plain data, no I/O.
 */
import { monthsBetween } from "./letters/compose";

export const actionKinds = [
  "letter_sent",
  "ministry_meeting",
  "public_statement",
  "hrc_statement",
  "other",
] as const;
export type ActionKind = (typeof actionKinds)[number];

/** Who may read an entry: chosen by its author. */
export const logVisibilities = ["organisation", "coalition", "public"] as const;
export type LogVisibility = (typeof logVisibilities)[number];

/** The time from one date to a later one, in the unit a person would say it in. */
export interface Gap {
  days: number;
  /** Whole calendar months. */
  months: number;
  unit: "day" | "month" | "year";
  /** How many of `unit`: "3 months", "2 years". */
  count: number;
}

const DAY = 86_400_000;

export function gapBetween(from: string, to: string): Gap {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
  const months = monthsBetween(from, to);
  if (months < 1) return { days, months, unit: "day", count: days };
  if (months < 24) return { days, months, unit: "month", count: months };
  return { days, months, unit: "year", count: Math.floor(months / 12) };
}

export interface Dated {
  id: string;
  date: string;
}

export type TimelineItem<A extends Dated, E extends Dated> =
  | {
      kind: "action";
      date: string;
      action: A;
      /** Registry events from this action until the organisation's next action, with the time each took. */
      followedBy: { event: E; gap: Gap }[];
    }
  | {
      kind: "event";
      date: string;
      event: E;
      /** The organisation's latest action before it, and how long after that action it came. */
      after: { action: A; gap: Gap } | null;
    };

/**
 * One timeline of actions and registry events, oldest first. On the same day an action comes
 * before an event, so a reply recorded the day a letter went out still counts as following it.
 */
export function buildTimeline<A extends Dated, E extends Dated>(
  actions: readonly A[],
  events: readonly E[],
): TimelineItem<A, E>[] {
  const byDate = (a: Dated, b: Dated) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  const acts = [...actions].sort(byDate);
  const evs = [...events].sort(byDate);
  const items: TimelineItem<A, E>[] = [];
  let e = 0;
  const followed = new Map<A, { event: E; gap: Gap }[]>();
  let latest: A | null = null;
  const flushEventsBefore = (date: string | null) => {
    while (e < evs.length && (date === null || (evs[e] as E).date < date)) {
      const event = evs[e++] as E;
      const after = latest ? { action: latest, gap: gapBetween(latest.date, event.date) } : null;
      if (after) followed.get(after.action)?.push({ event, gap: after.gap });
      items.push({ kind: "event", date: event.date, event, after });
    }
  };
  for (const action of acts) {
    flushEventsBefore(action.date);
    const followedBy: { event: E; gap: Gap }[] = [];
    followed.set(action, followedBy);
    items.push({ kind: "action", date: action.date, action, followedBy });
    latest = action;
  }
  flushEventsBefore(null);
  return items;
}
