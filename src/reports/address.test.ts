import { describe, expect, it } from "vitest";
import { normaliseRef, parseRecommendationPath, REF, recommendationPath, SYMBOL } from "./address";

describe("the stable address of a recommendation", () => {
  it("keeps the symbol's slashes readable and names the reference last", () => {
    expect(recommendationPath("A/HRC/43/47/Add.1", "85(b)")).toBe("/recommendations/A/HRC/43/47/Add.1/85(b)");
    expect(recommendationPath("E/CN.4/2006/52/Add.3", "12(a)(ii)")).toBe(
      "/recommendations/E/CN.4/2006/52/Add.3/12(a)(ii)",
    );
  });

  it("reads a symbol with slashes and the reference after its last slash", () => {
    expect(parseRecommendationPath("A/HRC/43/47/Add.1/85(b)")).toEqual({
      symbol: "A/HRC/43/47/Add.1",
      ref: "85(b)",
    });
    expect(parseRecommendationPath("A/73/314/85")).toEqual({ symbol: "A/73/314", ref: "85" });
    expect(parseRecommendationPath("E/CN.4/2006/52/Add.3/p3")).toEqual({
      symbol: "E/CN.4/2006/52/Add.3",
      ref: "p3",
    });
  });

  it("reads the encoded forms links are pasted in, and a trailing slash", () => {
    const expected = { symbol: "A/HRC/43/47/Add.1", ref: "85(b)" };
    expect(parseRecommendationPath("A%2FHRC%2F43%2F47%2FAdd.1/85%28b%29")).toEqual(expected);
    expect(parseRecommendationPath("A%2FHRC%2F43%2F47%2FAdd.1%2F85(b)")).toEqual(expected);
    expect(parseRecommendationPath("A/HRC/43/47/Add.1/85(B)/")).toEqual(expected);
    expect(parseRecommendationPath("A/HRC/43/47/Add.1/85%20(b)")).toEqual(expected);
  });

  it("round-trips every address it makes", () => {
    for (const [symbol, ref] of [
      ["A/HRC/43/47/Add.1/Corr.1", "85(b)(ii)"],
      ["A/HRC/4/18/Add.2", "7"],
      ["A/73/314", "p12"],
    ] as const) {
      const path = recommendationPath(symbol, ref).slice("/recommendations/".length);
      expect(parseRecommendationPath(path)).toEqual({ symbol, ref });
    }
  });

  it("refuses what names no recommendation", () => {
    for (const bad of [
      "",
      "85(b)",
      "A/HRC/43/47/Add.1",
      "A/HRC/43/47/Add.1/85(b",
      "A/HRC/SS/##/Add.#/85",
      "X/HRC/43/47/85",
      "%E0%A4%A/85",
      "A/HRC/43/47/Add.1/../85",
    ])
      expect(parseRecommendationPath(bad), bad).toBeNull();
  });

  it("normalises a reference as reviewers type it", () => {
    expect(normaliseRef(" 85 (B) ")).toBe("85(b)");
    expect(REF.test("85(b)(ii)")).toBe(true);
    expect(REF.test("85(b)(ii)(1)(2)")).toBe(false);
    expect(SYMBOL.test("A/HRC/SS/##/Add.#")).toBe(false);
  });
});
