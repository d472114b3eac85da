import { z } from "zod";

/**
 * A visit's history is a log of dated letters and events, as OHCHR records it; its status is
 * derived from that log, never stored. Real logs are messy (events recorded late, out of order,
 * or missing), so the derivation never refuses a log: it takes the most plausible reading and
 * lists what looks inconsistent.
 */
export const eventTypes = [
  "requested",
  "reminder",
  "invited",
  "acknowledged",
  "accepted",
  "dates_proposed",
  "dates_agreed",
  "declined",
  "postponed",
  "cancelled",
  "started",
  "completed",
  "end_of_visit_statement",
  "report_published",
  "report_presented",
  "state_comments",
  "follow_up",
] as const;
export const EventType = z.enum(eventTypes);
export type EventType = z.infer<typeof EventType>;

export const visitStatuses = [
  "requested",
  "invited",
  "accepted",
  "scheduled",
  "underway",
  "completed",
  "reported",
  "declined",
  "postponed",
  "cancelled",
] as const;
export type VisitStatus = (typeof visitStatuses)[number];

export interface VisitEvent {
  type: EventType;
  /** YYYY-MM-DD; where only a month or year is known, its first day, with `precision` saying so. */
  date: string;
  precision?: "day" | "month" | "year";
  /** Visit dates, for dates_proposed, dates_agreed, started and completed. */
  from?: string | null;
  to?: string | null;
  /** Document symbol, for report_published and state_comments (e.g. A/HRC/52/39/Add.1). */
  symbol?: string | null;
  /** HRC session number, for report_presented. */
  session?: number | null;
  /** Order of recording, to tell events recorded out of order. */
  recordedAt?: string;
}

export type Inconsistency =
  | { kind: "out_of_order"; type: EventType; date: string }
  | { kind: "duplicate"; type: EventType; date: string }
  | { kind: "no_request"; type: EventType; date: string }
  | { kind: "after_end"; type: EventType; date: string }
  | { kind: "report_before_visit"; date: string }
  | { kind: "dates_reversed"; from: string; to: string }
  | { kind: "inferred_completed"; to: string };

export interface VisitFacts {
  status: VisitStatus;
  /** Pending: requested and not yet answered by acceptance, refusal or a visit. */
  pending: boolean;
  requestedOn: string | null;
  reminders: number;
  /** First answer of the Government to the request (acknowledged, accepted, declined, invited). */
  answeredOn: string | null;
  /** Days since the request, while it is pending; otherwise days from request to answer. */
  requestAgeDays: number | null;
  visitFrom: string | null;
  visitTo: string | null;
  reportSymbol: string | null;
  reportPublishedOn: string | null;
  hrcSession: number | null;
  /** Whole months from the end of the visit to the report. */
  monthsToReport: number | null;
  inconsistencies: Inconsistency[];
}

const answers = new Set<EventType>([
  "acknowledged",
  "accepted",
  "declined",
  "invited",
  "dates_proposed",
  "dates_agreed",
]);
const afterVisit = new Set<EventType>([
  "end_of_visit_statement",
  "report_published",
  "report_presented",
  "state_comments",
  "follow_up",
]);
const closing = new Set<VisitStatus>(["declined", "cancelled"]);

const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const monthsBetween = (a: string, b: string) => {
  const [ya, ma] = a.split("-").map(Number) as [number, number];
  const [yb, mb] = b.split("-").map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
};

/** Date order; events of one day keep their natural order in a visit's life. */
const lifeOrder = new Map(eventTypes.map((t, i) => [t, i]));
export function sortEvents(events: readonly VisitEvent[]): VisitEvent[] {
  return [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || (lifeOrder.get(a.type) ?? 0) - (lifeOrder.get(b.type) ?? 0),
  );
}

/** Derives status and facts from a visit's event log, as of `today` (YYYY-MM-DD). */
export function deriveVisit(events: readonly VisitEvent[], today: string): VisitFacts {
  const log = sortEvents(events);
  const issues: Inconsistency[] = [];
  const seen = new Set<string>();
  let status: VisitStatus | null = null;
  let requestedOn: string | null = null;
  let answeredOn: string | null = null;
  let reminders = 0;
  let visitFrom: string | null = null;
  let visitTo: string | null = null;
  let reportSymbol: string | null = null;
  let reportPublishedOn: string | null = null;
  let hrcSession: number | null = null;

  const recorded = [...events]
    .filter((e) => e.recordedAt)
    .sort((a, b) => (a.recordedAt as string).localeCompare(b.recordedAt as string));
  for (let i = 1; i < recorded.length; i++) {
    const prev = recorded[i - 1] as VisitEvent;
    const cur = recorded[i] as VisitEvent;
    if (cur.date < prev.date) issues.push({ kind: "out_of_order", type: cur.type, date: cur.date });
  }

  for (const e of log) {
    const key = `${e.type}|${e.date}|${e.symbol ?? ""}`;
    if (seen.has(key)) {
      issues.push({ kind: "duplicate", type: e.type, date: e.date });
      continue;
    }
    seen.add(key);
    if (
      status &&
      closing.has(status) &&
      e.type !== "requested" &&
      e.type !== "invited" &&
      e.type !== "follow_up"
    ) {
      issues.push({ kind: "after_end", type: e.type, date: e.date });
    }
    if (!requestedOn && (e.type === "requested" || e.type === "invited")) requestedOn = e.date;
    if (!requestedOn && !["requested", "invited", "reminder"].includes(e.type) && status === null) {
      issues.push({ kind: "no_request", type: e.type, date: e.date });
    }
    if (requestedOn && !answeredOn && answers.has(e.type) && e.type !== "invited") answeredOn = e.date;
    if (e.from) visitFrom = e.from;
    if (e.to) visitTo = e.to;
    switch (e.type) {
      case "requested":
      case "acknowledged":
        if (status === null || status === "requested" || closing.has(status) || status === "postponed")
          status = "requested";
        break;
      case "reminder":
        reminders++;
        if (status === null) status = "requested";
        break;
      case "invited":
        // An invitation that answers a pending request accepts it.
        status = status === "requested" ? "accepted" : "invited";
        if (status === "accepted" && !answeredOn) answeredOn = e.date;
        break;
      case "accepted":
      case "dates_proposed":
        status = "accepted";
        break;
      case "dates_agreed":
        status = "scheduled";
        break;
      case "declined":
        status = "declined";
        break;
      case "postponed":
        status = "postponed";
        break;
      case "cancelled":
        status = "cancelled";
        break;
      case "started":
        status = "underway";
        visitFrom ??= e.date;
        break;
      case "completed":
        status = "completed";
        visitTo ??= e.date;
        break;
      case "report_published":
        reportSymbol = e.symbol ?? reportSymbol;
        reportPublishedOn = e.date;
        if (status !== "completed" && status !== "reported" && !visitTo)
          issues.push({ kind: "report_before_visit", date: e.date });
        status = "reported";
        break;
      case "report_presented":
        hrcSession = e.session ?? hrcSession;
        status = "reported";
        break;
      default:
        if (
          afterVisit.has(e.type) &&
          (status === null || status === "scheduled" || status === "underway" || status === "accepted")
        ) {
          status = "completed";
        }
    }
  }

  if (visitFrom && visitTo && visitTo < visitFrom)
    issues.push({ kind: "dates_reversed", from: visitFrom, to: visitTo });
  // Agreed dates that have come: underway, or over (a visit whose end nobody recorded).
  if (status === "scheduled" && visitFrom && today >= visitFrom) {
    if (visitTo && today > visitTo) {
      status = "completed";
      issues.push({ kind: "inferred_completed", to: visitTo });
    } else status = "underway";
  }
  if (status === "underway" && visitTo && today > visitTo) {
    status = "completed";
    issues.push({ kind: "inferred_completed", to: visitTo });
  }

  const final: VisitStatus = status ?? "requested";
  const pending = final === "requested" || final === "invited" || final === "postponed";
  const requestAgeDays = requestedOn ? days(requestedOn, pending ? today : (answeredOn ?? today)) : null;
  return {
    status: final,
    pending,
    requestedOn,
    reminders,
    answeredOn,
    requestAgeDays,
    visitFrom,
    visitTo,
    reportSymbol,
    reportPublishedOn,
    hrcSession,
    monthsToReport: visitTo && reportPublishedOn ? monthsBetween(visitTo, reportPublishedOn) : null,
    inconsistencies: issues,
  };
}

/** Whether adding `type` should start a new visit rather than extend this one: a new request after the end. */
export function startsNewVisit(current: VisitFacts, type: EventType): boolean {
  return (
    (type === "requested" || type === "invited") &&
    (current.status === "completed" || current.status === "reported")
  );
}
