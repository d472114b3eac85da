import { describe, expect, it } from "vitest";
import { matchVisit, type VisitCandidate } from "./visit-match";

const visit = (
  id: string,
  from: string | null,
  to: string | null,
  symbols: string[] = [],
): VisitCandidate => ({
  id,
  visitFrom: from,
  visitTo: to,
  symbols,
});

describe("finding the visit a report is about", () => {
  const candidates = [
    visit("2012", "2012-05-01", "2012-05-10", ["A/HRC/22/10/Add.1"]),
    visit("2019", "2019-01-14", "2019-01-25"),
    visit("pending", null, null),
  ];

  it("takes the visit that records the report's symbol (a correction counts as the report)", () => {
    expect(matchVisit({ symbol: "A/HRC/22/10/Add.1", visitFrom: null, visitTo: null }, candidates)).toBe(
      "2012",
    );
    expect(
      matchVisit(
        { symbol: "A/HRC/22/10/Add.1/Corr.1", visitFrom: "2019-01-14", visitTo: "2019-01-25" },
        candidates,
      ),
    ).toBe("2012");
  });

  it("otherwise takes the visit whose dates are the report's, a travel day or two apart", () => {
    expect(
      matchVisit({ symbol: "A/HRC/43/47/Add.1", visitFrom: "2019-01-14", visitTo: "2019-01-25" }, candidates),
    ).toBe("2019");
    expect(matchVisit({ symbol: null, visitFrom: "2019-01-15", visitTo: "2019-01-26" }, candidates)).toBe(
      "2019",
    );
  });

  it("leaves the choice to the reviewer when nothing fits or two fit equally", () => {
    expect(
      matchVisit({ symbol: null, visitFrom: "2021-03-01", visitTo: "2021-03-10" }, candidates),
    ).toBeNull();
    expect(matchVisit({ symbol: null, visitFrom: null, visitTo: null }, candidates)).toBeNull();
    const twins = [visit("a", "2019-01-13", "2019-01-24"), visit("b", "2019-01-15", "2019-01-26")];
    expect(matchVisit({ symbol: null, visitFrom: "2019-01-14", visitTo: "2019-01-25" }, twins)).toBeNull();
    const twoWithSymbol = [visit("a", null, null, ["A/1/1"]), visit("b", null, null, ["A/1/1"])];
    expect(matchVisit({ symbol: "A/1/1", visitFrom: null, visitTo: null }, twoWithSymbol)).toBeNull();
  });
});
