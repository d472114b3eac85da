import { describe, expect, it } from "vitest";
import { type Actor, anonymous, canRead, canReadConfidential, type Scope } from "./access";

const actor = (a: Partial<Actor>): Actor => ({ ...anonymous, userId: "u", ...a });
const people = {
  anonymous,
  outsider: actor({ userId: "out" }),
  ownMember: actor({ userId: "m", orgs: new Map([["A", "member"]]) }),
  ownAdmin: actor({ userId: "a", orgs: new Map([["A", "admin"]]) }),
  partner: actor({ userId: "p", orgs: new Map([["B", "member"]]), coalitions: new Set(["C"]) }),
  coordinator: actor({ userId: "c", coordinates: new Set(["C"]) }),
  otherOrg: actor({ userId: "o", orgs: new Map([["Z", "admin"]]), coalitions: new Set(["Y"]) }),
  named: actor({ userId: "n" }),
  platformAdmin: actor({ userId: "pa", platformAdmin: true }),
};
type Who = keyof typeof people;

const scope = (visibility: Scope["visibility"]): Scope => ({
  visibility,
  ownerOrgId: "A",
  coalitionId: "C",
  namedUserIds: ["n"],
});

// Expected readers of each visibility: [record, confidential fields].
const table: Record<Scope["visibility"], Record<Who, [boolean, boolean]>> = {
  public: {
    anonymous: [true, false],
    outsider: [true, false],
    ownMember: [true, true],
    ownAdmin: [true, true],
    partner: [true, false],
    coordinator: [true, false],
    otherOrg: [true, false],
    named: [true, true],
    platformAdmin: [true, false],
  },
  coalition: {
    anonymous: [false, false],
    outsider: [false, false],
    ownMember: [true, true],
    ownAdmin: [true, true],
    partner: [true, false],
    coordinator: [true, false],
    otherOrg: [false, false],
    named: [false, false],
    platformAdmin: [false, false],
  },
  organisation: {
    anonymous: [false, false],
    outsider: [false, false],
    ownMember: [true, true],
    ownAdmin: [true, true],
    partner: [false, false],
    coordinator: [false, false],
    otherOrg: [false, false],
    named: [false, false],
    platformAdmin: [false, false],
  },
  named: {
    anonymous: [false, false],
    outsider: [false, false],
    ownMember: [false, false],
    ownAdmin: [false, false],
    partner: [false, false],
    coordinator: [false, false],
    otherOrg: [false, false],
    named: [true, true],
    platformAdmin: [false, false],
  },
};

describe("visibility model: every reader against every visibility", () => {
  for (const [visibility, row] of Object.entries(table)) {
    for (const [who, [read, confidential]] of Object.entries(row)) {
      it(`${who} ${read ? "reads" : "cannot read"} a ${visibility} record${confidential ? " and its confidential fields" : ""}`, () => {
        const s = scope(visibility as Scope["visibility"]);
        expect(canRead(people[who as Who], s)).toBe(read);
        expect(canReadConfidential(people[who as Who], s)).toBe(confidential);
      });
    }
  }
});
