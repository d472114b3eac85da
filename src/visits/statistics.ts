/**
 * How States answer the mandates' requests, as plain arithmetic over counts the store gathers.
 * A request counts as answered by the Government's first reply of any kind (acknowledgement,
 * acceptance, refusal, invitation, proposed dates): silence is what civil society needs to see.
 */
export interface ResponseCounts {
  /** A country ISO3 code or a mandate id. */
  key: string;
  requests: number;
  answered: number;
  /** Requests still waiting for an answer (requested, invited without dates, postponed). */
  pending: number;
  /** Median days from a request to its first answer, over the answered requests. */
  medianDays: number | null;
  /** Completed visits (including those with a report). */
  visited: number;
  /** Start of the latest completed visit. */
  lastVisitOn: string | null;
}

export interface ResponseStats extends ResponseCounts {
  /** Share of requests answered, 0–1; null without any request. */
  rate: number | null;
}

export const withRate = (c: ResponseCounts): ResponseStats => ({
  ...c,
  rate: c.requests > 0 ? c.answered / c.requests : null,
});

/** The median of a list of numbers, as PostgreSQL's percentile_cont(0.5) computes it. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  const lo = sorted[Math.floor(mid)] as number;
  const hi = sorted[Math.ceil(mid)] as number;
  return (lo + hi) / 2;
}

export type StatsSort = "requests" | "rate" | "median" | "pending" | "name";

/**
 * Orders statistics rows: most requests, lowest answer rate (the silent first), slowest median,
 * most pending, or by name; ties fall back to the key so pages are stable.
 */
export function sortStats<T extends ResponseStats>(
  rows: readonly T[],
  sort: StatsSort,
  name: (r: T) => string,
): T[] {
  const nullsLast = (a: number | null, b: number | null, dir: 1 | -1) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : (a - b) * dir;
  const cmp: Record<StatsSort, (a: T, b: T) => number> = {
    requests: (a, b) => b.requests - a.requests,
    rate: (a, b) => nullsLast(a.rate, b.rate, 1),
    median: (a, b) => nullsLast(a.medianDays, b.medianDays, -1),
    pending: (a, b) => b.pending - a.pending,
    name: (a, b) => name(a).localeCompare(name(b)),
  };
  return [...rows].sort((a, b) => cmp[sort](a, b) || a.key.localeCompare(b.key));
}

/** A request unanswered for longer than this is "left unanswered", not merely pending. */
export const UNANSWERED_AFTER_DAYS = 365;

export interface PendingRequest {
  requestedOn: string | null;
}

/**
 * A standing invitation says "come whenever you ask"; requests left unanswered for a year
 * contradict it. Returns the requests that do, oldest first, for the country page.
 */
export function unansweredDespiteInvitation<T extends PendingRequest>(
  standingInvitation: "yes" | "no" | null,
  pending: readonly T[],
  today: string,
): T[] {
  if (standingInvitation !== "yes") return [];
  const limit = Date.parse(today) - UNANSWERED_AFTER_DAYS * 86_400_000;
  return pending
    .filter((p) => p.requestedOn !== null && Date.parse(p.requestedOn) <= limit)
    .sort((a, b) => (a.requestedOn ?? "").localeCompare(b.requestedOn ?? ""));
}

/** Whole days from `from` to `to` (ISO dates). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
