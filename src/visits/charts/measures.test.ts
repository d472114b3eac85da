import { describe, expect, it } from "vitest";
import { classOf, mapClasses, yearsSince } from "./measures";

describe("map measures", () => {
  it("puts pending requests into none, one, two or three, four or more", () => {
    expect([0, 1, 2, 3, 4, 12].map((n) => classOf("pending", n))).toEqual([0, 1, 2, 2, 3, 3]);
    expect(classOf("pending", null)).toBe(0);
  });

  it("puts years since the last visit into classes, and never-visited apart", () => {
    expect([0, 1, 2, 4, 5, 9, 10, 30].map((n) => classOf("since", n))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(classOf("since", null)).toBe(4);
  });

  it("has a legend entry for every class it can give", () => {
    for (const measure of ["pending", "since"] as const) {
      const given = new Set([null, 0, 1, 2, 3, 5, 10, 50].map((v) => classOf(measure, v)));
      for (const c of given) expect(mapClasses(measure)[c], `${measure} ${c}`).toBeDefined();
    }
  });

  it("counts whole years, not calendar years", () => {
    expect(yearsSince("2016-12-01", "2026-11-28")).toBe(9);
    expect(yearsSince("2016-11-28", "2026-11-28")).toBe(10);
    expect(yearsSince("2026-01-01", "2026-11-28")).toBe(0);
  });
});
