import { describe, expect, it } from "vitest";
import { narrowToWide, partsFor, shows, stricter, type View } from "./audience";
import { type Audience, audiences } from "./model";

// Views: the two exports, the partners' preview, and the previews of the organisation that wrote
// the part (A) and of another organisation of the coalition (B).
const views = {
  public: { audience: "public" },
  expert: { audience: "expert" },
  coalition: { audience: "coalition" },
  ownOrganisation: { audience: "organisation", orgId: "A" },
  otherOrganisation: { audience: "organisation", orgId: "B" },
} satisfies Record<string, View>;
type ViewName = keyof typeof views;

// Which view shows a part of each audience written by organisation A.
const table: Record<Audience, Record<ViewName, boolean>> = {
  public: { public: true, expert: true, coalition: true, ownOrganisation: true, otherOrganisation: true },
  expert: { public: false, expert: true, coalition: true, ownOrganisation: true, otherOrganisation: true },
  coalition: {
    public: false,
    expert: false,
    coalition: true,
    ownOrganisation: true,
    otherOrganisation: true,
  },
  organisation: {
    public: false,
    expert: false,
    coalition: false,
    ownOrganisation: true,
    otherOrganisation: false,
  },
};

describe("audiences: every part audience against every view", () => {
  it("covers every audience", () => expect(Object.keys(table).sort()).toEqual([...audiences].sort()));
  for (const audience of audiences) {
    for (const [name, view] of Object.entries(views) as [ViewName, View][]) {
      const expected = table[audience][name];
      it(`a ${audience} part ${expected ? "is" : "is not"} in the ${name} view`, () => {
        expect(shows(view, { audience, contributorOrgIds: ["A"] })).toBe(expected);
      });
    }
  }

  it("shows an organisation part of several contributors to each of them and no one else", () => {
    const merged = { audience: "organisation" as const, contributorOrgIds: ["A", "B"] };
    expect(shows({ audience: "organisation", orgId: "A" }, merged)).toBe(true);
    expect(shows({ audience: "organisation", orgId: "B" }, merged)).toBe(true);
    expect(shows({ audience: "organisation", orgId: "Z" }, merged)).toBe(false);
  });

  it("keeps the submission's order of parts", () => {
    const parts = audiences.map((audience) => ({
      id: audience,
      kind: "issues" as const,
      heading: "",
      body: "",
      audience,
      mentions: [],
      contributorOrgIds: ["A"],
    }));
    expect(partsFor({ parts }, { audience: "expert" }).map((p) => p.id)).toEqual(["public", "expert"]);
    expect(partsFor({ parts }, { audience: "organisation", orgId: "A" }).map((p) => p.id)).toEqual([
      "public",
      "expert",
      "coalition",
      "organisation",
    ]);
  });

  it("orders audiences from the fewest readers to the most, and picks the stricter", () => {
    expect(narrowToWide).toEqual(["organisation", "coalition", "expert", "public"]);
    expect(stricter("public", "expert")).toBe("expert");
    expect(stricter("expert", "coalition")).toBe("coalition");
    expect(stricter("organisation", "public")).toBe("organisation");
    expect(stricter("expert", "expert")).toBe("expert");
  });
});
