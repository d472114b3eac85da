import { describe, expect, it } from "vitest";
import { type Actor, anonymous } from "../platform/access";
import { jointSubmission } from "./fixtures";
import {
  canEditPart,
  canEditVisitPublicity,
  canOnSubmission,
  type SubmissionAction,
  type SubmissionScope,
  scopeOf,
  signOffOrgs,
  submissionActions,
  viewFor,
} from "./policy";

const actor = (a: Partial<Actor>): Actor => ({ ...anonymous, userId: "u", ...a });
// Organisation A owns the submission; A and B are in coalition C; Z is in another coalition, Y.
const roles = {
  anonymous,
  signedIn: actor({}),
  member: actor({ orgs: new Map([["A", "member"]]), coalitions: new Set(["C"]) }),
  admin: actor({ orgs: new Map([["A", "admin"]]), coalitions: new Set(["C"]) }),
  partnerMember: actor({ orgs: new Map([["B", "member"]]), coalitions: new Set(["C"]) }),
  partnerAdmin: actor({ orgs: new Map([["B", "admin"]]), coalitions: new Set(["C"]) }),
  coordinator: actor({ coordinates: new Set(["C"]) }),
  otherMember: actor({ orgs: new Map([["Z", "member"]]), coalitions: new Set(["Y"]) }),
  otherAdmin: actor({ orgs: new Map([["Z", "admin"]]), coalitions: new Set(["Y"]) }),
  platformAdmin: actor({ platformAdmin: true }),
};
type Role = keyof typeof roles;
const all = Object.keys(roles) as Role[];
const only = (...allowed: Role[]) =>
  Object.fromEntries(all.map((r) => [r, allowed.includes(r)])) as Record<Role, boolean>;

const joint: SubmissionScope = { ownerOrgId: "A", coalitionId: "C", contributorOrgIds: ["A", "B"] };
const solo: SubmissionScope = { ownerOrgId: "A", coalitionId: null, contributorOrgIds: ["A"] };

const jointTable: Record<SubmissionAction, Record<Role, boolean>> = {
  read: only("member", "admin", "partnerMember", "partnerAdmin", "coordinator"),
  edit: only("member", "admin"),
  addPart: only("member", "admin", "partnerMember", "partnerAdmin"),
  manageConsent: only("member", "admin"),
  "export:public": only("admin"),
  "export:expert": only("admin"),
  signOff: only("admin", "partnerAdmin"),
  assemble: only("member", "admin", "coordinator"),
};

// Without a coalition, partners and coordinators of A's coalitions have no part in it.
const soloTable: Record<SubmissionAction, Record<Role, boolean>> = {
  read: only("member", "admin"),
  edit: only("member", "admin"),
  addPart: only("member", "admin"),
  manageConsent: only("member", "admin"),
  "export:public": only("admin"),
  "export:expert": only("admin"),
  signOff: only("admin"),
  assemble: only("member", "admin"),
};

describe("submissions policy: every role against every action", () => {
  it("covers every action", () => {
    expect(Object.keys(jointTable).sort()).toEqual([...submissionActions].sort());
    expect(Object.keys(soloTable).sort()).toEqual([...submissionActions].sort());
  });
  for (const [name, scope, table] of [
    ["joint", joint, jointTable],
    ["solo", solo, soloTable],
  ] as const) {
    for (const action of submissionActions) {
      for (const role of all) {
        it(`${role} ${table[action][role] ? "may" : "may not"} ${action} a ${name} submission`, () => {
          expect(canOnSubmission(roles[role], action, scope)).toBe(table[action][role]);
        });
      }
    }
  }

  it("lets a partner admin sign off only for a partner organisation that contributes", () => {
    expect(signOffOrgs(roles.partnerAdmin, joint)).toEqual(["B"]);
    expect(signOffOrgs(roles.partnerAdmin, { ...joint, contributorOrgIds: ["A"] })).toEqual([]);
    expect(signOffOrgs(roles.admin, joint)).toEqual(["A"]);
  });

  it("derives the scope from the submission", () => {
    expect(scopeOf(jointSubmission())).toEqual(joint);
  });
});

describe("editing a part", () => {
  const partOf = (org: string) => ({ contributorOrgIds: [org] });
  it.each<[Role, string, boolean]>([
    ["member", "B", true],
    ["partnerMember", "B", true],
    ["partnerMember", "A", false],
    ["partnerAdmin", "A", false],
    ["coordinator", "B", false],
    ["otherAdmin", "Z", false],
    ["platformAdmin", "A", false],
    ["anonymous", "A", false],
  ])("%s editing a part by %s: %s", (role, org, allowed) => {
    expect(canEditPart(roles[role], joint, partOf(org))).toBe(allowed);
  });

  it("lets a merged part be edited by either contributor", () => {
    expect(canEditPart(roles.partnerMember, joint, { contributorOrgIds: ["A", "B"] })).toBe(true);
  });

  it("does not let a former partner edit once the submission is no longer joint", () => {
    expect(canEditPart(roles.partnerMember, { ...joint, coalitionId: null }, partOf("B"))).toBe(false);
  });
});

describe("the view each reader gets", () => {
  it.each<[Role, ReturnType<typeof viewFor>]>([
    ["member", { audience: "organisation", orgId: "A" }],
    ["admin", { audience: "organisation", orgId: "A" }],
    ["partnerMember", { audience: "organisation", orgId: "B" }],
    ["coordinator", { audience: "coalition" }],
    ["otherMember", null],
    ["anonymous", null],
    ["platformAdmin", null],
  ])("%s", (role, view) => {
    expect(viewFor(roles[role], joint)).toEqual(view);
  });

  it("gives a partner that contributed nothing the partners' view", () => {
    expect(viewFor(roles.partnerMember, { ...joint, contributorOrgIds: ["A"] })).toEqual({
      audience: "coalition",
    });
  });

  it("gives the view only to those who may read", () => {
    for (const role of all)
      for (const scope of [joint, solo])
        expect(viewFor(roles[role], scope) !== null, role).toBe(canOnSubmission(roles[role], "read", scope));
  });
});

describe("recording a call for input and the public page's facts", () => {
  it.each<[Role, boolean]>([
    ["anonymous", false],
    ["signedIn", false],
    ["member", true],
    ["partnerAdmin", true],
    ["coordinator", true],
    ["otherMember", true],
    ["platformAdmin", false],
  ])("%s: %s", (role, allowed) => {
    expect(canEditVisitPublicity(roles[role])).toBe(allowed);
  });
});
