import { createHash } from "node:crypto";
import { and, count, eq, inArray, ne } from "drizzle-orm";
import { countries } from "../countries/schema";
import type { Actor } from "../platform/access";
import { recordAudit } from "../platform/audit/audit";
import { type Keyring, open, seal } from "../platform/crypto/keyring";
import { hashToken, newId, newToken } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/errors";
import { createI18n, type Locale } from "../platform/i18n";
import { enqueueMail } from "../platform/mail/outbox";
import { findLetter, type LetterRow } from "./letter-store";
import { signatureMail } from "./mail";
import { letters, signatures } from "./schema";
import { followLink, type LinkUse, moveOne, orderSignatories, reorder, signOnState } from "./signon";

export type SignatureRow = typeof signatures.$inferSelect;

/** The letter lists at most this many co-signers (the template's limit). */
export const MAX_SIGNATURES = 300;

export interface SignInput {
  orgName: string;
  country?: string | null;
  email: string;
  listPublicly: boolean;
}

const linkMessages = {
  sign_on_not_open: "This letter is not open for signatures.",
  sign_on_closed: "The sign-on for this letter has closed: its deadline has passed.",
  already_confirmed: "This link has already been used: the signature is confirmed.",
  already_withdrawn: "This link has already been used: the signature was withdrawn.",
  withdrawn: "This signature was withdrawn; the link no longer confirms it.",
  link_invalid: "This link is not valid. Check that it was copied whole from the e-mail.",
  sign_on_full: "This letter already has as many signatures as a letter can list.",
} as const;
export type SignOnCode = keyof typeof linkMessages;
export const isSignOnCode = (code: string): code is SignOnCode => code in linkMessages;

export const signOnError = (status: 404 | 409 | 410, code: SignOnCode) =>
  new AppError(status, code, linkMessages[code]);

/** Open for signatures now, or the reason it is not (409 before it opens, 410 after its deadline). */
export function requireOpen(letter: LetterRow, now: Date): void {
  const state = signOnState(letter.signOnDeadline, now);
  if (state === "not_open") throw signOnError(409, "sign_on_not_open");
  if (state === "closed") throw signOnError(410, "sign_on_closed");
}

const isUniqueViolation = (err: unknown): boolean => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
};

/**
 * Records an organisation's signature, pending until the link mailed to its contact is followed.
 * Signing again with the same address makes new links and mails them again (the old ones stop
 * working), and answers the same: the form tells no one whether an address had signed.
 */
export async function signLetter(
  deps: { db: Db; now: Date; baseUrl: string; keyring: Keyring },
  letter: LetterRow,
  input: SignInput,
  opts: { orgId?: string | null; locale: Locale },
): Promise<void> {
  const { db, now } = deps;
  requireOpen(letter, now);
  const email = input.email.trim().toLowerCase();
  if (input.country) {
    const [known] = await db
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, input.country));
    if (!known)
      throw new AppError(422, "invalid", `No country has the code ${input.country}.`, [
        { path: "country", message: "Unknown country" },
      ]);
  }
  const confirm = newToken();
  const withdraw = newToken();
  const live = and(eq(signatures.letterId, letter.id), ne(signatures.status, "withdrawn"));
  try {
    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const [existing] = await t
        .select({ id: signatures.id })
        .from(signatures)
        .where(and(live, eq(signatures.contactHash, contactHash(letter.id, email))));
      if (existing) {
        await t
          .update(signatures)
          .set({ confirmTokenHash: hashToken(confirm), withdrawTokenHash: hashToken(withdraw) })
          .where(eq(signatures.id, existing.id));
      } else {
        const [n] = await t.select({ n: count() }).from(signatures).where(live);
        if ((n?.n ?? 0) >= MAX_SIGNATURES) throw signOnError(409, "sign_on_full");
        const id = newId();
        await t.insert(signatures).values({
          id,
          letterId: letter.id,
          orgName: input.orgName.trim(),
          countryIso3: input.country || null,
          contactEmail: seal(deps.keyring, email, contactAad(id)),
          contactHash: contactHash(letter.id, email),
          listPublicly: input.listPublicly,
          orgId: opts.orgId ?? null,
          status: "pending",
          confirmTokenHash: hashToken(confirm),
          withdrawTokenHash: hashToken(withdraw),
          locale: opts.locale,
        });
      }
      await enqueueMail(
        t,
        signatureMail(createI18n(opts.locale), {
          to: email,
          orgName: input.orgName.trim(),
          letterTitle: letter.title,
          deadline: letter.signOnDeadline as Date,
          confirmUrl: `${deps.baseUrl}/advocacy/signatures/confirm/${confirm}`,
          withdrawUrl: `${deps.baseUrl}/advocacy/signatures/withdraw/${withdraw}`,
        }),
      );
      // Identifiers only: who signed is the owner's to see, not the audit log's.
      await recordAudit(t, {
        actorId: null,
        orgId: letter.ownerOrgId,
        action: "letter.signature_requested",
        recordType: "letter",
        recordId: letter.id,
      });
    });
  } catch (err) {
    // The same address signing twice at once: one of the two wins, the other is told nothing more.
    if (isUniqueViolation(err)) return;
    throw err;
  }
}

async function byToken(
  db: Db,
  use: LinkUse,
  token: string,
): Promise<{ signature: SignatureRow; letter: LetterRow }> {
  const column = use === "confirm" ? signatures.confirmTokenHash : signatures.withdrawTokenHash;
  const [found] = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await db
        .select({ signature: signatures, letter: letters })
        .from(signatures)
        .innerJoin(letters, eq(letters.id, signatures.letterId))
        .where(eq(column, hashToken(token)))
    : [];
  if (!found) throw signOnError(404, "link_invalid");
  return found;
}

/** What a mailed link would do now, without doing it (the page that asks to press the button). */
export async function checkLink(
  db: Db,
  use: LinkUse,
  token: string,
  now: Date,
): Promise<{ signature: SignatureRow; letter: LetterRow }> {
  const found = await byToken(db, use, token);
  const outcome = followLink(use, found.signature, found.letter.signOnDeadline, now);
  if (!outcome.ok) throw signOnError(outcome.status, outcome.code);
  return found;
}

/** Confirms or withdraws a signature by its mailed link: each link works once, and only before the deadline. */
export async function useLink(
  db: Db,
  use: LinkUse,
  token: string,
  now: Date,
): Promise<{ signature: SignatureRow; letter: LetterRow }> {
  const { signature, letter } = await byToken(db, use, token);
  const outcome = followLink(use, signature, letter.signOnDeadline, now);
  if (!outcome.ok) throw signOnError(outcome.status, outcome.code);
  const [updated] = await db
    .update(signatures)
    .set(
      outcome.status === "confirmed"
        ? { status: "confirmed", confirmedAt: now }
        : { status: outcome.status, withdrawnAt: now },
    )
    // Only from the state it was read in: of two clicks at once, the second finds nothing to change.
    .where(and(eq(signatures.id, signature.id), eq(signatures.status, signature.status)))
    .returning();
  if (!updated) return useLink(db, use, token, now);
  await recordAudit(db, {
    actorId: null,
    orgId: letter.ownerOrgId,
    action: use === "confirm" ? "letter.signature_confirmed" : "letter.signature_withdrawn",
    recordType: "letter",
    recordId: letter.id,
  });
  return { signature: updated, letter };
}

const contactAad = (id: string) => `advocacy_signatures.contact_email:${id}`;
const contactHash = (letterId: string, email: string) =>
  createHash("sha256").update(`${letterId}\n${email}`).digest("hex");

/**
 * Every signature of a letter, those confirmed in the letter's order first. Contact addresses are
 * opened only when a keyring is given (for the owner's own views); otherwise they are left empty.
 */
export async function listSignatures(db: Db, letterId: string, ring?: Keyring): Promise<SignatureRow[]> {
  const all = await db.select().from(signatures).where(eq(signatures.letterId, letterId));
  const rank = { confirmed: 0, pending: 1, withdrawn: 2 } as const;
  return orderSignatories(all)
    .sort((a, b) => rank[a.status] - rank[b.status])
    .map((s) => ({ ...s, contactEmail: ring ? open(ring, s.contactEmail, contactAad(s.id)) : "" }));
}

async function savePositions(db: Db, positions: Map<string, number>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [id, position] of positions)
      await (tx as unknown as Db).update(signatures).set({ position }).where(eq(signatures.id, id));
  });
}

const confirmedIds = async (db: Db, letterId: string) =>
  orderSignatories(
    await db
      .select()
      .from(signatures)
      .where(and(eq(signatures.letterId, letterId), eq(signatures.status, "confirmed"))),
  ).map((s) => s.id);

/** Puts the confirmed signatories in the order given, which must name each of them once. */
export async function reorderSignatures(
  db: Db,
  actor: Actor,
  letterId: string,
  ids: string[],
): Promise<void> {
  const letter = await findLetter(db, actor, letterId, "letter.reorderSignatories");
  const result = reorder(await confirmedIds(db, letter.id), ids);
  if (!result.ok) {
    const details = [
      ...result.unknown.map((id) => ({
        path: "ids",
        message: `${id} is not a confirmed signatory of this letter`,
      })),
      ...result.missing.map((id) => ({ path: "ids", message: `${id} is missing from the order` })),
      ...result.repeated.map((id) => ({ path: "ids", message: `${id} is named more than once` })),
    ];
    throw new AppError(
      422,
      "invalid_order",
      "Give every confirmed signatory once, in the new order.",
      details,
    );
  }
  await savePositions(db, result.positions);
}

/** Moves one confirmed signatory a place up or down. */
export async function moveSignature(
  db: Db,
  actor: Actor,
  letterId: string,
  signatureId: string,
  direction: "up" | "down",
): Promise<void> {
  const letter = await findLetter(db, actor, letterId, "letter.reorderSignatories");
  const order = await confirmedIds(db, letter.id);
  if (!order.includes(signatureId)) throw new AppError(404, "not_found", "This signatory was not found.");
  const moved = moveOne(order, signatureId, direction);
  await savePositions(db, new Map(moved.map((id, i) => [id, i + 1])));
}

/** The live signature counts of several letters, for lists. */
export async function signatureCounts(db: Db, letterIds: string[]): Promise<Map<string, number>> {
  if (!letterIds.length) return new Map();
  const rows = await db
    .select({ letterId: signatures.letterId, n: count() })
    .from(signatures)
    .where(and(inArray(signatures.letterId, letterIds), eq(signatures.status, "confirmed")))
    .groupBy(signatures.letterId);
  return new Map(rows.map((r) => [r.letterId, r.n]));
}
