import { z } from "zod";
import { clientAddress } from "../accounts/http";
import type { AppContext } from "../platform/http/context";
import { AppError } from "../platform/http/errors";
import { hit } from "../platform/ratelimit/ratelimit";
import { actionKinds, logVisibilities } from "./log";

/** What pages and API both parse: the sign-on form, the log entry, and the limits on signing. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2025-03-31");
const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "Use an ISO 3166-1 alpha-3 code, e.g. KEN")
  .transform((s) => s.toUpperCase());
const Id = z.string().uuid("Not an id");

export const SignBody = z.object({
  orgName: z.string().trim().min(2, "Give the organisation's name").max(200, "At most 200 characters"),
  country: Iso3.nullable().optional(),
  email: z.string().trim().toLowerCase().email("Give a valid e-mail address, like name@example.org").max(254),
  listPublicly: z.boolean().describe("Whether the letter and public pages may name the organisation"),
});

export const ActionBody = z.object({
  kind: z.enum(actionKinds),
  date: IsoDate,
  target: z.string().trim().min(2, "Say who the action was aimed at").max(300),
  channel: z.string().trim().max(200).nullable().optional().describe("e-mail, meeting, press release…"),
  response: z.string().trim().max(2000).nullable().optional(),
  country: Iso3.nullable().optional().describe("Required unless a visit or letter gives it"),
  visit: Id.nullable().optional(),
  letter: Id.nullable().optional(),
  org: z.string().max(80).describe("The organisation the action is recorded for"),
  visibility: z.enum(logVisibilities),
  coalition: z.string().max(80).nullable().optional().describe("For visibility coalition"),
});

/** Sign-on forms mail whoever is named in them: at most this many signatures an hour from one address. */
const SIGNS_PER_HOUR = 30;

export async function limitSigning(c: AppContext): Promise<void> {
  const { db, clock } = c.get("deps");
  const { hits } = await hit(db, `advocacy.sign:${clientAddress(c)}`, { seconds: 3600 }, clock());
  if (hits > SIGNS_PER_HOUR)
    throw new AppError(
      429,
      "too_many_attempts",
      "Too many signatures from this address; try again in an hour.",
    );
}
