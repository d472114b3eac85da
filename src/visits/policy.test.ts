import { describe, expect, it } from "vitest";
import { type Actor, anonymous } from "../platform/access";
import { canOnVisits, type VisitAction, visitActions } from "./policy";

const roles: Record<string, Actor> = {
  anonymous,
  signedIn: { ...anonymous, userId: "u" },
  orgAdmin: { ...anonymous, userId: "a", orgs: new Map([["A", "admin"]]) },
  orgMember: { ...anonymous, userId: "m", orgs: new Map([["A", "member"]]) },
  platformAdmin: { ...anonymous, userId: "p", platformAdmin: true },
};
const table: Record<VisitAction, Record<keyof typeof roles, boolean>> = {
  "visit.read": { anonymous: true, signedIn: true, orgAdmin: true, orgMember: true, platformAdmin: true },
  "visit.create": { anonymous: false, signedIn: true, orgAdmin: true, orgMember: true, platformAdmin: true },
  "visit.recordEvent": {
    anonymous: false,
    signedIn: true,
    orgAdmin: true,
    orgMember: true,
    platformAdmin: true,
  },
  "visit.import": { anonymous: false, signedIn: false, orgAdmin: true, orgMember: true, platformAdmin: true },
};

describe("visits policy: every role against every action", () => {
  it("covers every action", () => expect(Object.keys(table).sort()).toEqual([...visitActions].sort()));
  for (const action of visitActions) {
    for (const [role, actor] of Object.entries(roles)) {
      it(`${role} ${table[action][role] ? "may" : "may not"} ${action}`, () => {
        expect(canOnVisits(actor, action)).toBe(table[action][role]);
      });
    }
  }
});
