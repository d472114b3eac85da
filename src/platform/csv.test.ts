import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes what needs quoting", () => {
    expect(csvCell('Rapporteur on "torture", and others')).toBe('"Rapporteur on ""torture"", and others"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes a header, CRLF rows and a byte-order mark", () => {
    expect(toCsv(["a", "b"], [["x", "é"]])).toBe("\uFEFFa,b\r\nx,é\r\n");
  });
});
