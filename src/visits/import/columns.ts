/**
 * The documented columns of a visit import: one row is one visit (one mandate, one country, one
 * mission) with its dated letters. Headers are matched without regard to case, accents, spaces or
 * punctuation, by name or alias; a mapping given by the person importing comes first.
 */
export const importFields = [
  "country",
  "mandate",
  "holder",
  "status",
  "dates",
  "year",
  "requested",
  "reminders",
  "invited",
  "acknowledged",
  "accepted",
  "dates_agreed",
  "visit_from",
  "visit_to",
  "declined",
  "postponed",
  "cancelled",
  "completed",
  "end_of_visit_statement",
  "report_symbol",
  "report_published",
  "report_session",
  "report_presented",
  "state_comments_symbol",
  "state_comments",
  "source",
  "note",
] as const;
export type ImportField = (typeof importFields)[number];

export interface FieldDoc {
  field: ImportField;
  required: boolean;
  /** Other headers recognised for it (English, French, Spanish, and those of the official pages). */
  aliases: string[];
  /** Its value in the template's example row: a real visit (OHCHR, the Special Rapporteur's page). */
  example: string;
}

export const fieldDocs: FieldDoc[] = [
  {
    field: "country",
    required: true,
    aliases: ["iso3", "country_iso3", "state", "country code", "pays", "etat", "pais"],
    example: "HND",
  },
  {
    field: "mandate",
    required: true,
    aliases: ["mandate_id", "mandate title", "special procedure", "mandat", "mandato", "procedure"],
    example: "sr-executions",
  },
  {
    field: "holder",
    required: false,
    aliases: ["mandate holder", "mandate_holder", "expert", "titulaire", "titular"],
    example: "Morris Tidball-Binz",
  },
  { field: "status", required: false, aliases: ["visit status", "statut", "estado"], example: "" },
  {
    field: "dates",
    required: false,
    aliases: ["visit dates", "dates of visit", "dates of the visit", "fechas"],
    example: "",
  },
  { field: "year", required: false, aliases: ["annee", "ano"], example: "" },
  {
    field: "requested",
    required: false,
    aliases: ["request", "request date", "requested on", "date requested", "demande", "solicitud"],
    example: "",
  },
  {
    field: "reminders",
    required: false,
    aliases: ["reminder", "reminder dates", "rappels", "rappel", "recordatorios"],
    example: "",
  },
  { field: "invited", required: false, aliases: ["invitation", "invited on"], example: "" },
  { field: "acknowledged", required: false, aliases: ["acknowledgement", "acknowledgment"], example: "" },
  {
    field: "accepted",
    required: false,
    aliases: ["acceptance", "accepted on", "acceptation", "aceptada"],
    example: "",
  },
  {
    field: "dates_agreed",
    required: false,
    aliases: ["agreed", "dates agreed on", "agreed on"],
    example: "",
  },
  {
    field: "visit_from",
    required: false,
    aliases: [
      "dates_agreed_from",
      "from",
      "start",
      "start date",
      "start_date",
      "visit start",
      "debut",
      "inicio",
    ],
    example: "2023-05-22",
  },
  {
    field: "visit_to",
    required: false,
    aliases: ["dates_agreed_to", "to", "end", "end date", "end_date", "visit end", "fin"],
    example: "2023-06-02",
  },
  { field: "declined", required: false, aliases: ["refused", "refusal"], example: "" },
  { field: "postponed", required: false, aliases: ["postponement"], example: "" },
  { field: "cancelled", required: false, aliases: ["canceled", "cancellation"], example: "" },
  {
    field: "completed",
    required: false,
    aliases: ["completed on", "visit completed"],
    example: "2023-06-02",
  },
  {
    field: "end_of_visit_statement",
    required: false,
    aliases: ["end-of-visit statement", "statement", "press conference"],
    example: "2023-06-02",
  },
  {
    field: "report_symbol",
    required: false,
    aliases: ["report", "symbol", "report and related links", "rapport", "informe"],
    example: "A/HRC/56/56/Add.1",
  },
  {
    field: "report_published",
    required: false,
    aliases: ["report date", "report published on", "published"],
    example: "",
  },
  {
    field: "report_session",
    required: false,
    aliases: ["hrc session", "session", "report presented at"],
    example: "56",
  },
  { field: "report_presented", required: false, aliases: ["report presented on", "presented"], example: "" },
  {
    field: "state_comments_symbol",
    required: false,
    aliases: ["comments by the state", "state comments symbol"],
    example: "",
  },
  { field: "state_comments", required: false, aliases: ["state comments date"], example: "" },
  {
    field: "source",
    required: false,
    aliases: ["url", "link", "reference", "fuente"],
    example: "https://www.ohchr.org/en/special-procedures/sr-executions/country-visits",
  },
  {
    field: "note",
    required: false,
    aliases: ["notes", "comment", "comments", "remarks", "nota"],
    example: "Press conference in Tegucigalpa on the last day",
  },
];

/** "Dates agreed (from)" → "dates_agreed_from". */
export const headerKey = (header: string) =>
  header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

const byKey = new Map<string, ImportField>();
for (const d of fieldDocs) {
  byKey.set(headerKey(d.field), d.field);
  for (const a of d.aliases) byKey.set(headerKey(a), d.field);
}

/** The field a header names by itself, if any; "Reminder 2" is one more reminders column. */
export function fieldOfHeader(header: string): ImportField | null {
  const key = headerKey(header);
  if (/^(reminders?|rappels?|recordatorios?)_?\d+$/.test(key)) return "reminders";
  return byKey.get(key) ?? null;
}

/** Columns that may appear several times, their values joined. */
const repeatable = new Set<ImportField>(["reminders", "source", "note"]);

/** What to do with each header: a person's choice (header as written → field, or "" to ignore). */
export type ColumnMapping = Record<string, string>;

export interface ResolvedColumns {
  /** For each column of the file, the field it fills, or null when it is ignored. */
  fields: (ImportField | null)[];
  problems: { column: string; message: string }[];
}

const isField = (v: string): v is ImportField => (importFields as readonly string[]).includes(v);

export function resolveColumns(headers: string[], mapping: ColumnMapping = {}): ResolvedColumns {
  const chosen = new Map(Object.entries(mapping).map(([h, f]) => [headerKey(h), f.trim()]));
  const problems: ResolvedColumns["problems"] = [];
  for (const [h, f] of Object.entries(mapping)) {
    if (f.trim() && !isField(f.trim()))
      problems.push({
        column: h,
        message: `“${f}” is not a column Visitdesk knows; use one of: ${importFields.join(", ")}.`,
      });
  }
  const fields = headers.map((h): ImportField | null => {
    const own = chosen.get(headerKey(h));
    if (own !== undefined) return own && isField(own) ? own : null;
    return fieldOfHeader(h);
  });
  const seen = new Map<ImportField, string>();
  fields.forEach((f, i) => {
    if (!f || repeatable.has(f)) return;
    const before = seen.get(f);
    if (before !== undefined)
      problems.push({
        column: headers[i] ?? "",
        message: `The columns “${before}” and “${headers[i]}” both give “${f}”; map one of them to another field or ignore it.`,
      });
    else seen.set(f, headers[i] ?? "");
  });
  return { fields, problems };
}

/**
 * A mapping written on the command line: `Pays=country,Mandat=mandate,Remarque=` (nothing after
 * "=" ignores the column), or the text of a JSON file `{ "Pays": "country" }`.
 */
export function parseMapping(text: string): ColumnMapping {
  const trimmed = text.trim();
  if (!trimmed) return {};
  if (trimmed.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new Error("The column mapping is not valid JSON.");
    }
    const obj = (parsed as { columns?: unknown }).columns ?? parsed;
    if (!obj || typeof obj !== "object" || Array.isArray(obj))
      throw new Error('The column mapping must be a JSON object such as { "Pays": "country" }.');
    const out: ColumnMapping = {};
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v !== "string" && v !== null)
        throw new Error(`The column mapping gives “${k}” a value that is not a column name.`);
      out[k] = v ?? "";
    }
    return out;
  }
  const out: ColumnMapping = {};
  for (const pair of trimmed.split(/[,\n]/)) {
    if (!pair.trim()) continue;
    const at = pair.lastIndexOf("=");
    if (at <= 0) throw new Error(`“${pair.trim()}” is not a mapping: write Header=field, e.g. Pays=country.`);
    out[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return out;
}
