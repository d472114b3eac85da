import type { Actor } from "../platform/access";
import type { View } from "./audience";
import type { Part, Submission } from "./model";
import { contributors } from "./signoff";

/**
 * Who may do what with a submission. Pages, API, search, feeds and exports ask here.
 *
 * - The owner organisation's members write it, record people and their consent (names are its
 *   confidential records), and assemble it; its admins export it (sending names to the expert
 *   and publishing are the organisation's decisions).
 * - In a joint submission (one with a coalition), the coalition's member organisations read it and
 *   add parts, and edit the parts they wrote; its coordinators read it and assemble it. Each
 *   contributing organisation's admins sign off its parts.
 * - No one else, and not platform admins, who run the service but do not read the work. The
 *   public version, once published, is read through what publishes it, not through this policy.
 */
export type SubmissionAction =
  | "read"
  | "edit"
  | "addPart"
  | "manageConsent"
  | "export:public"
  | "export:expert"
  | "signOff"
  | "assemble";

export const submissionActions: SubmissionAction[] = [
  "read",
  "edit",
  "addPart",
  "manageConsent",
  "export:public",
  "export:expert",
  "signOff",
  "assemble",
];

export interface SubmissionScope {
  ownerOrgId: string;
  coalitionId: string | null;
  /** Organisations with parts in what is sent out. */
  contributorOrgIds: readonly string[];
}

export const scopeOf = (s: Pick<Submission, "ownerOrgId" | "coalitionId" | "parts">): SubmissionScope => ({
  ownerOrgId: s.ownerOrgId,
  coalitionId: s.coalitionId,
  contributorOrgIds: contributors(s),
});

const inOwner = (actor: Actor, s: SubmissionScope) => actor.orgs.has(s.ownerOrgId);
const partner = (actor: Actor, s: SubmissionScope) =>
  s.coalitionId !== null && actor.coalitions.has(s.coalitionId);
const coordinator = (actor: Actor, s: SubmissionScope) =>
  s.coalitionId !== null && actor.coordinates.has(s.coalitionId);

/** The organisations the actor may sign off for: contributors the actor is an admin of. */
export const signOffOrgs = (actor: Actor, s: SubmissionScope): string[] =>
  s.contributorOrgIds.filter(
    (org) => actor.orgs.get(org) === "admin" && (org === s.ownerOrgId || partner(actor, s)),
  );

export function canOnSubmission(actor: Actor, action: SubmissionAction, s: SubmissionScope): boolean {
  switch (action) {
    case "read":
      return inOwner(actor, s) || partner(actor, s) || coordinator(actor, s);
    case "edit":
    case "manageConsent":
      return inOwner(actor, s);
    case "addPart":
      return inOwner(actor, s) || partner(actor, s);
    case "export:public":
    case "export:expert":
      return actor.orgs.get(s.ownerOrgId) === "admin";
    case "signOff":
      return signOffOrgs(actor, s).length > 0;
    case "assemble":
      return inOwner(actor, s) || coordinator(actor, s);
  }
}

/** A part may be edited by the owner organisation, and by the partners who wrote it. */
export const canEditPart = (
  actor: Actor,
  s: SubmissionScope,
  part: Pick<Part, "contributorOrgIds">,
): boolean =>
  inOwner(actor, s) || (partner(actor, s) && part.contributorOrgIds.some((o) => actor.orgs.has(o)));

/**
 * The view of the submission the actor reads in the workspace: the owner organisation its own
 * (every part, every name); a partner that contributed, its organisation's (its own working notes
 * too, names only with coalition consent); other partners and coordinators the coalition's; no one
 * else any.
 */
export function viewFor(actor: Actor, s: SubmissionScope): View | null {
  if (inOwner(actor, s)) return { audience: "organisation", orgId: s.ownerOrgId };
  if (!partner(actor, s) && !coordinator(actor, s)) return null;
  const own = partner(actor, s) ? s.contributorOrgIds.find((o) => actor.orgs.has(o)) : undefined;
  return own ? { audience: "organisation", orgId: own } : { audience: "coalition" };
}

/**
 * Who may record a visit's call for input and what its public page says (cities, how to reach the
 * team): facts anyone can check, kept by the people who work on visits — members of an
 * organisation and coalition coordinators — like the visit registry, and audited.
 */
export const canEditVisitPublicity = (actor: Actor): boolean =>
  actor.userId !== null && (actor.orgs.size > 0 || actor.coordinates.size > 0);
