import { eventProblems, type NewEvent } from "../recording";
import { holderIn } from "../reference";
import type { EventType } from "../status";
import { type ColumnMapping, fieldDocs, type ImportField, resolveColumns } from "./columns";
import {
  type DateSpan,
  type FuzzyDate,
  headingKind,
  parseDate,
  parseDateList,
  parseSession,
  parseSpan,
  parseStatusText,
  type StatusKind,
  symbolDate,
} from "./dates";
import { ImportFileError } from "./decode";
import { type CountryRef, countryResolver, type MandateRef, mandateResolver } from "./names";
import { isOneVisit } from "./plan";
import type { Table } from "./read";

export type ProblemCode =
  | "missing"
  | "unknown_country"
  | "ambiguous_country"
  | "unknown_mandate"
  | "bad_date"
  | "bad_status"
  | "bad_symbol"
  | "bad_session"
  | "bad_year"
  | "no_date"
  | "no_event"
  | "too_long"
  | "two_visits"
  | "duplicate_event"
  | "duplicate_row"
  | "impossible";

/** What is wrong with one row, naming the column (the documented field) it is in. */
export interface RowProblem {
  field: ImportField | "";
  code: ProblemCode;
  message: string;
}

/** An event a row gives, with the columns it comes from (to name them when something is wrong). */
export interface ImportEvent extends NewEvent {
  field: ImportField;
  /** Where its visit dates come from, when it has some. */
  spanFields?: { from: ImportField; to: ImportField };
}

export interface ImportRow {
  line: number;
  country: string | null;
  mandate: string | null;
  /** The mandate as the file names it, when not by its id. */
  mandateAsPublished: string | null;
  holder: string | null;
  source: string | null;
  events: ImportEvent[];
  problems: RowProblem[];
}

export interface CheckedFile {
  /** Each column of the file and the field it fills (null: ignored). */
  columns: { header: string; field: ImportField | null }[];
  rows: ImportRow[];
}

export interface Lookups {
  countries: readonly CountryRef[];
  mandates: readonly MandateRef[];
}

const SYMBOL = /\b(?:A\/HRC|E\/CN\.4|A)\/[\w./-]*\w/g;
const LIMITS: Partial<Record<ImportField, number>> = { note: 2000, source: 500, holder: 200 };

/**
 * Reads every row of a table into a visit with its events, or says what is wrong with it, field
 * by field. Nothing here touches the database: `lookups` holds the countries and mandates.
 * A required column the file lacks is a problem of the whole file (ImportFileError).
 */
export function checkRows(
  table: Table,
  mapping: ColumnMapping,
  lookups: Lookups,
  today: string,
  fileSource: string,
): CheckedFile {
  const { fields, problems } = resolveColumns(table.headers, mapping);
  const [first] = problems;
  if (first)
    throw new ImportFileError("bad_mapping", first.message, { column: first.column, headers: table.headers });
  const country = countryResolver(lookups.countries);
  const mandate = mandateResolver(lookups.mandates);
  // A page about one mandate (or one country) names it once, in its title, not on every row.
  const pageCountry = table.page.map(country).find((r) => r && "id" in r) as { id: string } | undefined;
  const pageMandate = table.page.map(mandate).find((r) => r && "id" in r) as { id: string } | undefined;
  for (const d of fieldDocs.filter((f) => f.required)) {
    const fromPage = d.field === "country" ? pageCountry : pageMandate;
    if (!fields.includes(d.field) && !fromPage) {
      throw new ImportFileError(
        "missing_column",
        `The file has no “${d.field}” column (its columns are: ${table.headers.map((h) => `“${h}”`).join(", ") || "none"}). Name a column “${d.field}”, or map one to it (e.g. --map '${table.headers[0] ?? "Column"}=${d.field}').`,
        { column: d.field, headers: table.headers },
      );
    }
  }
  const rows = table.rows.map((r) => {
    const get = (f: ImportField) =>
      fields
        // A leading apostrophe is how CSV exports (ours too) keep a cell from running as a formula.
        .map((g, i) => (g === f ? (r.cells[i] ?? "").trim().replace(/^'(?=[=+\-@])/, "") : ""))
        .filter(Boolean)
        .join("; ");
    return checkRow(r.line, get, r.cells.join("\n"), {
      country,
      mandate,
      pageCountry: pageCountry?.id,
      pageMandate: pageMandate?.id,
      section: r.section ? headingKind(r.section) : null,
      today,
      fileSource,
    });
  });
  return { columns: table.headers.map((header, i) => ({ header, field: fields[i] ?? null })), rows };
}

interface RowContext {
  country: (t: string) => ReturnType<ReturnType<typeof countryResolver>>;
  mandate: (t: string) => ReturnType<ReturnType<typeof mandateResolver>>;
  pageCountry?: string;
  pageMandate?: string;
  section: StatusKind | null;
  today: string;
  fileSource: string;
}

const datedKinds: Partial<Record<StatusKind | "reminder", EventType>> = {
  requested: "requested",
  reminder: "reminder",
  invited: "invited",
  acknowledged: "acknowledged",
  accepted: "accepted",
  declined: "declined",
  postponed: "postponed",
  cancelled: "cancelled",
};

const dateColumns: [ImportField, EventType][] = [
  ["requested", "requested"],
  ["invited", "invited"],
  ["acknowledged", "acknowledged"],
  ["accepted", "accepted"],
  ["declined", "declined"],
  ["postponed", "postponed"],
  ["cancelled", "cancelled"],
  ["end_of_visit_statement", "end_of_visit_statement"],
];

function checkRow(line: number, get: (f: ImportField) => string, whole: string, ctx: RowContext): ImportRow {
  const problems: RowProblem[] = [];
  const problem = (field: ImportField | "", code: ProblemCode, message: string) =>
    problems.push({ field, code, message });
  for (const [f, max] of Object.entries(LIMITS) as [ImportField, number][]) {
    if (get(f).length > max) problem(f, "too_long", `At most ${max} characters.`);
  }

  const yearText = get("year");
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  if (yearText && year === undefined) problem("year", "bad_year", `“${yearText}” is not a year.`);

  // The country cell of an official page may hold the visit's dates: "Honduras (22 May/2 June)".
  let countryText = (get("country").split("\n")[0] ?? "").replace(/[*†‡]/g, "").trim();
  let datesText = get("dates");
  const inCountry = countryText.match(/^(.*\S)\s*\(([^()]*)\)$/);
  if (inCountry && !datesText && parseSpan(inCountry[2] as string, year)) {
    countryText = inCountry[1] as string;
    datesText = inCountry[2] as string;
  }

  let country: string | null = null;
  if (!countryText && ctx.pageCountry) country = ctx.pageCountry;
  else if (!countryText) problem("country", "missing", "Give the country (ISO 3166-1 alpha-3 code or name).");
  else {
    const found = ctx.country(countryText);
    if (found && "id" in found) country = found.id;
    else if (found)
      problem(
        "country",
        "ambiguous_country",
        `“${countryText}” could be ${found.ambiguous.join(" or ")}: give the ISO 3166-1 alpha-3 code.`,
      );
    else
      problem(
        "country",
        "unknown_country",
        `No country is called “${countryText}”: give its ISO 3166-1 alpha-3 code (e.g. KEN) or its name.`,
      );
  }

  const mandateText = get("mandate");
  let mandate: string | null = null;
  if (!mandateText && ctx.pageMandate) mandate = ctx.pageMandate;
  else if (!mandateText)
    problem("mandate", "missing", "Give the mandate (its id, e.g. sr-torture, or its title).");
  else {
    const found = ctx.mandate(mandateText);
    if (found && "id" in found) mandate = found.id;
    else
      problem(
        "mandate",
        "unknown_mandate",
        `No mandate matches “${mandateText}”: give its id (e.g. sr-torture; see /mandates) or its title.`,
      );
  }

  const events = rowEvents(get, datesText, year, whole, ctx, problem);
  const source = get("source") || null;
  const note = get("note") || null;
  for (const e of events) {
    e.source = source ?? ctx.fileSource;
    e.note = [e.note, note].filter(Boolean).join(" — ") || null;
  }

  if (!events.length && !problems.length)
    problem(
      "",
      "no_event",
      "This row gives no dated letter or event: fill at least one date (requested, accepted, visit_from…) or a status with its date.",
    );
  // What recording refuses (far future, a visit ending before it starts…) is refused here too.
  for (const e of events) {
    for (const p of eventProblems(e, ctx.today)) {
      const field = problemField(e, p.path);
      if (!problems.some((x) => x.field === field && x.message === p.message))
        problem(field, "impossible", p.message);
    }
  }
  if (events.length && !problems.length && !isOneVisit(events))
    problem(
      "",
      "two_visits",
      "This row holds two visits: a new request, invitation or mission after the visit was over. Put each visit on its own row.",
    );

  const holder = get("holder") || (mandateText ? holderIn(mandateText) : null);
  return {
    line,
    country,
    mandate,
    mandateAsPublished: mandate && mandateText && mandateText.toLowerCase() !== mandate ? mandateText : null,
    holder: holder || null,
    source,
    events,
    problems,
  };
}

function problemField(e: ImportEvent, path: string): ImportField {
  switch (path) {
    case "from":
      return e.spanFields?.from ?? e.field;
    case "to":
      return e.spanFields?.to ?? e.field;
    case "symbol":
      return e.type === "state_comments" ? "state_comments_symbol" : "report_symbol";
    case "session":
      return "report_session";
    default:
      return e.field;
  }
}

type Problem = (field: ImportField | "", code: ProblemCode, message: string) => void;
type Push = (type: EventType, field: ImportField, d: FuzzyDate, extra?: Partial<ImportEvent>) => void;

const badDateMessage = (raw: string) =>
  `“${raw}” is not a date Visitdesk can read: write it as 2019-01-14, 14 January 2019, January 2019 or 2019.`;

/** Kinds whose letter is implied when the visit's dates are given (an acceptance with dates agreed). */
const impliedBySpan = new Set<StatusKind>(["requested", "invited", "acknowledged", "accepted"]);

function rowEvents(
  get: (f: ImportField) => string,
  datesText: string,
  year: number | undefined,
  whole: string,
  ctx: RowContext,
  problem: Problem,
): ImportEvent[] {
  const events: ImportEvent[] = [];
  const seen = new Map<string, ImportField>();
  const push: Push = (type, field, d, extra = {}) => {
    const key = `${type}|${d.date}|${extra.symbol ?? ""}`;
    const before = seen.get(key);
    // The same letter twice in one column is a mistake; in two columns (a status and a date) it is one fact.
    if (before === field)
      problem(field, "duplicate_event", `The ${type.replace(/_/g, " ")} of ${d.date} is given twice.`);
    if (before) return;
    seen.set(key, field);
    events.push({ type, date: d.date, precision: d.precision, field, ...extra });
  };
  const dateOf = (field: ImportField): FuzzyDate | null => {
    const raw = get(field);
    if (!raw) return null;
    const d = parseDate(raw, year);
    if (!d) problem(field, "bad_date", badDateMessage(raw));
    return d;
  };

  for (const [field, type] of dateColumns) {
    const d = dateOf(field);
    if (d) push(type, field, d);
  }
  const reminders = parseDateList(get("reminders"), year);
  for (const bad of reminders.bad) problem("reminders", "bad_date", badDateMessage(bad));
  for (const d of reminders.dates) push("reminder", "reminders", d);

  // Free text: a status ("Requested: 2015, reminder 2017") and the visit's dates ("14-25 January 2019").
  let kind: StatusKind | null = null;
  let kindField: ImportField = "status";
  let span: (DateSpan & { fields: { from: ImportField; to: ImportField } }) | null = null;
  for (const [field, text] of [
    ["status", get("status")],
    ["dates", datesText],
  ] as [ImportField, string][]) {
    if (!text) continue;
    const st = parseStatusText(text, year);
    for (const bad of st.bad)
      problem(
        field,
        field === "status" ? "bad_status" : "bad_date",
        `“${bad}” is neither a status (requested, accepted, scheduled, completed…) nor a date Visitdesk can read.`,
      );
    if (st.kind && !kind) {
      kind = st.kind;
      kindField = field;
    }
    if (st.span && !span) span = { ...st.span, fields: { from: field, to: field } };
    for (const d of st.dated) {
      const type = datedKinds[d.kind];
      if (type) push(type, field, d.date);
    }
  }
  if (!kind && ctx.section) kind = ctx.section;

  const fromText = get("visit_from");
  const toText = get("visit_to");
  if (fromText || toText) {
    // The start column may hold the whole span ("14-25 January 2019").
    const from = fromText ? parseSpan(fromText, year) : null;
    const to = toText ? parseDate(toText, year) : null;
    if (fromText && !from) problem("visit_from", "bad_date", badDateMessage(fromText));
    if (toText && !to) problem("visit_to", "bad_date", badDateMessage(toText));
    if (from)
      span = {
        from: from.from,
        to: to?.date ?? from.to,
        precision: from.precision,
        fields: { from: "visit_from", to: toText ? "visit_to" : "visit_from" },
      };
    else if (to && !fromText) problem("visit_from", "missing", "The visit's end is given but not its start.");
  }
  const agreed = dateOf("dates_agreed");
  const completed = dateOf("completed");
  const visit: Partial<ImportEvent> = span ? { from: span.from, to: span.to, spanFields: span.fields } : {};
  const start: FuzzyDate | null = span ? { date: span.from, precision: span.precision } : null;
  const spanField = span?.fields.from ?? kindField;

  if (completed || kind === "completed") {
    if (start) push("started", spanField, start, visit);
    const end = completed ?? (span ? { date: span.to, precision: span.precision } : null);
    if (end) push("completed", completed ? "completed" : spanField, end, visit);
    else
      problem(
        kindField,
        "no_date",
        "The visit is completed, but no date says when: give visit_from and visit_to, or the completed date.",
      );
    if (agreed) push("dates_agreed", "dates_agreed", agreed, visit);
  } else if (kind === "underway") {
    if (start) push("started", spanField, start, visit);
    else problem(kindField, "no_date", "The visit is under way, but its dates are not given.");
    if (agreed) push("dates_agreed", "dates_agreed", agreed, visit);
  } else if (start) {
    push("dates_agreed", agreed ? "dates_agreed" : spanField, agreed ?? start, visit);
  } else if (agreed) {
    problem("visit_from", "missing", "Dates were agreed, but which? Give visit_from and visit_to.");
  } else if (kind === "scheduled") {
    problem(
      kindField,
      "no_date",
      "The visit is scheduled, but its dates are not given (visit_from, visit_to).",
    );
  }
  const kindType = kind ? datedKinds[kind] : undefined;
  if (kind && kindType && !events.some((e) => e.type === kindType) && !(span && impliedBySpan.has(kind)))
    problem(
      kindField,
      "no_date",
      `The status says “${kind}” but gives no date for it: fill the ${kindType} column, or write e.g. “${kind}: 2015”.`,
    );

  reportEvents(get, whole, push, dateOf, problem);
  return events;
}

const unknownPublication = "Publication date unknown: the month of the HRC session is used.";

function reportEvents(
  get: (f: ImportField) => string,
  whole: string,
  push: Push,
  dateOf: (field: ImportField) => FuzzyDate | null,
  problem: Problem,
) {
  const reportText = get("report_symbol");
  const symbols = [...reportText.matchAll(SYMBOL)].map((m) => m[0]);
  if (reportText && !symbols.length)
    problem(
      "report_symbol",
      "bad_symbol",
      `“${reportText}” is not a UN document symbol (e.g. A/HRC/52/39/Add.1).`,
    );
  let commentsSymbol = get("state_comments_symbol");
  let commentsField: ImportField = "state_comments_symbol";
  // "Comments by the State" beside a second symbol, as the official pages list them.
  if (symbols.length === 2 && !commentsSymbol && /comments/i.test(whole)) {
    commentsSymbol = symbols[1] as string;
    commentsField = "report_symbol";
  } else if (symbols.length > 1)
    problem(
      "report_symbol",
      "bad_symbol",
      `Several symbols (${symbols.join(", ")}): give the report in report_symbol and the State's comments in state_comments_symbol.`,
    );

  const published = dateOf("report_published");
  const report = symbols[0];
  if (report) {
    const d = published ?? symbolDate(report);
    if (!d)
      problem(
        "report_published",
        "no_date",
        `Give the date the report ${report} was published (report_published).`,
      );
    else if (published) push("report_published", "report_published", d, { symbol: report });
    else push("report_published", "report_symbol", d, { symbol: report, note: unknownPublication });
  } else if (published) push("report_published", "report_published", published);

  const sessionText = get("report_session");
  const presented = dateOf("report_presented");
  if (sessionText) {
    const s = parseSession(sessionText);
    const d = presented ?? s?.date;
    if (!s)
      problem("report_session", "bad_session", `“${sessionText}” is not an HRC session (e.g. 58 or HRC 58).`);
    else if (!d)
      problem(
        "report_presented",
        "no_date",
        `Give the date the report was presented at session ${s.session}.`,
      );
    else
      push("report_presented", presented ? "report_presented" : "report_session", d, { session: s.session });
  } else if (presented) push("report_presented", "report_presented", presented);

  const commentsDate = dateOf("state_comments");
  if (commentsSymbol) {
    const d = commentsDate ?? symbolDate(commentsSymbol);
    if (!d)
      problem(
        "state_comments",
        "no_date",
        `Give the date of the State's comments ${commentsSymbol} (state_comments).`,
      );
    else if (commentsDate) push("state_comments", "state_comments", d, { symbol: commentsSymbol });
    else push("state_comments", commentsField, d, { symbol: commentsSymbol, note: unknownPublication });
  } else if (commentsDate) push("state_comments", "state_comments", commentsDate);
}
