import { z } from "zod";
import type { Mandate } from "../mandates/mandate";
import type { Provenance } from "../platform/provenance";
import type { EventType, VisitEvent } from "./status";

/**
 * Turns the team's sample of real country visits (rows as published: a mandate named in free text,
 * a status phrase, dates as written) into visits with event logs. What a row does not say is not
 * invented: an unknown request date becomes the date the source last saw the request pending,
 * marked with its precision and a note.
 */
export const RawVisitRow = z.object({
  country: z.string(),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  mandate: z.string(),
  mandate_id: z.string().optional(),
  status: z.string(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  dates_as_published: z.string().nullable(),
  report_symbol: z.string().nullable(),
  state_comments_symbol: z.string().nullable(),
  report_presented_at: z.string().nullable(),
  source: z.string(),
  note: z.string().nullable(),
});
export type RawVisitRow = z.infer<typeof RawVisitRow>;

export interface ReferenceVisit {
  /** Stable across imports: country, mandate and the first date the row gives. */
  key: string;
  countryIso3: string;
  mandateId: string;
  /** The mandate as the source names it (a predecessor's name is kept as published). */
  mandateAsPublished: string;
  mandateHolder: string | null;
  events: (VisitEvent & { note: string | null; source: string })[];
  provenance: Provenance;
}

/** Names of earlier mandates, or short forms, that token matching cannot resolve. */
const aliases: [RegExp, string][] = [
  [
    /representative of the (sg|secretary-general) on the human rights of (idps|internally displaced)/i,
    "sr-idps",
  ],
  [/extreme poverty/i, "sr-poverty"],
  [/people of african descent/i, "wg-african-descent"],
  [/trafficking in persons/i, "sr-trafficking"],
  [/counter-terrorism|countering terrorism/i, "sr-counter-terrorism"],
  [/human rights defenders/i, "sr-human-rights-defenders"],
];

const expand = (s: string) =>
  s
    .replace(/\([^)]*\)/g, " ")
    .replace(/\bSR\b/g, "special rapporteur")
    .replace(/\bIE\b/g, "independent expert")
    .replace(/\bWG\b/g, "working group")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "");

const stop = new Set([
  "the",
  "on",
  "of",
  "and",
  "in",
  "to",
  "or",
  "special",
  "rapporteur",
  "independent",
  "expert",
  "working",
  "group",
  "situation",
  "human",
  "rights",
  "right",
  "a",
  "with",
  "jointly",
  "other",
]);
const tokens = (s: string) =>
  new Set(
    expand(s)
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !stop.has(w)),
  );

/** The mandate a free-text name refers to, by alias or by the best overlap of significant words. */
export function matchMandate(
  name: string,
  mandates: readonly Pick<Mandate, "id" | "title" | "shortName">[],
): string | null {
  for (const [re, id] of aliases) if (re.test(name)) return id;
  const want = tokens(name);
  let best: { id: string; score: number } | null = null;
  for (const m of mandates) {
    const have = tokens(`${m.title} ${m.shortName}`);
    let shared = 0;
    for (const w of want) if (have.has(w)) shared++;
    const score = shared / Math.max(1, want.size);
    if (shared > 0 && (!best || score > best.score)) best = { id: m.id, score };
  }
  return best && best.score >= 0.5 ? best.id : null;
}

/** The mandate holder named in brackets, e.g. "SR on … (Christof Heyns)". */
export function holderIn(name: string): string | null {
  const m = name.match(/\(([^)]+)\)/);
  if (!m?.[1]) return null;
  const inside = m[1].trim();
  return /^[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]*)+$/u.test(inside) ? inside : null;
}

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "as of Sep 2019", "as of early 2018", "(2013)": the latest date a source vouches for, with its precision. */
export function asOfDate(text: string): { date: string; precision: "month" | "year" } | null {
  const m = text.match(
    /(?:as of\s+)?(?:(early|mid|late)\s+)?(?:(\d{1,2})\s+)?([A-Za-z]{3,9})?\.?\s*(\d{4})/i,
  );
  if (!m?.[4]) return null;
  const monthIdx = m[3] ? months.indexOf(m[3].slice(0, 3).toLowerCase()) : -1;
  if (monthIdx >= 0)
    return { date: `${m[4]}-${String(monthIdx + 1).padStart(2, "0")}-01`, precision: "month" };
  return { date: `${m[4]}-01-01`, precision: "year" };
}

/** "HRC 56 (June-July 2024)" → session 56, first month named. */
export function hrcSession(text: string | null): { session: number; date: string | null } | null {
  const m = text?.match(/HRC\s*(\d{1,2})\b/);
  if (!m?.[1]) return null;
  const rest = text?.slice((m.index ?? 0) + m[0].length) ?? "";
  const year = rest.match(/\d{4}/)?.[0];
  // The month named first in the text, not the first of the calendar.
  const named = rest.toLowerCase().match(new RegExp(`\\b(${months.join("|")})`));
  const month = named?.[1] ? months.indexOf(named[1]) : -1;
  if (!year) return { session: Number(m[1]), date: null };
  return { session: Number(m[1]), date: `${year}-${String(month >= 0 ? month + 1 : 1).padStart(2, "0")}-01` };
}

export function rowEvents(row: RawVisitRow): ReferenceVisit["events"] {
  const status = row.status.toLowerCase();
  const from = row.start_date;
  const to = row.end_date;
  const asOf = asOfDate(row.status) ?? (row.dates_as_published ? asOfDate(row.dates_as_published) : null);
  const note = (text: string | null) => [text, row.note].filter(Boolean).join(" — ") || null;
  const base = { source: row.source };
  const events: ReferenceVisit["events"] = [];
  const add = (
    type: EventType,
    date: string | null | undefined,
    extra: Partial<VisitEvent> & { note?: string | null } = {},
  ) => {
    if (!date) return;
    events.push({
      type,
      date,
      precision: extra.precision ?? "day",
      note: extra.note ?? note(null),
      ...base,
      ...extra,
    });
  };
  const when = from ?? asOf?.date;
  const precision = from ? "day" : (asOf?.precision ?? "year");

  if (status.startsWith("requested")) {
    add("requested", asOf?.date, {
      precision: asOf?.precision,
      note: note(
        `Request date unknown; pending as of ${asOf?.date.slice(0, asOf.precision === "year" ? 4 : 7)}`,
      ),
    });
  } else if (status.startsWith("invited")) {
    add("invited", asOf?.date, {
      precision: asOf?.precision,
      note: note("Date of the invitation unknown; as reported"),
    });
  } else if (status.startsWith("accepted")) {
    add("accepted", asOf?.date, {
      precision: asOf?.precision,
      note: note("Date of acceptance unknown; as reported"),
    });
  } else if (status.startsWith("scheduled") || status.startsWith("announced")) {
    add("dates_agreed", asOf?.date ?? when, {
      from,
      to,
      precision: asOf ? asOf.precision : precision,
      note: note("Dates as announced"),
    });
  } else if (status.startsWith("postponed")) {
    add("dates_agreed", when, {
      from,
      to,
      precision,
      note: note("Dates as planned before the postponement"),
    });
    add("postponed", when, { precision, note: note(row.status) });
  } else if (status.startsWith("cancelled")) {
    add("cancelled", asOfDate(row.status)?.date ?? when, { precision: "year", note: note(row.status) });
  } else if (status.startsWith("completed")) {
    if (from) add("started", from, { from, to });
    const end = to ?? when;
    add("completed", end, {
      from,
      to,
      precision: to ? "day" : precision,
      note: note(row.dates_as_published ? `Dates as published: ${row.dates_as_published}` : null),
    });
  }
  const presented = hrcSession(row.report_presented_at);
  const planned = /planned/i.test(row.report_presented_at ?? "");
  if (row.report_symbol) {
    add("report_published", presented?.date ?? when, {
      symbol: row.report_symbol,
      precision: "month",
      note: note("Publication date unknown; the month of the HRC session is used"),
    });
  }
  if (presented && !planned && !/follow-up/i.test(row.report_presented_at ?? "")) {
    add("report_presented", presented.date, {
      session: presented.session,
      precision: "month",
      note: note(null),
    });
  }
  if (row.state_comments_symbol)
    add("state_comments", presented?.date ?? when, { symbol: row.state_comments_symbol, precision: "month" });
  if (/follow-up/i.test(row.status) || /follow-up/i.test(row.report_presented_at ?? "")) {
    const f = hrcSession(row.report_presented_at);
    add("follow_up", f?.date ?? asOfDate(row.status)?.date ?? when, {
      precision: "year",
      note: note(row.status),
    });
  }
  return events;
}

/**
 * Loads both sample files. Rows of the second file that complete or correct a row of the first
 * (same country, mandate and year) replace it; the published mandate name is kept.
 */
export function visitsFromReference(
  samples: { rows: unknown[]; sources: Record<string, string> }[],
  mandates: readonly Pick<Mandate, "id" | "title" | "shortName">[],
): { visits: ReferenceVisit[]; rejected: { row: number; reason: string }[] } {
  const byKey = new Map<string, ReferenceVisit>();
  const rejected: { row: number; reason: string }[] = [];
  let n = 0;
  for (const sample of samples) {
    for (const raw of sample.rows) {
      n++;
      const parsed = RawVisitRow.safeParse(raw);
      if (!parsed.success) {
        rejected.push({
          row: n,
          reason: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
        });
        continue;
      }
      const row = parsed.data;
      const mandateId = row.mandate_id ?? matchMandate(row.mandate, mandates);
      if (!mandateId) {
        rejected.push({ row: n, reason: `unknown mandate "${row.mandate}"` });
        continue;
      }
      const events = rowEvents(row);
      if (!events.length) {
        rejected.push({ row: n, reason: `no dated event in status "${row.status}"` });
        continue;
      }
      const year = (row.start_date ?? events[0]?.date ?? "").slice(0, 4);
      const key = `${row.iso3}:${mandateId}:${year}`;
      byKey.set(key, {
        key,
        countryIso3: row.iso3,
        mandateId,
        mandateAsPublished: row.mandate,
        mandateHolder: holderIn(row.mandate),
        events,
        provenance: {
          source: sample.sources[row.source] ?? row.source,
          asOf: null,
          confidence: "corpus",
          evidence: [{ key: row.source, description: sample.sources[row.source] ?? row.source }],
          note: row.note,
        },
      });
    }
  }
  return { visits: [...byKey.values()], rejected };
}
