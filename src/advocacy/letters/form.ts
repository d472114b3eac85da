import { z } from "zod";
import type { MessageKey } from "../../platform/i18n";
import type { FieldIssue, TemplateId } from "./templates";
import { templateSchemas } from "./templates";

/**
 * The browser form of each template: which fields it shows, in which groups, and how posted text
 * turns into letter data and back. Field names are the data's JSON paths (`facts[2].text`), so a
 * refusal from the template names the very input to mark. Length limits are read from the
 * template's schema, never restated. Plain functions, no I/O.
 */
export type FieldKind =
  | "text"
  | "longtext"
  | "date"
  | "mandate"
  | "country"
  | "language"
  /** One entry per line. */
  | "lines"
  /** Dates separated by commas. */
  | "dates";

export interface Field {
  kind: FieldKind;
  /** The data path, relative to its row for a cell. */
  name: string;
  label: MessageKey;
  required?: boolean;
  /** What to write there, beyond the length limit every field states. */
  hint?: MessageKey;
}

export interface RowsField {
  kind: "rows";
  name: string;
  label: MessageKey;
  cells: Field[];
}

export interface Group {
  legend: MessageKey;
  fields: (Field | RowsField)[];
}

const f = (kind: FieldKind, name: string, opts: { required?: boolean; hint?: MessageKey } = {}): Field => ({
  kind,
  name,
  label: `advocacy.field.${name}` as MessageKey,
  ...opts,
});
const rows = (name: string, cells: [FieldKind, string][]): RowsField => ({
  kind: "rows",
  name,
  label: `advocacy.field.${name}` as MessageKey,
  cells: cells.map(([kind, cell]) => ({
    kind,
    name: cell,
    label: `advocacy.field.${name}.${cell}` as MessageKey,
  })),
});

const facts = rows("facts", [
  ["longtext", "text"],
  ["text", "source"],
]);
const earlier = rows("earlierCommunications", [
  ["date", "date"],
  ["longtext", "text"],
]);
const recommendations = rows("unimplementedRecommendations", [
  ["longtext", "text"],
  ["text", "source"],
]);
const pending = rows("pendingRequests", [
  ["mandate", "mandate"],
  ["date", "requestedOn"],
  ["dates", "reminders"],
]);
const upr = rows("uprCommitments", [
  ["longtext", "text"],
  ["text", "reference"],
]);
const evidence = [
  f("longtext", "whyNow"),
  f("longtext", "situation"),
  facts,
  f("longtext", "whatVisitCouldChange"),
  earlier,
  recommendations,
];

const frame = (mandate: "required" | "optional"): Group[] => [
  {
    legend: "advocacy.group.letter",
    fields: [
      f("language", "language", { required: true }),
      f("country", "country", { required: true }),
      f("mandate", "mandate", { required: mandate === "required" }),
      f("date", "date", { hint: "advocacy.hint.date" }),
      f("text", "place"),
    ],
  },
  {
    legend: "advocacy.group.recipient",
    fields: [f("text", "recipient.name"), f("text", "recipient.role", { hint: "advocacy.hint.role" })],
  },
  { legend: "advocacy.group.signer", fields: [f("text", "signer.name"), f("text", "signer.title")] },
];

const content: Record<TemplateId, (Field | RowsField)[]> = {
  "visit-request": [...evidence, f("lines", "whoToMeet"), f("longtext", "safety")],
  "invitation-appeal": [
    f("date", "proposedDates.from"),
    f("date", "proposedDates.to"),
    pending,
    ...evidence,
    upr,
  ],
  "standing-invitation-appeal": [upr, pending, ...evidence],
  "unofficial-visit-invitation": [
    f("text", "event.title"),
    f("text", "event.host"),
    f("text", "event.place"),
    f("date", "event.from"),
    f("date", "event.to"),
    f("lines", "event.programme"),
    f("longtext", "event.whoPays"),
    f("longtext", "event.canLeadTo"),
    f("longtext", "event.cannotLeadTo"),
    f("longtext", "whyNow"),
    f("longtext", "situation"),
    f("lines", "whoToMeet"),
    f("longtext", "safety"),
  ],
};

export function formGroups(template: TemplateId): Group[] {
  return [
    ...frame(template === "standing-invitation-appeal" ? "optional" : "required"),
    { legend: "advocacy.group.content", fields: content[template] },
  ];
}

/** Splits `facts[2].text` into `["facts", 2, "text"]`. */
export function splitPath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] as string),
  );
}

function unwrap(t: z.ZodType): z.ZodType {
  let s = t;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable)
    s = s.unwrap() as z.ZodType;
  return s;
}

/** The template schema's part at a path (list indices walk into the element), if there is one. */
export function schemaAt(template: TemplateId, path: string): z.ZodType | undefined {
  let s: z.ZodType | undefined = templateSchemas[template];
  for (const key of splitPath(path)) {
    s = s && unwrap(s);
    if (typeof key === "number") s = s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
    else s = s instanceof z.ZodObject ? (s.shape[key] as z.ZodType | undefined) : undefined;
  }
  return s && unwrap(s);
}

/** A field's limits, from the template's schema: characters per entry, entries per list. */
export function limitsOf(template: TemplateId, path: string): { chars?: number; entries?: number } {
  const s = schemaAt(template, path);
  if (s instanceof z.ZodString) return { chars: s.maxLength ?? undefined };
  if (s instanceof z.ZodArray) {
    const max = (s._zod.def.checks ?? [])
      .map((c) => c._zod.def as { check: string; maximum?: number })
      .find((d) => d.check === "max_length")?.maximum;
    const element = unwrap(s.element as z.ZodType);
    return {
      entries: max,
      chars: element instanceof z.ZodString ? (element.maxLength ?? undefined) : undefined,
    };
  }
  return {};
}

export type FormValues = Record<string, string>;

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = splitPath(path);
  let node: Record<string | number, unknown> = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) node[key] = value;
    else {
      node[key] ??= typeof keys[i + 1] === "number" ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
}

function getAt(source: unknown, path: string): unknown {
  let v = source;
  for (const key of splitPath(path)) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** Windows and old browsers post line breaks as CRLF; a limit counts a line break once. */
const clean = (s: string | undefined) => (s ?? "").replace(/\r\n?/g, "\n").trim();

function cellValue(kind: FieldKind, raw: string | undefined): unknown {
  const v = clean(raw);
  if (!v) return undefined;
  if (kind === "lines")
    return v
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  if (kind === "dates") return v.split(/[\s,;]+/).filter(Boolean);
  return v;
}

/** How many rows of a list the form posted (the highest index present, plus one). */
function postedRows(values: FormValues, name: string): number {
  let n = 0;
  const prefix = `${name}[`;
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue;
    const i = Number(key.slice(prefix.length, key.indexOf("]", prefix.length)));
    if (Number.isInteger(i) && i >= n) n = i + 1;
  }
  return n;
}

/**
 * Posted form fields as letter data: empty fields are left out, rows left empty are dropped, and
 * the remaining rows close up (so their indices are those of the data, which the form shows again).
 */
export function formToData(template: TemplateId, values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const group of formGroups(template)) {
    for (const field of group.fields) {
      if (field.kind !== "rows") {
        const v = cellValue(field.kind, values[field.name]);
        if (v !== undefined) setAt(data, field.name, v);
        continue;
      }
      const kept: Record<string, unknown>[] = [];
      const limit = Math.min(postedRows(values, field.name), 1000);
      for (let i = 0; i < limit; i++) {
        const row: Record<string, unknown> = {};
        for (const cell of field.cells) {
          const v = cellValue(cell.kind, values[`${field.name}[${i}].${cell.name}`]);
          if (v !== undefined) row[cell.name] = v;
        }
        if (Object.keys(row).length) kept.push(row);
      }
      if (kept.length) setAt(data, field.name, kept);
    }
  }
  return data;
}

function shown(kind: FieldKind, v: unknown): string {
  if (v === undefined || v === null) return "";
  if (Array.isArray(v)) return v.map(String).join(kind === "dates" ? ", " : "\n");
  return String(v);
}

/** Letter data as the form's fields, and how many rows each list shows (its entries and one blank). */
export function dataToForm(
  template: TemplateId,
  data: Record<string, unknown>,
): { values: FormValues; rows: Record<string, number> } {
  const values: FormValues = {};
  const counts: Record<string, number> = {};
  for (const group of formGroups(template)) {
    for (const field of group.fields) {
      if (field.kind !== "rows") {
        values[field.name] = shown(field.kind, getAt(data, field.name));
        continue;
      }
      const list = getAt(data, field.name);
      const entries = Array.isArray(list) ? list : [];
      entries.forEach((row, i) => {
        for (const cell of field.cells)
          values[`${field.name}[${i}].${cell.name}`] = shown(cell.kind, getAt(row, cell.name));
      });
      const max = limitsOf(template, field.name).entries ?? entries.length + 1;
      counts[field.name] = Math.min(entries.length + 1, Math.max(max, entries.length));
    }
  }
  return { values, rows: counts };
}

/**
 * Which input a refusal belongs to: the field named by the path, or the nearest one above it
 * (`whoToMeet[3]` is a line of `whoToMeet`). Null when no input shows it (the form then lists
 * it in its summary only).
 */
export function fieldOf(path: string, names: ReadonlySet<string>): string | null {
  let p = path;
  for (;;) {
    if (names.has(p)) return p;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
}

/** Every input name the form shows for this data (rows as counted by dataToForm). */
export function fieldNames(template: TemplateId, rowCounts: Record<string, number>): Set<string> {
  const names = new Set<string>();
  for (const group of formGroups(template))
    for (const field of group.fields) {
      names.add(field.name);
      if (field.kind === "rows")
        for (let i = 0; i < (rowCounts[field.name] ?? 0); i++)
          for (const cell of field.cells) names.add(`${field.name}[${i}].${cell.name}`);
    }
  return names;
}

/** Refusals grouped by the input they belong to; those no input shows go under "". */
export function issuesByField(
  issues: readonly FieldIssue[],
  names: ReadonlySet<string>,
): Map<string, FieldIssue[]> {
  const by = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const key = fieldOf(issue.path, names) ?? "";
    by.set(key, [...(by.get(key) ?? []), issue]);
  }
  return by;
}
