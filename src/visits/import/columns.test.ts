import { describe, expect, it } from "vitest";
import { fieldOfHeader, parseMapping, resolveColumns } from "./columns";

describe("matching a file's headers to the documented columns", () => {
  it("ignores case, accents, spaces and punctuation, and knows aliases", () => {
    expect(fieldOfHeader("Country")).toBe("country");
    expect(fieldOfHeader("  PAYS ")).toBe("country");
    expect(fieldOfHeader("País")).toBe("country");
    expect(fieldOfHeader("Dates agreed (from)")).toBe("visit_from");
    expect(fieldOfHeader("Report and related links")).toBe("report_symbol");
    expect(fieldOfHeader("Reminder 2")).toBe("reminders");
    expect(fieldOfHeader("Budget")).toBeNull();
  });

  it("lets a mapping name or ignore a column, and refuses unknown fields and doubles", () => {
    expect(resolveColumns(["Pays", "Mandat", "Budget"], { Mandat: "mandate", Pays: "" }).fields).toEqual([
      null,
      "mandate",
      null,
    ]);
    expect(resolveColumns(["A"], { A: "countree" }).problems[0]?.message).toContain(
      "“countree” is not a column",
    );
    const twice = resolveColumns(["Country", "State"]);
    expect(twice.problems).toEqual([
      {
        column: "State",
        message: expect.stringContaining("“Country” and “State” both give “country”"),
      },
    ]);
    expect(resolveColumns(["Reminder 1", "Reminder 2"]).problems).toEqual([]);
  });

  it("reads a mapping from the command line or from JSON", () => {
    expect(parseMapping("Pays=country, Mandat=mandate,Remarque=")).toEqual({
      Pays: "country",
      Mandat: "mandate",
      Remarque: "",
    });
    expect(parseMapping('{ "columns": { "Pays": "country", "X": null } }')).toEqual({
      Pays: "country",
      X: "",
    });
    expect(() => parseMapping("Pays")).toThrow("Header=field");
    expect(() => parseMapping("{ nope")).toThrow("not valid JSON");
  });
});
