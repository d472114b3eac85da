import { z } from "zod";

/** The four letters of "obtaining a visit", by the name the CLI and the API use. */
export const templateIds = [
  "visit-request",
  "invitation-appeal",
  "standing-invitation-appeal",
  "unofficial-visit-invitation",
] as const;
export type TemplateId = (typeof templateIds)[number];

/**
 * Languages a letter can be written in: those with translations of the letter text and of the
 * mandates' official titles. Arabic has neither the titles nor right-to-left layout in the renderers yet.
 */
export const letterLanguages = ["en", "fr", "es"] as const;
export type LetterLanguage = (typeof letterLanguages)[number];

/** Who a template writes to: the salutation, closing and addressee block follow from it. */
export const addresseeOf: Record<TemplateId, "mandate" | "government"> = {
  "visit-request": "mandate",
  "invitation-appeal": "government",
  "standing-invitation-appeal": "government",
  "unofficial-visit-invitation": "mandate",
};

/**
 * A text field with a length limit. The limits keep each section within about half a page, so
 * that a letter with every field filled stays a letter (a few pages), not a report.
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, {
      error: (issue) =>
        `too long for a printed letter: at most ${max} characters, this one has ${String(issue.input).length}`,
    });

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, {
    error: (issue) =>
      `too many entries for a printed letter: at most ${max}, this list has ${(issue.input as unknown[]).length}`,
  });

const isoDate = z.iso.date({ error: "use a date like 2025-03-31" });
const iso3 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "use an ISO 3166-1 alpha-3 code, e.g. KEN");
const mandateId = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{2,60}$/, "use a mandate id, e.g. sr-torture");

const language = z.enum(letterLanguages, {
  error: (issue) =>
    `letters can be written in ${letterLanguages.join(", ")} (the languages with translations of the letter text and of the mandates' official titles); ${JSON.stringify(issue.input)} is not one of them`,
});

const common = {
  /** The writing organisation: its name alone, or its name and logo. */
  organisation: z.preprocess(
    (v) => (typeof v === "string" ? { name: v } : v),
    z.strictObject({
      name: text(200),
      /** A PNG or JPEG: a file path in a data file (read by the CLI), or the bytes themselves. */
      logo: z.union([z.string().trim().min(1).max(1000), z.instanceof(Uint8Array)]).optional(),
    }),
  ),
  country: iso3,
  language,
  date: isoDate.optional(),
  place: text(100).optional(),
  recipient: z
    .strictObject({
      name: text(150).optional(),
      role: text(200).optional(),
    })
    .optional(),
  signer: z.strictObject({ name: text(150), title: text(150).optional() }).optional(),
  /** Co-signing organisations, in the order the letter lists them. */
  signatories: list(z.strictObject({ name: text(200), country: iso3.optional() }), 300).optional(),
  /** Co-signing organisations that asked not to be named: the letter only counts them. */
  unnamedSignatories: z.number().int().min(0).max(1000).optional(),
};

const evidence = {
  whyNow: text(1500).optional(),
  situation: text(3000).optional(),
  facts: list(z.strictObject({ text: text(600), source: text(300).optional() }), 15).optional(),
  whatVisitCouldChange: text(1500).optional(),
  earlierCommunications: list(z.strictObject({ date: isoDate.optional(), text: text(500) }), 10).optional(),
  unimplementedRecommendations: list(
    z.strictObject({ text: text(600), source: text(200).optional() }),
    15,
  ).optional(),
};

const pendingRequests = list(
  z.strictObject({
    mandate: mandateId,
    requestedOn: isoDate,
    /** Dates of the reminders sent since the request. */
    reminders: list(isoDate, 20).default([]),
  }),
  30,
).optional();

const uprCommitments = list(
  z.strictObject({
    text: text(600),
    /** Where it is recorded, e.g. "A/HRC/47/5, para. 128.12". */
    reference: text(200).optional(),
  }),
  15,
).optional();

export const templateSchemas = {
  "visit-request": z.strictObject({
    ...common,
    mandate: mandateId,
    ...evidence,
    whoToMeet: list(text(200), 20).optional(),
    safety: text(1500).optional(),
  }),
  "invitation-appeal": z.strictObject({
    ...common,
    mandate: mandateId,
    pendingRequests,
    proposedDates: z.strictObject({ from: isoDate, to: isoDate }).optional(),
    ...evidence,
    uprCommitments,
  }),
  "standing-invitation-appeal": z.strictObject({
    ...common,
    /** Not needed; when given, the letter names the visit a standing invitation would open the way to. */
    mandate: mandateId.optional(),
    pendingRequests,
    uprCommitments,
    ...evidence,
  }),
  "unofficial-visit-invitation": z.strictObject({
    ...common,
    mandate: mandateId,
    event: z
      .strictObject({
        title: text(200).optional(),
        host: text(200).optional(),
        place: text(200).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        programme: list(text(300), 20).optional(),
        whoPays: text(800).optional(),
        canLeadTo: text(1000).optional(),
        cannotLeadTo: text(1000).optional(),
      })
      .optional(),
    whyNow: text(1500).optional(),
    situation: text(3000).optional(),
    whoToMeet: list(text(200), 20).optional(),
    safety: text(1500).optional(),
  }),
} as const satisfies Record<TemplateId, z.ZodType>;

export type LetterData<T extends TemplateId = TemplateId> = z.infer<(typeof templateSchemas)[T]>;

/**
 * One bad field: where it is, as a JSON path (`facts[2].text`), and what is wrong with it. Text
 * too long for a page and lists too long for a letter also say so in numbers, for the editor to
 * say it in the reader's language.
 */
export interface FieldIssue {
  path: string;
  message: string;
  tooLong?: { max: number; length: number };
  tooMany?: { max: number; count: number };
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") ||
    "(the whole file)"
  );
}

export function isTemplateId(value: string): value is TemplateId {
  return (templateIds as readonly string[]).includes(value);
}

/** Checks letter data against its template; returns the typed data or every bad field. */
export function parseLetterData<T extends TemplateId>(
  template: T,
  input: unknown,
): { ok: true; data: LetterData<T> } | { ok: false; issues: FieldIssue[] } {
  const result = templateSchemas[template].safeParse(input, {
    error: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "required" : undefined),
  });
  if (result.success) return { ok: true, data: result.data as LetterData<T> };
  return {
    ok: false,
    // An unknown field (often a typo) is reported at its own path, like any other bad field.
    issues: result.error.issues.flatMap((i): FieldIssue[] => {
      if (i.code === "unrecognized_keys")
        return i.keys.map((key) => ({
          path: jsonPath([...i.path, key]),
          message: "not a field of this template",
        }));
      const issue: FieldIssue = { path: jsonPath(i.path), message: i.message };
      if (i.code === "too_big" && (i.origin === "string" || i.origin === "array")) {
        const value = valueAt(input, i.path);
        const max = Number(i.maximum);
        if (typeof value === "string") issue.tooLong = { max, length: value.trim().length };
        if (Array.isArray(value)) issue.tooMany = { max, count: value.length };
      }
      return [issue];
    }),
  };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
