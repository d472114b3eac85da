import { deriveVisit, type EventType, sortEvents, startsNewVisit, type VisitEvent } from "../status";
import type { ImportEvent, ImportRow, RowProblem } from "./rows";

/** An event already in the registry, as far as telling visits apart needs. */
export interface KnownEvent {
  type: EventType;
  date: string;
  symbol?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface ExistingVisit {
  id: string;
  country: string;
  mandate: string;
  holder: string | null;
  events: KnownEvent[];
}

/** Events are unique per visit, type, date and symbol (the database's own unique index). */
export const eventKey = (e: { type: string; date: string; symbol?: string | null }) =>
  `${e.type}|${e.date}|${e.symbol ?? ""}`;

const asLog = (events: readonly KnownEvent[]): VisitEvent[] =>
  events.map((e) => ({
    type: e.type,
    date: e.date,
    from: e.from ?? null,
    to: e.to ?? null,
    symbol: e.symbol,
  }));

/** Events that give a mission's dates: after a visit is over, a later one is another mission. */
const missionDates = new Set<EventType>(["dates_agreed", "started", "completed"]);
const over = new Set(["completed", "reported"]);

/**
 * Whether these events can be one visit: no request or invitation comes after the visit was over
 * (the rule that makes recording start a new visit, `startsNewVisit`), and no later mission's
 * dates either.
 */
export function isOneVisit(events: readonly KnownEvent[]): boolean {
  const log = sortEvents(asLog(events));
  for (const e of log) {
    const request = e.type === "requested" || e.type === "invited";
    if (!request && !missionDates.has(e.type)) continue;
    const before = log.filter((x) => x.date < e.date);
    if (!before.length) continue;
    const facts = deriveVisit(before, e.date);
    if (request && startsNewVisit(facts, e.type)) return false;
    if (!request && over.has(facts.status) && facts.visitTo && (e.from ?? e.date) > facts.visitTo)
      return false;
  }
  return true;
}

export interface PlannedVisit {
  /** The visit's id when it is already in the registry; null for a visit this import creates. */
  id: string | null;
  /** The id a created visit was given, once the import is written. */
  createdId?: string;
  country: string;
  mandate: string;
  mandateAsPublished: string | null;
  holder: string | null;
  /** For a visit in the registry without a holder: the holder a row names. */
  setHolder: string | null;
  source: string | null;
  /** The row that creates it (for a new visit). */
  line: number;
  events: KnownEvent[];
  added: ImportEvent[];
  /** Every event's key, with the row of this file that gives it (0: already recorded). */
  keys: Map<string, number>;
}

export type RowOutcome = "new_visit" | "add_events" | "unchanged" | "rejected";

export interface PlannedRow {
  line: number;
  country: string | null;
  mandate: string | null;
  outcome: RowOutcome;
  /** Index of its visit in `Plan.visits`. */
  visit: number | null;
  /** Events the row adds. */
  added: ImportEvent[];
  /** Events of the row the registry already holds. */
  known: number;
  problems: RowProblem[];
}

export interface PlanCounts {
  rows: number;
  newVisits: number;
  updatedVisits: number;
  newEvents: number;
  unchanged: number;
  rejected: number;
}

export interface Plan {
  rows: PlannedRow[];
  visits: PlannedVisit[];
  counts: PlanCounts;
}

function spanOf(events: readonly KnownEvent[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    for (const d of [e.date, e.from, e.to]) {
      if (!d) continue;
      const t = Date.parse(d);
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
  }
  return [lo, hi];
}

const distance = (a: [number, number], b: [number, number]) => Math.max(0, a[0] - b[1], b[0] - a[1]);

/**
 * What importing these rows would do, against the visits the registry holds for the same countries
 * and mandates. A row joins the visit it shares a letter with; otherwise the nearest visit of its
 * country and mandate that it can belong to (no new request after that visit was over); otherwise
 * it starts a new visit. Letters already recorded are left alone, so importing a file again
 * changes nothing; the same letter given by two rows of the file is a mistake, and named.
 */
export function planImport(
  rows: readonly ImportRow[],
  existing: readonly ExistingVisit[],
  unit: "line" | "row",
): Plan {
  const visits: PlannedVisit[] = [];
  const byPair = new Map<string, number[]>();
  const addVisit = (v: PlannedVisit) => {
    visits.push(v);
    const pair = `${v.country}|${v.mandate}`;
    byPair.set(pair, [...(byPair.get(pair) ?? []), visits.length - 1]);
    return visits.length - 1;
  };
  for (const v of existing) {
    addVisit({
      id: v.id,
      country: v.country,
      mandate: v.mandate,
      mandateAsPublished: null,
      holder: v.holder,
      setHolder: null,
      source: null,
      line: 0,
      events: [...v.events],
      added: [],
      keys: new Map(v.events.map((e) => [eventKey(e), 0])),
    });
  }
  const Unit = unit === "line" ? "Line" : "Row";

  const planned = rows.map((row): PlannedRow => {
    const base = { line: row.line, country: row.country, mandate: row.mandate, added: [], known: 0 };
    if (row.problems.length || !row.country || !row.mandate)
      return { ...base, outcome: "rejected", visit: null, problems: row.problems };
    const keys = row.events.map(eventKey);
    const candidates = byPair.get(`${row.country}|${row.mandate}`) ?? [];
    let chosen: number | null = null;
    let shared = 0;
    for (const i of candidates) {
      const n = keys.filter((k) => visits[i]?.keys.has(k)).length;
      if (n > shared) {
        shared = n;
        chosen = i;
      }
    }
    if (chosen !== null && !isOneVisit([...(visits[chosen] as PlannedVisit).events, ...row.events])) {
      return {
        ...base,
        outcome: "rejected",
        visit: null,
        problems: [
          {
            field: "",
            code: "two_visits",
            message:
              "This row shares a letter with a visit already recorded but also gives a new request, invitation or mission after that visit was over. Put each visit on its own row.",
          },
        ],
      };
    }
    if (chosen === null) {
      const span = spanOf(row.events);
      let best = Number.POSITIVE_INFINITY;
      for (const i of candidates) {
        const v = visits[i] as PlannedVisit;
        if (!isOneVisit([...v.events, ...row.events])) continue;
        const d = distance(span, spanOf(v.events));
        if (d < best) {
          best = d;
          chosen = i;
        }
      }
    }

    // Letters another row of this file already gives: a repeated row or a repeated letter.
    const visit = chosen === null ? null : (visits[chosen] as PlannedVisit);
    const repeats = row.events
      .map((e, i) => ({ e, by: visit?.keys.get(keys[i] as string) ?? 0 }))
      .filter((x) => x.by > 0);
    if (repeats.length) {
      const lines = new Set(repeats.map((r) => r.by));
      const problems: RowProblem[] =
        repeats.length === row.events.length && lines.size === 1
          ? [{ field: "", code: "duplicate_row", message: `This row repeats ${unit} ${[...lines][0]}.` }]
          : repeats.map((r) => ({
              field: r.e.field,
              code: "duplicate_event",
              message: `${Unit} ${r.by} already gives this ${r.e.type.replace(/_/g, " ")} (${r.e.date}).`,
            }));
      return { ...base, outcome: "rejected", visit: null, problems };
    }

    const index =
      chosen ??
      addVisit({
        id: null,
        country: row.country,
        mandate: row.mandate,
        mandateAsPublished: row.mandateAsPublished,
        holder: row.holder,
        setHolder: null,
        source: row.source,
        line: row.line,
        events: [],
        added: [],
        keys: new Map(),
      });
    const v = visits[index] as PlannedVisit;
    const added = row.events.filter((_, i) => !v.keys.has(keys[i] as string));
    for (const e of added) v.keys.set(eventKey(e), row.line);
    v.events.push(...added);
    v.added.push(...added);
    let holderSet = false;
    if (v.id && !v.holder && !v.setHolder && row.holder) {
      v.setHolder = row.holder;
      holderSet = true;
    }
    return {
      ...base,
      outcome: chosen === null ? "new_visit" : added.length || holderSet ? "add_events" : "unchanged",
      visit: index,
      added,
      known: row.events.length - added.length,
      problems: [],
    };
  });

  return {
    rows: planned,
    visits,
    counts: {
      rows: planned.length,
      newVisits: visits.filter((v) => !v.id && v.added.length).length,
      updatedVisits: visits.filter((v) => v.id && (v.added.length || v.setHolder)).length,
      newEvents: visits.reduce((n, v) => n + v.added.length, 0),
      unchanged: planned.filter((r) => r.outcome === "unchanged").length,
      rejected: planned.filter((r) => r.outcome === "rejected").length,
    },
  };
}
