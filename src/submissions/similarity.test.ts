import { describe, expect, it } from "vitest";
import { part } from "./fixtures";
import { findOverlaps, merge } from "./similarity";

const rec = (id: string, body: string, org: string, extra: Parameters<typeof part>[1] = {}) =>
  part(id, { kind: "recommendations", heading: "", body, contributorOrgIds: [org], ...extra });

describe("overlapping recommendations", () => {
  const parts = [
    rec("a1", "- Repeal the 2019 NGO law and stop prosecuting human rights defenders", "A"),
    rec("b1", "- The Government should repeal the NGO Law of 2019\n- Stop prosecuting defenders", "B"),
    rec("b2", "- Ratify OPCAT and set up a national preventive mechanism", "B"),
    rec("c1", "- Ratifier l’OPCAT et créer un mécanisme national de prévention", "C"),
    part("ctx", {
      kind: "context",
      body: "Repeal the 2019 NGO law and stop prosecuting human rights defenders",
    }),
  ];

  it("pairs recommendations saying the same thing, most alike first, and nothing else", () => {
    const found = findOverlaps(parts, "en");
    expect(found.map((o) => [o.a, o.b])).toEqual([["a1", "b1"]]);
    expect(found[0]?.score).toBeGreaterThan(0.5);
    expect(found[0]?.score).toBeLessThanOrEqual(1);
  });

  it("scores identical text 1 and unrelated text 0", () => {
    const same = findOverlaps(
      [rec("x", "Release all detained journalists", "A"), rec("y", "release ALL detained journalists!", "B")],
      "en",
      0,
    );
    expect(same[0]?.score).toBeCloseTo(1, 10);
    const unrelated = findOverlaps(
      [rec("x", "Release journalists", "A"), rec("y", "Ratify OPCAT", "B")],
      "en",
      0,
    );
    expect(unrelated[0]?.score).toBe(0);
  });

  it("folds accents and case by the language's rules, so the same words in two spellings meet", () => {
    const found = findOverlaps(
      [
        rec("x", "Libérer les défenseurs détenus à Goma", "A"),
        rec("y", "LIBERER LES DEFENSEURS DETENUS A GOMA", "B"),
        rec("z", "Ratifier la convention contre la torture", "B"),
      ],
      "fr",
    );
    expect(found.map((o) => [o.a, o.b])).toEqual([["x", "y"]]);
    expect(found[0]?.score).toBeCloseTo(1, 10);
  });

  it("never compares organisation-only parts, which no one else may see", () => {
    const found = findOverlaps(
      [
        rec("x", "Release all detained journalists", "A"),
        rec("y", "Release all detained journalists", "B", { audience: "organisation" }),
      ],
      "en",
      0,
    );
    expect(found).toEqual([]);
  });
});

describe("merging two recommendations", () => {
  const a = rec("a1", "- Repeal the 2019 NGO law\n- Release detained defenders", "A", {
    heading: "Civic space",
    audience: "public",
    mentions: ["p1"],
  });
  const b = rec("b1", "- repeal the 2019 NGO LAW\n- Close Kamiti's isolation wing", "B", {
    heading: "Detention",
    audience: "expert",
    mentions: ["p2", "p1"],
  });

  it("keeps both contributors, everyone mentioned, each item once, and the stricter audience", () => {
    expect(merge(a, b, "m1", "en")).toEqual({
      id: "m1",
      kind: "recommendations",
      heading: "Civic space / Detention",
      body: "- Repeal the 2019 NGO law\n- Release detained defenders\n- Close Kamiti's isolation wing",
      audience: "expert",
      mentions: ["p1", "p2"],
      contributorOrgIds: ["A", "B"],
    });
  });

  it("keeps one heading when both say the same", () => {
    expect(merge({ ...a, heading: "Détention" }, { ...b, heading: "detention" }, "m", "fr").heading).toBe(
      "Détention",
    );
  });

  it("takes the stricter audience whichever comes first", () => {
    expect(merge(b, a, "m", "en").audience).toBe("expert");
    expect(merge({ ...a, audience: "coalition" }, b, "m", "en").audience).toBe("coalition");
  });

  it("refuses to merge an organisation-only part with another organisation's part", () => {
    expect(() => merge({ ...a, audience: "organisation" }, b, "m", "en")).toThrow(/organisation-only/);
    const own = rec("a2", "- Fund legal aid", "A", { audience: "organisation" });
    expect(merge({ ...a, audience: "organisation" }, own, "m", "en").audience).toBe("organisation");
  });
});
