import { type Actor, canRead, type Scope } from "../platform/access";

/**
 * Who may do what with letters and the advocacy log. Pages and API ask here; nothing else decides.
 * A letter belongs to its organisation: its members write it, and it can be shared with one
 * coalition, whose members then read it and may sign it. Platform admins get no right to read it.
 * A public sign-on link is a capability apart: whoever holds it reads the letter and may sign, and
 * nothing else (the sign-on pages check the link, not this policy).
 */
export type LetterAction =
  | "letter.read"
  | "letter.edit"
  | "letter.share"
  | "letter.sign"
  | "letter.viewSignatories"
  | "letter.viewContacts"
  | "letter.reorderSignatories";

export const letterActions: LetterAction[] = [
  "letter.read",
  "letter.edit",
  "letter.share",
  "letter.sign",
  "letter.viewSignatories",
  "letter.viewContacts",
  "letter.reorderSignatories",
];

export type LogAction = "log.read" | "log.create";
export const logActions: LogAction[] = ["log.read", "log.create"];

export interface Owned {
  visibility: Scope["visibility"];
  ownerOrgId: string | null;
  coalitionId: string | null;
  namedUserIds: readonly string[];
}

const member = (actor: Actor, r: Owned) => r.ownerOrgId !== null && actor.orgs.has(r.ownerOrgId);

export function canOnLetter(actor: Actor, action: LetterAction, letter: Owned): boolean {
  switch (action) {
    case "letter.read":
    case "letter.viewSignatories":
      return canRead(actor, letter);
    case "letter.sign":
      // Partners sign; the owner wrote it.
      return actor.userId !== null && canRead(actor, letter) && !member(actor, letter);
    default:
      return member(actor, letter);
  }
}

/** Drafting a letter or recording an action for an organisation: its members. */
export function canWriteFor(actor: Actor, orgId: string): boolean {
  return actor.orgs.has(orgId);
}

/**
 * The log: entries are read under the common model; an entry is recorded for one's own organisation,
 * and shared only with a coalition that organisation belongs to.
 */
export function canOnLog(actor: Actor, action: LogAction, entry: Owned): boolean {
  switch (action) {
    case "log.read":
      return canRead(actor, entry);
    case "log.create":
      return (
        member(actor, entry) &&
        (entry.visibility !== "coalition" ||
          (entry.coalitionId !== null && actor.coalitions.has(entry.coalitionId)))
      );
  }
}

/** Outsiders learn nothing about a record they may not read, not even that it exists (404); readers who may not act get 403. */
export function refusal(actor: Actor, record: Owned): 403 | 404 {
  return canRead(actor, record) ? 403 : 404;
}
