import { describe, expect, it } from "vitest";
import { type Actor, anonymous, canRead } from "../../platform/access";
import { canEditUnofficial, type UnofficialScopeRequest, unofficialScope } from "./policy";

const member: Actor = {
  userId: "u1",
  platformAdmin: false,
  orgs: new Map([["A", "member"]]),
  coalitions: new Set(["C"]),
  coordinates: new Set(),
};
const outsider: Actor = { ...member, userId: "u2", orgs: new Map([["B", "admin"]]), coalitions: new Set() };
const partner: Actor = {
  ...member,
  userId: "u3",
  orgs: new Map([["P", "member"]]),
  coalitions: new Set(["C"]),
};
const admin: Actor = { ...anonymous, userId: "root", platformAdmin: true };

describe("unofficial visits: who may record with which scope", () => {
  const cases: [string, Actor, UnofficialScopeRequest, number | "ok"][] = [
    ["anonymous, public", anonymous, { visibility: "public" }, 401],
    ["member, public", member, { visibility: "public" }, "ok"],
    ["member, public for their org", member, { visibility: "public", orgId: "A" }, "ok"],
    ["member, public for another org", member, { visibility: "public", orgId: "B" }, 403],
    ["member, organisation", member, { visibility: "organisation", orgId: "A" }, "ok"],
    ["member, organisation without org", member, { visibility: "organisation" }, 422],
    ["outsider, organisation of A", outsider, { visibility: "organisation", orgId: "A" }, 403],
    ["member, coalition C", member, { visibility: "coalition", orgId: "A", coalitionId: "C" }, "ok"],
    ["member, coalition not theirs", member, { visibility: "coalition", orgId: "A", coalitionId: "X" }, 422],
    ["member, coalition missing", member, { visibility: "coalition", orgId: "A" }, 422],
    ["platform admin, organisation of A", admin, { visibility: "organisation", orgId: "A" }, 403],
  ];
  it.each(cases)("%s", (_name, actor, req, expected) => {
    const r = unofficialScope(actor, req);
    if (expected === "ok") expect(r.problem).toBeNull();
    else expect(r.problem?.status).toBe(expected);
  });

  it("gives scopes that only the right people can read", () => {
    const org = unofficialScope(member, { visibility: "organisation", orgId: "A" }).scope;
    const coalition = unofficialScope(member, {
      visibility: "coalition",
      orgId: "A",
      coalitionId: "C",
    }).scope;
    if (!org || !coalition) throw new Error("expected scopes");
    expect([member, outsider, partner, admin, anonymous].map((a) => canRead(a, org))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect([member, outsider, partner, admin, anonymous].map((a) => canRead(a, coalition))).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it("lets those who answer for a record change it: its organisation's members, or its lone recorder", () => {
    const base = { coalitionId: null, namedUserIds: [] };
    const ofA = { ...base, visibility: "public" as const, ownerOrgId: "A", recordedBy: "someone" };
    const ofNobody = { ...base, visibility: "public" as const, ownerOrgId: null, recordedBy: "u2" };
    const privateOfA = { ...base, visibility: "organisation" as const, ownerOrgId: "A", recordedBy: "u1" };
    const actors = { member, outsider, partner, admin, anonymous };
    const who = (record: Parameters<typeof canEditUnofficial>[1]) =>
      Object.entries(actors)
        .filter(([, a]) => canEditUnofficial(a, record))
        .map(([name]) => name);
    expect(who(ofA)).toEqual(["member"]);
    expect(who(ofNobody)).toEqual(["outsider"]);
    expect(who(privateOfA)).toEqual(["member"]);
  });
});
