import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8, ImportFileError } from "./decode";
import { fixture, xlsx } from "./fixtures/support";
import { MAX_BYTES, MAX_ROWS, readTable } from "./read";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

async function fileError(p: Promise<unknown>): Promise<ImportFileError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportFileError);
  return err as ImportFileError;
}

describe("text encodings", () => {
  const text = "country,mandate,note\nCIV,sr-food,Côte d’Ivoire — accès\n";

  it("reads UTF-8 with and without a byte-order mark, and UTF-16 with one", () => {
    expect(decodeText(utf8(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({
      text,
      encoding: "utf-8",
    });
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf-16le")]);
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(text, "utf-16be")]);
    expect(decodeText(be)).toEqual({ text, encoding: "utf-16be" });
  });

  it("refuses a file that is not UTF-8, naming the line of the first bad byte and the way out", () => {
    const latin = new Uint8Array(
      iconv.encode("country,mandate\nKEN,sr-food\nFRA,Rapporteur sur l'accès\n", "windows-1252"),
    );
    let err: unknown;
    try {
      decodeText(latin);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).code).toBe("not_utf8");
    expect((err as ImportFileError).details.line).toBe(3);
    expect((err as ImportFileError).message).toContain("line 3");
    expect((err as ImportFileError).message).toContain("--encoding windows-1252");
  });

  it("decodes the encoding it is told, and refuses one it does not know", () => {
    const latin = new Uint8Array(iconv.encode("accès", "windows-1252"));
    expect(decodeText(latin, "windows-1252").text).toBe("accès");
    expect(() => decodeText(latin, "klingon")).toThrow("not an encoding Visitdesk knows");
  });

  it("finds the first byte that is not UTF-8", () => {
    expect(firstInvalidUtf8(utf8("abc é ✓ 𝄞"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe9, 0x20]))).toBe(2); // Latin-1 é
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
  });
});

describe("CSV", () => {
  it("reads comma, semicolon and tab files, naming each row by its line, multi-line cells included", async () => {
    const csv = 'country,mandate,note\nKEN,sr-food,"two\nlines"\n\nFRA,sr-torture,x\n';
    const t = await readTable(utf8(csv));
    expect(t).toMatchObject({ format: "csv", unit: "line", headers: ["country", "mandate", "note"] });
    expect(t.rows).toEqual([
      { line: 2, cells: ["KEN", "sr-food", "two\nlines"] },
      { line: 5, cells: ["FRA", "sr-torture", "x"] },
    ]);
    const semi = await readTable(
      utf8("Pays;Mandat;Statut\r\nKEN;sr-food;Requested: 2015, reminder 2017\r\n"),
    );
    expect(semi.rows[0]?.cells).toEqual(["KEN", "sr-food", "Requested: 2015, reminder 2017"]);
    const tab = await readTable(utf8("country\tmandate\nKEN\tsr-food\n"));
    expect(tab.rows[0]?.cells).toEqual(["KEN", "sr-food"]);
  });

  it("says where a CSV is broken", async () => {
    const err = await fileError(readTable(utf8('country,mandate\nKEN,"sr-food\n')));
    expect(err.code).toBe("unreadable");
    expect(err.message).toMatch(/line \d/);
  });

  it("refuses a file over 25 MB before reading it, and one with too many rows", async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const tooBig = await fileError(readTable(big));
    expect(tooBig.code).toBe("too_large");
    expect(tooBig.message).toContain("50.0 MB");
    expect(tooBig.message).toContain("at most 25 MB");
    expect(MAX_BYTES).toBe(25 * 1024 * 1024);
    const many = `country,mandate\n${"KEN,sr-food\n".repeat(MAX_ROWS + 1)}`;
    expect((await fileError(readTable(utf8(many)))).code).toBe("too_many_rows");
  });
});

describe("XLSX", () => {
  it("reads the first sheet, or the one named, with dates as dates", async () => {
    const file = await xlsx({
      Notes: [["anything"]],
      Visits: [["Country", "Mandate", "Requested"], [], ["KEN", "sr-food", new Date(Date.UTC(2019, 0, 14))]],
    });
    const first = await readTable(file);
    expect(first).toMatchObject({ format: "xlsx", sheet: "Notes", headers: ["anything"], rows: [] });
    const named = await readTable(file, { sheet: "visits" });
    expect(named).toMatchObject({
      unit: "row",
      sheet: "Visits",
      headers: ["Country", "Mandate", "Requested"],
    });
    expect(named.rows).toEqual([{ line: 3, cells: ["KEN", "sr-food", "2019-01-14"] }]);
    const missing = await fileError(readTable(file, { sheet: "Budget" }));
    expect(missing.message).toContain("no sheet “Budget”; its sheets are: Notes, Visits");
  });

  it("refuses a file that claims to be XLSX but is not", async () => {
    expect((await fileError(readTable(utf8("country\nKEN"), { format: "xlsx" }))).code).toBe("unreadable");
  });
});

describe("JSON", () => {
  it("reads an array of rows or { rows }, lists as several values", async () => {
    const rows = [
      { country: "KEN", mandate: "sr-food", reminders: ["2017-01-01", "2018-01-01"] },
      { country: "FRA", mandate: "sr-torture", note: null, session: 56 },
    ];
    for (const data of [rows, { rows }]) {
      const t = await readTable(utf8(JSON.stringify(data)));
      expect(t.headers).toEqual(["country", "mandate", "reminders", "note", "session"]);
      expect(t.rows).toEqual([
        { line: 1, cells: ["KEN", "sr-food", "2017-01-01; 2018-01-01", "", ""] },
        { line: 2, cells: ["FRA", "sr-torture", "", "", "56"] },
      ]);
    }
  });

  it("refuses what is not rows", async () => {
    expect((await fileError(readTable(utf8('{"visits": 3}')))).message).toContain("array of rows");
    expect((await fileError(readTable(utf8("[1]")))).message).toContain("Row 1");
    expect((await fileError(readTable(utf8("[{"), { format: "json" }))).code).toBe("unreadable");
  });
});

describe("HTML pages like OHCHR's country-visit pages", () => {
  it("reads a mandate's table of visits, with the page's heading and the line of each row", async () => {
    const t = await readTable(fixture("ohchr-mandate-country-visits.html"));
    expect(t.format).toBe("html");
    expect(t.page).toContain("Special Rapporteur on extrajudicial, summary or arbitrary executions");
    // The navigation's layout table is not a table of visits.
    expect(t.headers).toEqual(["Year", "Country", "Report and related links"]);
    expect(t.rows.map((r) => r.line)).toEqual([24, 25, 26, 27, 32]);
    expect(t.rows[3]?.cells).toEqual([
      "2018",
      "El Salvador (January/ February)\nComments by the State",
      "A/HRC/38/44/Add.2\nA/HRC/38/44/Add.5",
    ]);
  });

  it("reads the tables of each status, their sections and row-spanning cells", async () => {
    const t = await readTable(fixture("ohchr-country-visits-by-status.html"));
    expect(t.headers).toEqual(["Country", "Mandate", "Dates", "Status", "Report"]);
    expect(t.rows.map((r) => [r.section, r.cells[0], r.cells[1]])).toEqual([
      ["Forthcoming visits", "Kenya", "SR on the right to food"],
      ["Pending requests", "Viet Nam", "SR on freedom of expression"],
      ["Pending requests", "Viet Nam", "WG on arbitrary detention"],
      ["Completed visits", "Chile", "SR on the rights of indigenous peoples"],
      ["Other status", "Peru", "SR on adequate housing"],
    ]);
  });

  it("says when a page holds no table of visits", async () => {
    const err = await fileError(
      readTable(utf8("<html><body><table><tr><td>a</td></tr><tr><td>b</td></tr></table>")),
    );
    expect(err.code).toBe("no_table");
  });
});
