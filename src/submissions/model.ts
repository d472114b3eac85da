import { z } from "zod";
import type { I18n } from "../platform/i18n";

/**
 * A submission to a mandate holder before a country visit: parts, each with its own audience, and
 * the people they name, each with their own consent. Plain data shaped like the rows that will
 * hold it (ids, enums, text, text arrays, nullable columns); no I/O here.
 *
 * Where this differs from the first sketch in issue #8, and why:
 * - `ownerOrgId` and `coalitionId` are on the submission: who may read and act depends on them.
 * - a part has `contributorOrgIds` (not one optional id): a merged recommendation keeps both
 *   contributors, and a part always belongs to someone (the API fills in the owner organisation).
 * - a consent has an `id` (the UI revokes one consent) and `revokedBy` (a revocation is recorded
 *   like the consent was); consents are never deleted, so the history stays.
 */

const Id = z.string().trim().min(1).max(100);
const Instant = z.iso.datetime({ offset: true });

export const audiences = ["public", "expert", "coalition", "organisation"] as const;
export const Audience = z.enum(audiences);
export type Audience = z.infer<typeof Audience>;

/** Who a person can agree to be named to. The owner organisation holds the record and needs none. */
export const consentAudiences = ["public", "expert", "coalition"] as const;
export const ConsentAudience = z.enum(consentAudiences);
export type ConsentAudience = z.infer<typeof ConsentAudience>;

/** In the order a document presents them; annexes come last, on their own. */
export const partKinds = [
  "context",
  "issues",
  "individual_cases",
  "recommendations",
  "other",
  "sources",
  "annex",
] as const;
export const PartKind = z.enum(partKinds);
export type PartKind = z.infer<typeof PartKind>;

export const personRoles = ["victim", "witness", "source", "other"] as const;
export const PersonRole = z.enum(personRoles);
export type PersonRole = z.infer<typeof PersonRole>;

export const Consent = z
  .object({
    id: Id,
    audiences: z.array(ConsentAudience).min(1),
    /** Who agreed: the person, or who agreed on their behalf (a parent, a guardian). Confidential. */
    givenBy: z.string().trim().min(1).max(200),
    givenOn: Instant,
    /** The user who recorded it. */
    recordedBy: Id,
    revokedOn: Instant.nullish(),
    revokedBy: Id.nullish(),
  })
  .refine((c) => !c.revokedOn || Date.parse(c.revokedOn) >= Date.parse(c.givenOn), {
    path: ["revokedOn"],
    message: "A consent cannot be withdrawn before it was given",
  });
export type Consent = z.infer<typeof Consent>;

export const Person = z.object({
  id: Id,
  /** Confidential: sealed at rest. */
  name: z.string().trim().min(1).max(200),
  /** Confidential: e-mail addresses, phone numbers, handles, separated by commas or new lines. */
  contact: z.string().trim().max(500).nullish(),
  role: PersonRole,
  consents: z.array(Consent),
});
export type Person = z.infer<typeof Person>;

export const Part = z.object({
  id: Id,
  kind: PartKind,
  heading: z.string().trim().max(300),
  /** Plain text: paragraphs separated by blank lines, list items on lines starting with "- ". */
  body: z.string().max(200_000),
  audience: Audience,
  /** People this part is about, marked by its author; names typed in the text count too. */
  mentions: z.array(Id),
  contributorOrgIds: z.array(Id).min(1),
});
export type Part = z.infer<typeof Part>;

const Language = z
  .string()
  .trim()
  .refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { message: "Use a language tag, e.g. en, fr or ar" },
  );

export const Submission = z
  .object({
    id: Id,
    visitId: Id,
    ownerOrgId: Id,
    /** Set for a joint submission of a coalition; its partners contribute parts. */
    coalitionId: Id.nullable(),
    title: z.string().trim().min(1).max(300),
    language: Language,
    parts: z.array(Part),
    people: z.array(Person),
  })
  .superRefine((s, ctx) => {
    const duplicate = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);
    const part = duplicate(s.parts.map((p) => p.id));
    if (part) ctx.addIssue({ code: "custom", path: ["parts"], message: `Two parts have the id ${part}` });
    const person = duplicate(s.people.map((p) => p.id));
    if (person)
      ctx.addIssue({ code: "custom", path: ["people"], message: `Two people have the id ${person}` });
    const known = new Set(s.people.map((p) => p.id));
    s.parts.forEach((p, i) => {
      for (const m of p.mentions)
        if (!known.has(m))
          ctx.addIssue({
            code: "custom",
            path: ["parts", i, "mentions"],
            message: `No person has the id ${m}`,
          });
      if (s.coalitionId === null && p.contributorOrgIds.some((o) => o !== s.ownerOrgId))
        ctx.addIssue({
          code: "custom",
          path: ["parts", i, "contributorOrgIds"],
          message: "Only a joint submission has parts from other organisations",
        });
    });
  });
export type Submission = z.infer<typeof Submission>;

export const callFormats = ["docx", "pdf", "odt", "rtf", "txt"] as const;

/** A mandate holder's call for input ahead of a visit. */
export const CallForInput = z
  .object({
    id: Id,
    visitId: Id,
    deadline: Instant,
    /** Where to send: an e-mail address, an online portal, or both. */
    address: z.email().nullish(),
    portalUrl: z.url({ protocol: /^https?$/ }).nullish(),
    maxWords: z.number().int().positive().nullish(),
    maxPages: z.number().int().positive().nullish(),
    languages: z.array(Language).min(1),
    formats: z.array(z.enum(callFormats)).min(1),
  })
  .refine((c) => c.address || c.portalUrl, {
    path: ["address"],
    message: "Give the address or the portal submissions go to",
  });
export type CallForInput = z.infer<typeof CallForInput>;

const DAY = 86_400_000;

export interface Countdown {
  overdue: boolean;
  /** Whole days until the deadline (0 in its last 24 hours); when overdue, whole days since. */
  days: number;
  /** Milliseconds to the deadline; negative when overdue. */
  remaining: number;
}

export function countdown(call: Pick<CallForInput, "deadline">, now: Date): Countdown {
  const remaining = Date.parse(call.deadline) - now.getTime();
  const overdue = remaining <= 0;
  return { overdue, days: Math.floor(Math.abs(remaining) / DAY), remaining };
}

export const countdownLabel = (c: Countdown, i18n: I18n): string =>
  i18n.t(c.overdue ? "submissions.call.overdue" : "submissions.call.daysLeft", { count: c.days });

/** Days before a deadline when those who follow the visit get a reminder. */
export const reminderDays = [14, 7, 2] as const;

/**
 * The reminder due now, if any: the closest threshold already reached and not yet sent. A job
 * that runs late sends one reminder, not every threshold it missed.
 */
export function reminderDue(
  call: Pick<CallForInput, "deadline">,
  now: Date,
  sent: readonly number[],
): number | null {
  const { overdue, remaining } = countdown(call, now);
  if (overdue) return null;
  const reached = reminderDays.filter((d) => remaining <= d * DAY);
  const closest = reached.at(-1);
  return closest !== undefined && !sent.includes(closest) ? closest : null;
}
