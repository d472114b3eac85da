import { z } from "zod";
import { Audience, CallForInput, ConsentAudience, callFormats, PartKind, PersonRole } from "./model";

/** What pages and the API accept, validated once here with the limits of the model. */

const Text = (max: number) => z.string().trim().max(max);
const Id = z.string().trim().min(1).max(100);

export const TitleInput = z.object({
  title: Text(300).min(1, "Give the submission a title"),
  language: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "Use a language tag, e.g. en, fr or ar")
    .default("en"),
});

export const PartInput = z.object({
  kind: PartKind.default("other"),
  heading: Text(300).default(""),
  body: z.string().max(200_000, "A part holds at most 200,000 characters").default(""),
  audience: Audience,
  mentions: z.array(Id).max(200).default([]),
});
export type PartInput = z.output<typeof PartInput>;

export const ConsentInput = z.object({
  audiences: z.array(ConsentAudience).min(1, "Choose who the person agreed to be named to"),
  /** Who agreed, if not the person themself (a parent, a guardian). */
  givenBy: Text(200).min(1).optional(),
  givenOn: z.iso.datetime({ offset: true }).optional().describe("When they agreed; now by default"),
});
export type ConsentInput = z.output<typeof ConsentInput>;

export const PersonInput = z.object({
  name: Text(200).min(1, "Give the person's name"),
  contact: Text(500).nullish(),
  role: PersonRole.default("other"),
  consent: ConsentInput.optional(),
});
export type PersonInput = z.output<typeof PersonInput>;

export const NewSubmission = TitleInput.extend({
  visit: Id.describe("The visit's id"),
  /** The owner organisation; needed only for someone in several organisations. */
  org: Id.optional().describe("The organisation that owns it; needed if you are in several"),
  coalition: Id.nullish().describe("For a joint submission: the coalition whose members contribute"),
  parts: z
    .array(
      PartInput.extend({
        mentions: z
          .array(z.number().int().min(0))
          .max(200)
          .default([])
          .describe("People this part is about, by their index in `people`"),
      }),
    )
    .max(200)
    .default([]),
  people: z.array(PersonInput).max(200).default([]),
});
export type NewSubmission = z.output<typeof NewSubmission>;

export const sendChannels = ["email", "portal", "post", "hand", "other"] as const;

export const SendInput = z.object({
  audience: z.enum(["public", "expert"]),
  channel: z.enum(sendChannels),
  recipient: Text(300).min(1, "Say to whom it was sent"),
  sentOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-31"),
});
export type SendInput = z.output<typeof SendInput>;

const optionalNumber = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce.number().int().positive().optional(),
);
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), Text(max).optional());

/** A call for input as typed in: the same rules as the model, without the ids. */
export const CallInput = z
  .object({
    deadline: z.iso.datetime({ offset: true }),
    address: optionalText(200).pipe(z.email().optional()),
    portalUrl: optionalText(500).pipe(z.url({ protocol: /^https?$/ }).optional()),
    maxWords: optionalNumber,
    maxPages: optionalNumber,
    languages: z.array(z.string().trim().min(2).max(20)).min(1, "Give at least one language"),
    formats: z.array(z.enum(callFormats)).min(1, "Give at least one format"),
    source: optionalText(500).pipe(z.url({ protocol: /^https?$/ }).optional()),
  })
  .superRefine((c, ctx) => {
    const check = CallForInput.safeParse({ ...c, id: "x", visitId: "x" });
    if (!check.success)
      for (const i of check.error.issues) ctx.addIssue({ code: "custom", message: i.message, path: i.path });
  });
export type CallInput = z.output<typeof CallInput>;

export const PublicityInput = z.object({
  cities: z.array(Text(100).min(1)).max(30).default([]),
  contact: optionalText(500),
  hashtag: optionalText(60).pipe(
    z
      .string()
      .regex(/^#?[\p{L}\p{N}_]+$/u, "A hashtag is one word of letters, digits or _")
      .optional(),
  ),
});
export type PublicityInput = z.output<typeof PublicityInput>;
