import { describe, expect, it } from "vitest";
import { parseLetterData } from "./templates";

describe("letter data", () => {
  it("takes the organisation as a name alone or as a name with a logo", () => {
    const base = { country: "HND", mandate: "sr-food", language: "es" };
    const short = parseLetterData("visit-request", { ...base, organisation: "Red de Derechos Humanos" });
    const long = parseLetterData("visit-request", {
      ...base,
      organisation: { name: "Red de Derechos Humanos" },
    });
    expect(short).toEqual(long);
    expect(short.ok && short.data.organisation.name).toBe("Red de Derechos Humanos");
    expect(parseLetterData("visit-request", { ...base, organisation: "" }).ok).toBe(false);
  });
});
