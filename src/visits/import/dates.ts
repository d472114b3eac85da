/**
 * Dates as people and the official pages write them: "2019-01-14", "14 January 2019", "January 2019",
 * "2015", "14-25 January 2019", "22 May/2 June 2023", "August/September 2019", and in French or
 * Spanish. Numeric dates are read day first (14/01/2019), as the UN writes them. A date is as
 * precise as the text: "2015" is a year, "January 2019" a month.
 */
export type Precision = "day" | "month" | "year";

export interface FuzzyDate {
  /** YYYY-MM-DD; for a month or a year, its first day. */
  date: string;
  precision: Precision;
}

export interface DateSpan {
  from: string;
  to: string;
  precision: Precision;
}

const monthWords: [number, string[]][] = [
  [1, ["jan", "january", "janvier", "janv", "enero", "ene"]],
  [2, ["feb", "february", "fevrier", "fevr", "fev", "febrero"]],
  [3, ["mar", "march", "mars", "marzo"]],
  [4, ["apr", "april", "avril", "avr", "abril", "abr"]],
  [5, ["may", "mai", "mayo"]],
  [6, ["jun", "june", "juin", "junio"]],
  [7, ["jul", "july", "juillet", "juil", "julio"]],
  [8, ["aug", "august", "aout", "agosto", "ago"]],
  [9, ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "set"]],
  [10, ["oct", "october", "octobre", "octubre"]],
  [11, ["nov", "november", "novembre", "noviembre"]],
  [12, ["dec", "december", "decembre", "diciembre", "dic"]],
];
const months = new Map(monthWords.flatMap(([n, words]) => words.map((w): [string, number] => [w, n])));

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Lower case, no accents, "1st"/"1er" → "1", "14 de enero de 2019" → "14 enero 2019", "2June" → "2 june". */
function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/(\d)(?:st|nd|rd|th|er|eme|e|º|°)\b/g, "$1")
    .replace(/\bde(?:l)?\b/g, " ")
    .replace(/(\d)([a-z])/g, "$1 $2")
    .replace(/([a-z])(\d)/g, "$1 $2")
    .replace(/[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "January 14, 2019" → "14 January 2019", so that commas can separate several dates. */
export function dayFirst(text: string): string {
  return text.replace(
    /\b([A-Za-z\u00C0-\u024F]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})\b/g,
    "$2 $1 $3",
  );
}

interface Part {
  day?: number;
  month?: number;
  year?: number;
}

/** One side of a range: any of day, month and year, in words. Null when a word is not part of a date. */
function readPart(text: string): Part | null {
  const part: Part = {};
  for (const word of text.split(" ").filter(Boolean)) {
    if (/^\d{4}$/.test(word) && part.year === undefined) part.year = Number(word);
    else if (/^\d{1,2}$/.test(word) && part.day === undefined && part.year === undefined)
      part.day = Number(word);
    else if (months.has(word) && part.month === undefined) part.month = months.get(word);
    else return null;
  }
  return part.day === undefined && part.month === undefined && part.year === undefined ? null : part;
}

const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** Numeric forms: 2019-01-14, 2019-01, 2019, 14/01/2019, 14.01.2019, 14-01-2019. */
function numeric(text: string): Part | null {
  let m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = text.match(/^(\d{4})-(\d{1,2})$/);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  m = text.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  return null;
}

function toSpan(p: Part): DateSpan | null {
  if (p.year === undefined) return null;
  if (p.month === undefined) {
    if (p.day !== undefined) return null;
    return { from: iso(p.year, 1, 1), to: iso(p.year, 12, 31), precision: "year" };
  }
  if (p.month < 1 || p.month > 12) return null;
  if (p.day === undefined)
    return {
      from: iso(p.year, p.month, 1),
      to: iso(p.year, p.month, daysIn(p.year, p.month)),
      precision: "month",
    };
  if (!validDay(p.year, p.month, p.day)) return null;
  const d = iso(p.year, p.month, p.day);
  return { from: d, to: d, precision: "day" };
}

const RANGE = /\s*(?:–|—|-|\/|\bto\b|\bau\b|\ba\b|\bal\b|\bhasta\b|\buntil\b|\btill\b|\bthrough\b)\s*/;

/**
 * A date or a span of dates. `year` completes a text without one ("22 May/2 June" on a page whose
 * table gives the year in its own column).
 */
export function parseSpan(raw: string, year?: number): DateSpan | null {
  const text = raw.trim();
  if (!text) return null;
  const whole = numeric(text);
  if (whole) return toSpan(whole);
  const isoPair = text.match(
    /^(\d{4}-\d{1,2}(?:-\d{1,2})?)\s*(?:\/|–|—|\bto\b|\s-\s)\s*(\d{4}-\d{1,2}(?:-\d{1,2})?)$/,
  );
  if (isoPair) return joinSpans(parseSpan(isoPair[1] as string), parseSpan(isoPair[2] as string));
  const numPair = text.match(
    /^(\d{1,2}[./]\d{1,2}[./]\d{4})\s*(?:–|—|-|\bto\b)\s*(\d{1,2}[./]\d{1,2}[./]\d{4})$/,
  );
  if (numPair) return joinSpans(parseSpan(numPair[1] as string), parseSpan(numPair[2] as string));

  const norm = normalise(text).replace(/^(?:from|du|desde|entre|between)\s+/, "");
  const sides = norm.split(RANGE);
  if (sides.length > 2) return null;
  const left = readPart(sides[0] ?? "");
  if (!left) return null;
  if (sides.length === 1) {
    left.year ??= year;
    return toSpan(left);
  }
  const right = readPart(sides[1] ?? "");
  if (!right) return null;
  // "14-25 January 2019": the left side borrows what it lacks from the right.
  const leftHadYear = left.year !== undefined;
  const leftHadMonth = left.month !== undefined;
  if (left.day !== undefined && left.month === undefined) left.month = right.month;
  left.year ??= right.year ?? year;
  right.year ??= left.year;
  if (right.month === undefined && right.day !== undefined) right.month = left.month;
  const a = toSpan(left);
  const b = toSpan(right);
  if (!a || !b) return null;
  // "28 December - 3 January 2023": the start is in the year before.
  if (!leftHadYear && leftHadMonth && a.from > b.from && left.year !== undefined) {
    const earlier = toSpan({ ...left, year: left.year - 1 });
    if (earlier) return joinSpans(earlier, b);
  }
  return joinSpans(a, b);
}

function joinSpans(a: DateSpan | null, b: DateSpan | null): DateSpan | null {
  if (!a || !b) return null;
  const order = { day: 0, month: 1, year: 2 } as const;
  return {
    from: a.from,
    to: b.to,
    precision: order[a.precision] >= order[b.precision] ? a.precision : b.precision,
  };
}

/** One date, at the precision written; null for a range or something that is not a date. */
export function parseDate(raw: string, year?: number): FuzzyDate | null {
  const span = parseSpan(raw, year);
  if (!span) return null;
  const single =
    span.precision === "day"
      ? span.from === span.to
      : span.from.slice(0, span.precision === "month" ? 7 : 4) ===
        span.to.slice(0, span.precision === "month" ? 7 : 4);
  return single ? { date: span.from, precision: span.precision } : null;
}

/** Several dates in one cell, separated by ";", ",", "|" or new lines. */
export function parseDateList(raw: string, year?: number): { dates: FuzzyDate[]; bad: string[] } {
  const dates: FuzzyDate[] = [];
  const bad: string[] = [];
  for (const piece of dayFirst(raw).split(/[;,|\n]+/)) {
    const text = piece.trim();
    if (!text) continue;
    const d = parseDate(text, year);
    if (d) dates.push(d);
    else bad.push(text);
  }
  return { dates, bad };
}

/**
 * The date of a report from its symbol when nothing else gives it: the HRC session it was issued
 * for (three regular sessions a year since the 4th, in March 2007: March, June, September), or
 * the year of a Commission on Human Rights document (sessions in March–April).
 */
export function symbolDate(symbol: string): FuzzyDate | null {
  const hrc = symbol.match(/^A\/HRC\/(\d{1,3})\//);
  if (hrc) return sessionDate(Number(hrc[1]));
  const chr = symbol.match(/^E\/CN\.4\/(\d{4})\//);
  if (chr) return { date: `${chr[1]}-03-01`, precision: "month" };
  return null;
}

/** The month an HRC regular session opened, for sessions 4 and later. */
export function sessionDate(session: number): FuzzyDate | null {
  if (!Number.isInteger(session) || session < 4) return null;
  const n = session - 4;
  const year = 2007 + Math.floor(n / 3);
  const month = [3, 6, 9][n % 3] as number;
  return { date: iso(year, month, 1), precision: "month" };
}

/** The session number in "56", "HRC 56", "HRC56 (June-July 2024)", "56th session". */
export function parseSession(raw: string): { session: number; date: FuzzyDate | null } | null {
  const m = raw.match(/^\s*(?:HRC\s*)?(\d{1,3})(?:st|nd|rd|th)?\b(?:\s*session)?\s*(?:\((.*)\))?\s*$/i);
  if (!m) return null;
  const session = Number(m[1]);
  if (session < 1 || session > 200) return null;
  const inBrackets = m[2] ? parseSpan(m[2]) : null;
  return {
    session,
    date: inBrackets
      ? { date: inBrackets.from, precision: inBrackets.precision === "day" ? "day" : "month" }
      : sessionDate(session),
  };
}

export type StatusKind =
  | "requested"
  | "invited"
  | "acknowledged"
  | "accepted"
  | "scheduled"
  | "underway"
  | "completed"
  | "declined"
  | "postponed"
  | "cancelled";

/** Words of status columns and section headings, in English, French and Spanish. */
const statusWords: [RegExp, StatusKind | "reminder"][] = [
  [/^(reminders?|rappels?|recordatorios?)\b/, "reminder"],
  [
    /^(pending|requested|requests?|requete|demande|demandee|solicitada|solicitud|pendiente|en attente)\b/,
    "requested",
  ],
  [/^(invited|invitation|invitee|invitacion|invitada)\b/, "invited"],
  [/^(acknowledged|accuse de reception)\b/, "acknowledged"],
  [/^(accepted|acceptance|acceptee|aceptada)\b/, "accepted"],
  [
    /^(agreed|dates agreed|scheduled|forthcoming|upcoming|announced|planned|prevue|programada|prevista|a venir)\b/,
    "scheduled",
  ],
  [/^(underway|under way|visit underway|ongoing|en cours|en curso)\b/, "underway"],
  [/^(completed|visited|done|conducted|carried out|effectuee|realisee|realizada|reported)\b/, "completed"],
  [/^(declined|refused|rejected|refusee|rechazada)\b/, "declined"],
  [/^(postponed|reportee|aplazada|pospuesta)\b/, "postponed"],
  [/^(cancelled|canceled|annulee|cancelada)\b/, "cancelled"],
];

function statusWord(text: string): { kind: StatusKind | "reminder"; rest: string } | null {
  // Dates are read without case or accents too, so the rest can come from the normalised text.
  const norm = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/^(?:the\s+)?visits?\s+(?=\S)/, "");
  for (const [re, kind] of statusWords) {
    const m = norm.match(re);
    if (m) {
      const rest = norm
        .slice(m[0].length)
        .replace(/^\s*(?:visits?\b)?\s*(?:on|in|since|le|en|el)?\s*:?\s*/, "");
      return { kind, rest };
    }
  }
  return null;
}

/** The kind a section heading names ("Forthcoming visits", "Pending requests"), if any. */
export function headingKind(heading: string): StatusKind | null {
  const w = statusWord(heading.trim());
  return w && w.kind !== "reminder" ? w.kind : null;
}

export interface StatusText {
  kind: StatusKind | null;
  /** Labelled dates: "Requested: 2015, reminder 2017". */
  dated: { kind: StatusKind | "reminder"; date: FuzzyDate }[];
  /** A span with no label of its own: the visit's dates. */
  span: DateSpan | null;
  /** Pieces that are neither a status word nor a date. */
  bad: string[];
}

/**
 * A status column or a dates column in free text: "Completed", "Requested: 2015, reminder 2017",
 * "Forthcoming: 14-25 January 2019", "14-25 January 2019".
 */
export function parseStatusText(raw: string, year?: number): StatusText {
  const out: StatusText = { kind: null, dated: [], span: null, bad: [] };
  let label: StatusKind | "reminder" | null = null;
  for (const piece of dayFirst(raw).split(/[;,|\n]+/)) {
    const text = piece.trim();
    if (!text) continue;
    const word = statusWord(text);
    if (word) {
      label = word.kind;
      if (word.kind !== "reminder" && !out.kind) out.kind = word.kind;
      if (!word.rest.trim()) continue;
      addDated(out, word.kind, word.rest, year);
      continue;
    }
    if (label) addDated(out, label, text, year);
    else {
      const span = parseSpan(text, year);
      if (span && !out.span) out.span = span;
      else out.bad.push(text);
    }
  }
  return out;
}

const spanKinds = new Set<StatusKind | "reminder">(["scheduled", "underway", "completed"]);

function addDated(out: StatusText, kind: StatusKind | "reminder", text: string, year?: number) {
  if (spanKinds.has(kind)) {
    const span = parseSpan(text, year);
    if (span && !out.span) out.span = span;
    else out.bad.push(text);
    return;
  }
  const date = parseDate(text, year);
  if (date) out.dated.push({ kind, date });
  else out.bad.push(text);
}
