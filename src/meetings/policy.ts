import type { Actor } from "../platform/access";

/**
 * Who may do what with a visit's civil-society programme. Pages, API and exports ask here; nothing
 * else decides. A programme is run by the coordinators of one coalition, or by the admins of one
 * organisation (an NHRI, an NGO). Being in the coalition, or running the platform, gives no right to
 * see who asked to meet the expert: that can put people at risk.
 */
export type ProgrammeAction =
  | "programme.create"
  | "programme.editSlots"
  | "programme.viewRequests"
  | "programme.runAllocation"
  | "programme.publish"
  | "programme.export";

/** Actions on one organisation's request (its confidential fields, its meetings). */
export type RequestAction =
  | "request.viewConfidential"
  | "request.viewOwnMeetings"
  | "request.viewCoParticipants";

export const programmeActions: ProgrammeAction[] = [
  "programme.create",
  "programme.editSlots",
  "programme.viewRequests",
  "programme.runAllocation",
  "programme.publish",
  "programme.export",
];
export const requestActions: RequestAction[] = [
  "request.viewConfidential",
  "request.viewOwnMeetings",
  "request.viewCoParticipants",
];

/** Who runs a programme (or, for `programme.create`, who it would be run for). */
export interface ProgrammeRunner {
  coalitionId: string | null;
  ownerOrgId: string | null;
}

/** The organisation whose request it is; null when it was sent without an account. */
export interface RequestOwner {
  orgId: string | null;
}

export function coordinates(actor: Actor, p: ProgrammeRunner): boolean {
  if (p.coalitionId) return actor.coordinates.has(p.coalitionId);
  if (p.ownerOrgId) return actor.orgs.get(p.ownerOrgId) === "admin";
  return false;
}

/** Every programme action belongs to its coordinators. */
export function canOnProgramme(actor: Actor, _action: ProgrammeAction, p: ProgrammeRunner): boolean {
  return actor.userId !== null && coordinates(actor, p);
}

const ownsRequest = (actor: Actor, r: RequestOwner) => r.orgId !== null && actor.orgs.has(r.orgId);

/**
 * The requesting organisation's members see their request in full and their meetings; the
 * coordinators see every request. Co-participants are only ever named if they agreed
 * (see `coParticipants`): this decides who may ask, not who is named.
 */
export function canOnRequest(
  actor: Actor,
  action: RequestAction,
  p: ProgrammeRunner,
  r: RequestOwner,
): boolean {
  if (actor.userId === null) return false;
  switch (action) {
    case "request.viewConfidential":
      return ownsRequest(actor, r) || coordinates(actor, p);
    case "request.viewOwnMeetings":
    case "request.viewCoParticipants":
      return ownsRequest(actor, r);
  }
}
