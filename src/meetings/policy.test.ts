import { describe, expect, it } from "vitest";
import { type Actor, anonymous } from "../platform/access";
import {
  canOnProgramme,
  canOnRequest,
  type ProgrammeAction,
  type ProgrammeRunner,
  programmeActions,
  type RequestAction,
  requestActions,
} from "./policy";

const actor = (a: Partial<Actor>): Actor => ({ ...anonymous, userId: "u", ...a });
// The programme is run by coalition C. Organisation A sent the request; B sent another; M is in
// coalition C and sent nothing.
const roles = {
  anonymous,
  requesterMember: actor({ orgs: new Map([["A", "member"]]) }),
  requesterAdmin: actor({ orgs: new Map([["A", "admin"]]) }),
  otherOrgMember: actor({ orgs: new Map([["B", "member"]]) }),
  coordinator: actor({ coordinates: new Set(["C"]) }),
  coalitionMember: actor({ orgs: new Map([["M", "admin"]]), coalitions: new Set(["C"]) }),
  platformAdmin: actor({ platformAdmin: true }),
};
type Role = keyof typeof roles;
const all = Object.keys(roles) as Role[];
const only = (...allowed: Role[]) =>
  Object.fromEntries(all.map((r) => [r, allowed.includes(r)])) as Record<Role, boolean>;

const programme: ProgrammeRunner = { coalitionId: "C", ownerOrgId: null };
const request = { orgId: "A" };

const programmeTable: Record<ProgrammeAction, Record<Role, boolean>> = {
  "programme.create": only("coordinator"),
  "programme.editSlots": only("coordinator"),
  "programme.viewRequests": only("coordinator"),
  "programme.runAllocation": only("coordinator"),
  "programme.publish": only("coordinator"),
  "programme.export": only("coordinator"),
};

const requestTable: Record<RequestAction, Record<Role, boolean>> = {
  "request.viewConfidential": only("requesterMember", "requesterAdmin", "coordinator"),
  "request.viewOwnMeetings": only("requesterMember", "requesterAdmin"),
  "request.viewCoParticipants": only("requesterMember", "requesterAdmin"),
};

describe("meetings policy: every role against every action", () => {
  it("covers every action", () => {
    expect(Object.keys(programmeTable).sort()).toEqual([...programmeActions].sort());
    expect(Object.keys(requestTable).sort()).toEqual([...requestActions].sort());
  });
  for (const action of programmeActions)
    for (const role of all)
      it(`${role} ${programmeTable[action][role] ? "may" : "may not"} ${action} of coalition C's programme`, () => {
        expect(canOnProgramme(roles[role], action, programme)).toBe(programmeTable[action][role]);
      });
  for (const action of requestActions)
    for (const role of all)
      it(`${role} ${requestTable[action][role] ? "may" : "may not"} ${action} of organisation A's request`, () => {
        expect(canOnRequest(roles[role], action, programme, request)).toBe(requestTable[action][role]);
      });
});

describe("a programme run by an organisation (an NHRI)", () => {
  const nhri: ProgrammeRunner = { coalitionId: null, ownerOrgId: "N" };
  it("belongs to the organisation's admins, not to its other members", () => {
    const admin = actor({ orgs: new Map([["N", "admin"]]) });
    const member = actor({ orgs: new Map([["N", "member"]]) });
    for (const action of programmeActions) {
      expect(canOnProgramme(admin, action, nhri), action).toBe(true);
      expect(canOnProgramme(member, action, nhri), action).toBe(false);
      expect(canOnProgramme(roles.coordinator, action, nhri), action).toBe(false);
    }
  });

  it("a request sent without an account is only the coordinators'", () => {
    const admin = actor({ orgs: new Map([["N", "admin"]]) });
    for (const role of all)
      expect(canOnRequest(roles[role], "request.viewOwnMeetings", nhri, { orgId: null })).toBe(false);
    expect(canOnRequest(admin, "request.viewConfidential", nhri, { orgId: null })).toBe(true);
  });
});
