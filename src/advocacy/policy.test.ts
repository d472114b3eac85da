import { describe, expect, it } from "vitest";
import { type Actor, anonymous } from "../platform/access";
import {
  canOnLetter,
  canOnLog,
  canWriteFor,
  type LetterAction,
  type LogAction,
  letterActions,
  logActions,
  type Owned,
  refusal,
} from "./policy";

const actor = (a: Partial<Actor>): Actor => ({ ...anonymous, userId: "u", ...a });
// Organisation A owns the records and is in coalition C; organisation B is in C too; Z is not.
const roles = {
  anonymous,
  signedIn: actor({}),
  member: actor({ orgs: new Map([["A", "member"]]), coalitions: new Set(["C"]) }),
  admin: actor({ orgs: new Map([["A", "admin"]]), coalitions: new Set(["C"]) }),
  partner: actor({ orgs: new Map([["B", "member"]]), coalitions: new Set(["C"]) }),
  coordinator: actor({ coordinates: new Set(["C"]) }),
  otherAdmin: actor({ orgs: new Map([["Z", "admin"]]) }),
  platformAdmin: actor({ platformAdmin: true }),
};
type Role = keyof typeof roles;
const all = Object.keys(roles) as Role[];
const only = (...allowed: Role[]) =>
  Object.fromEntries(all.map((r) => [r, allowed.includes(r)])) as Record<Role, boolean>;

const scope = (visibility: Owned["visibility"], coalitionId: string | null = null): Owned => ({
  visibility,
  ownerOrgId: "A",
  coalitionId,
  namedUserIds: [],
});
const letters = { draft: scope("organisation"), shared: scope("coalition", "C") };

const owners = only("member", "admin");
const letterTable: Record<LetterAction, Record<keyof typeof letters, Record<Role, boolean>>> = {
  "letter.read": { draft: owners, shared: only("member", "admin", "partner", "coordinator") },
  "letter.viewSignatories": { draft: owners, shared: only("member", "admin", "partner", "coordinator") },
  "letter.sign": { draft: only(), shared: only("partner", "coordinator") },
  "letter.edit": { draft: owners, shared: owners },
  "letter.share": { draft: owners, shared: owners },
  "letter.viewContacts": { draft: owners, shared: owners },
  "letter.reorderSignatories": { draft: owners, shared: owners },
};

const entries = {
  organisation: scope("organisation"),
  coalition: scope("coalition", "C"),
  public: scope("public"),
  // Shared with a coalition organisation A is not in: nobody may record that.
  foreignCoalition: scope("coalition", "K"),
};
const logTable: Record<LogAction, Record<keyof typeof entries, Record<Role, boolean>>> = {
  "log.read": {
    organisation: owners,
    coalition: only("member", "admin", "partner", "coordinator"),
    public: only(...all),
    foreignCoalition: owners,
  },
  "log.create": { organisation: owners, coalition: owners, public: owners, foreignCoalition: only() },
};

describe("advocacy policy: every role against every action", () => {
  it("covers every action", () => {
    expect(Object.keys(letterTable).sort()).toEqual([...letterActions].sort());
    expect(Object.keys(logTable).sort()).toEqual([...logActions].sort());
  });
  for (const action of letterActions) {
    for (const [name, letter] of Object.entries(letters) as [keyof typeof letters, Owned][]) {
      for (const role of all) {
        const allowed = letterTable[action][name][role];
        it(`${role} ${allowed ? "may" : "may not"} ${action} on a ${name} letter of A`, () => {
          expect(canOnLetter(roles[role], action, letter)).toBe(allowed);
        });
      }
    }
  }
  for (const action of logActions) {
    for (const [name, entry] of Object.entries(entries) as [keyof typeof entries, Owned][]) {
      for (const role of all) {
        const allowed = logTable[action][name][role];
        it(`${role} ${allowed ? "may" : "may not"} ${action} with a ${name} entry of A`, () => {
          expect(canOnLog(roles[role], action, entry)).toBe(allowed);
        });
      }
    }
  }
  it("lets only members draft for an organisation", () => {
    expect(all.filter((r) => canWriteFor(roles[r], "A"))).toEqual(["member", "admin"]);
  });
  it("hides a record from those who may not read it, and forbids the rest", () => {
    expect(refusal(roles.otherAdmin, letters.shared)).toBe(404);
    expect(refusal(roles.anonymous, letters.draft)).toBe(404);
    expect(refusal(roles.partner, letters.shared)).toBe(403);
  });
});
