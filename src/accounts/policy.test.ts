import { describe, expect, it } from "vitest";
import { type Actor, anonymous } from "../platform/access";
import {
  type CoalitionAction,
  canOnCoalition,
  canOnOrg,
  canOnPlatform,
  coalitionActions,
  type OrgAction,
  orgActions,
  type PlatformAction,
  platformActions,
} from "./policy";

const actor = (a: Partial<Actor>): Actor => ({ ...anonymous, userId: "u", ...a });
// Organisation A is in coalition C; organisation B is too; Z is not.
const roles = {
  anonymous,
  signedIn: actor({}),
  member: actor({ orgs: new Map([["A", "member"]]), coalitions: new Set(["C"]) }),
  admin: actor({ orgs: new Map([["A", "admin"]]), coalitions: new Set(["C"]) }),
  partnerAdmin: actor({ orgs: new Map([["B", "admin"]]), coalitions: new Set(["C"]) }),
  coordinator: actor({ coordinates: new Set(["C"]) }),
  otherAdmin: actor({ orgs: new Map([["Z", "admin"]]) }),
  platformAdmin: actor({ platformAdmin: true }),
};
type Role = keyof typeof roles;
const all = Object.keys(roles) as Role[];
const only = (...allowed: Role[]) =>
  Object.fromEntries(all.map((r) => [r, allowed.includes(r)])) as Record<Role, boolean>;

const orgTable: Record<OrgAction, Record<Role, boolean>> = {
  "org.viewMembers": only("member", "admin"),
  "org.edit": only("admin"),
  "org.invite": only("admin"),
  "org.changeRole": only("admin"),
  "org.removeMember": only("admin"),
  "org.decideJoinRequest": only("admin"),
  "org.viewAudit": only("admin"),
  "org.export": only("admin"),
  "org.delete": only("admin"),
  "org.requestJoin": only("signedIn", "partnerAdmin", "coordinator", "otherAdmin", "platformAdmin"),
  "org.leave": only("member", "admin"),
};

// Coalition actions, with the actor acting for organisation A where an organisation is involved.
const coalitionTable: Record<CoalitionAction, Record<Role, boolean>> = {
  "coalition.viewMembers": only("member", "admin", "partnerAdmin", "coordinator"),
  "coalition.edit": only("coordinator"),
  "coalition.inviteOrg": only("coordinator"),
  "coalition.removeOrg": only("coordinator"),
  "coalition.addCoordinator": only("coordinator"),
  "coalition.leave": only("admin"),
};

const platformTable: Record<PlatformAction, Record<Role, boolean>> = {
  "platform.createOrg": only(
    "signedIn",
    "member",
    "admin",
    "partnerAdmin",
    "coordinator",
    "otherAdmin",
    "platformAdmin",
  ),
  "platform.createCoalition": only(
    "signedIn",
    "member",
    "admin",
    "partnerAdmin",
    "coordinator",
    "otherAdmin",
    "platformAdmin",
  ),
  "platform.manageUsers": only("platformAdmin"),
};

describe("accounts policy: every role against every action", () => {
  it("covers every action", () => {
    expect(Object.keys(orgTable).sort()).toEqual([...orgActions].sort());
    expect(Object.keys(coalitionTable).sort()).toEqual([...coalitionActions].sort());
    expect(Object.keys(platformTable).sort()).toEqual([...platformActions].sort());
  });
  for (const action of orgActions) {
    for (const role of all) {
      it(`${role} ${orgTable[action][role] ? "may" : "may not"} ${action} on organisation A`, () => {
        expect(canOnOrg(roles[role], action, "A")).toBe(orgTable[action][role]);
      });
    }
  }
  for (const action of coalitionActions) {
    for (const role of all) {
      it(`${role} ${coalitionTable[action][role] ? "may" : "may not"} ${action} on coalition C`, () => {
        expect(canOnCoalition(roles[role], action, "C", "A")).toBe(coalitionTable[action][role]);
      });
    }
  }
  for (const action of platformActions) {
    for (const role of all) {
      it(`${role} ${platformTable[action][role] ? "may" : "may not"} ${action}`, () => {
        expect(canOnPlatform(roles[role], action)).toBe(platformTable[action][role]);
      });
    }
  }
});
