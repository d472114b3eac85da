import type { Actor } from "../platform/access";

/**
 * Who may do what with organisations, coalitions and the platform. Pages, API and CLI ask here;
 * nothing else decides. Platform admins run the service (accounts, organisations) but get no
 * right to read an organisation's work.
 */
export type OrgAction =
  | "org.viewMembers"
  | "org.edit"
  | "org.invite"
  | "org.changeRole"
  | "org.removeMember"
  | "org.decideJoinRequest"
  | "org.viewAudit"
  | "org.export"
  | "org.delete"
  | "org.requestJoin"
  | "org.leave";

export type CoalitionAction =
  | "coalition.viewMembers"
  | "coalition.edit"
  | "coalition.inviteOrg"
  | "coalition.removeOrg"
  | "coalition.addCoordinator"
  | "coalition.leave";

export type PlatformAction = "platform.createOrg" | "platform.createCoalition" | "platform.manageUsers";

export const orgActions: OrgAction[] = [
  "org.viewMembers",
  "org.edit",
  "org.invite",
  "org.changeRole",
  "org.removeMember",
  "org.decideJoinRequest",
  "org.viewAudit",
  "org.export",
  "org.delete",
  "org.requestJoin",
  "org.leave",
];
export const coalitionActions: CoalitionAction[] = [
  "coalition.viewMembers",
  "coalition.edit",
  "coalition.inviteOrg",
  "coalition.removeOrg",
  "coalition.addCoordinator",
  "coalition.leave",
];
export const platformActions: PlatformAction[] = [
  "platform.createOrg",
  "platform.createCoalition",
  "platform.manageUsers",
];

export function canOnOrg(actor: Actor, action: OrgAction, orgId: string): boolean {
  const role = actor.orgs.get(orgId);
  switch (action) {
    case "org.viewMembers":
    case "org.leave":
      return role !== undefined;
    case "org.requestJoin":
      return actor.userId !== null && role === undefined;
    default:
      return role === "admin";
  }
}

/**
 * Coalition actions. `leave` is for an admin of a member organisation (`orgId`); the others belong
 * to coordinators, and member organisations' people may see who else is in.
 */
export function canOnCoalition(
  actor: Actor,
  action: CoalitionAction,
  coalitionId: string,
  orgId?: string,
): boolean {
  const coordinates = actor.coordinates.has(coalitionId);
  switch (action) {
    case "coalition.viewMembers":
      return coordinates || actor.coalitions.has(coalitionId);
    case "coalition.leave":
      return orgId !== undefined && actor.orgs.get(orgId) === "admin" && actor.coalitions.has(coalitionId);
    default:
      return coordinates;
  }
}

export function canOnPlatform(actor: Actor, action: PlatformAction): boolean {
  switch (action) {
    case "platform.createOrg":
    case "platform.createCoalition":
      return actor.userId !== null;
    case "platform.manageUsers":
      return actor.platformAdmin;
  }
}
