import { describe, expect, it } from "vitest";
import { type Actor, anonymous } from "../platform/access";
import { canOnReports, type OwnedReport, type ReportAction, reportActions } from "./policy";

const actor = (a: Partial<Actor>): Actor => ({ ...anonymous, ...a });
const roles = {
  anonymous,
  uploader: actor({ userId: "up", orgs: new Map([["A", "member"]]) }),
  orgMember: actor({ userId: "m", orgs: new Map([["A", "member"]]) }),
  orgAdmin: actor({ userId: "a", orgs: new Map([["A", "admin"]]) }),
  otherOrg: actor({ userId: "o", orgs: new Map([["B", "admin"]]) }),
  coalitionPartner: actor({ userId: "p", orgs: new Map([["C", "member"]]), coalitions: new Set(["K"]) }),
  noOrg: actor({ userId: "n" }),
  platformAdmin: actor({ userId: "pa", platformAdmin: true }),
};
type Role = keyof typeof roles;

const draft: OwnedReport = { accepted: false, uploadedBy: "up", ownerOrgId: "A" };
const accepted: OwnedReport = { ...draft, accepted: true };
// The uploader left no organisation behind (or had none): the draft is theirs alone.
const ownDraft: OwnedReport = { accepted: false, uploadedBy: "n", ownerOrgId: null };

const all = (v: boolean) =>
  Object.fromEntries(Object.keys(roles).map((r) => [r, v])) as Record<Role, boolean>;
const only = (...who: Role[]) =>
  Object.fromEntries(Object.keys(roles).map((r) => [r, who.includes(r as Role)])) as Record<Role, boolean>;
const team = only("uploader", "orgMember", "orgAdmin");
const signedIn = { ...all(true), anonymous: false };

// Expected answers: role × action, for a draft, an accepted report and a draft of someone without an organisation.
const table: Record<
  ReportAction,
  { draft: Record<Role, boolean>; accepted: Record<Role, boolean>; ownDraft: Record<Role, boolean> }
> = {
  "report.upload": { draft: signedIn, accepted: signedIn, ownDraft: signedIn },
  "report.read": { draft: team, accepted: all(true), ownDraft: only("noOrg") },
  "report.review": { draft: team, accepted: team, ownDraft: only("noOrg") },
  "report.accept": { draft: team, accepted: team, ownDraft: only("noOrg") },
  "report.delete": { draft: team, accepted: all(false), ownDraft: only("noOrg") },
  "recommendation.read": { draft: all(true), accepted: all(true), ownDraft: all(true) },
};

describe("reports policy: every role against every action", () => {
  it("covers every action", () => expect(Object.keys(table).sort()).toEqual([...reportActions].sort()));
  const reports = { draft, accepted, ownDraft };
  for (const action of reportActions) {
    for (const [state, report] of Object.entries(reports)) {
      for (const [role, who] of Object.entries(roles)) {
        const expected = table[action][state as keyof typeof reports][role as Role];
        it(`${role} ${expected ? "may" : "may not"} ${action} (${state})`, () => {
          expect(canOnReports(who, action, report)).toBe(expected);
        });
      }
    }
  }

  it("reads and reviews nothing without a report", () => {
    expect(canOnReports(roles.uploader, "report.read")).toBe(false);
    expect(canOnReports(roles.uploader, "report.review")).toBe(false);
  });
});
