import { describe, expect, it } from "vitest";
import { eventProblems } from "./recording";

const today = "2026-11-28";
describe("impossible events are refused, naming the field", () => {
  it.each<[string, Parameters<typeof eventProblems>[0], string[]]>([
    ["a plain request", { type: "requested", date: "2026-01-10" }, []],
    ["a letter dated tomorrow", { type: "requested", date: "2026-11-29" }, ["date"]],
    [
      "agreed dates ahead",
      { type: "dates_agreed", date: "2026-11-01", from: "2027-03-01", to: "2027-03-10" },
      [],
    ],
    [
      "a visit ending before it starts",
      { type: "dates_agreed", date: "2026-11-01", from: "2027-03-10", to: "2027-03-01" },
      ["to"],
    ],
    [
      "dates far ahead",
      { type: "dates_agreed", date: "2026-11-01", from: "2031-01-01", to: "2031-01-05" },
      ["from", "to"],
    ],
    ["before Special Procedures visited anyone", { type: "requested", date: "1975-05-01" }, ["date"]],
    ["a report without its symbol", { type: "report_published", date: "2026-03-01" }, ["symbol"]],
    ["a presentation without its session", { type: "report_presented", date: "2026-03-01" }, ["session"]],
    ["visit dates on a reminder", { type: "reminder", date: "2026-03-01", from: "2026-05-01" }, ["from"]],
  ])("%s", (_name, e, paths) => {
    expect(
      eventProblems(e, today)
        .map((p) => p.path)
        .sort(),
    ).toEqual(paths.sort());
  });
});
