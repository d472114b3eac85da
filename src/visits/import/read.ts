import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Parser } from "htmlparser2";
import { fieldOfHeader } from "./columns";
import { decodeText, ImportFileError } from "./decode";

export const importFormats = ["csv", "xlsx", "json", "html"] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Larger files are refused before anything is parsed. */
export const MAX_BYTES = 25 * 1024 * 1024;
/** A spreadsheet is a zip: what it unpacks to is bounded too, so a small file cannot fill the memory. */
const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
export const MAX_ROWS = 50_000;

export interface TableRow {
  /** Where a person finds the row: its line (CSV, HTML) or row (XLSX, JSON) number. */
  line: number;
  /** One value per header, "" when empty. */
  cells: string[];
  /** The heading of the HTML table the row is in ("Forthcoming visits"). */
  section?: string;
}

export interface Table {
  format: ImportFormat;
  /** The text encoding read, for text formats. */
  encoding: string | null;
  unit: "line" | "row";
  headers: string[];
  rows: TableRow[];
  /** An HTML page's title and main heading, which may name the mandate or country of every row. */
  page: string[];
  sheet: string | null;
}

export interface ReadOptions {
  format?: ImportFormat;
  encoding?: string;
  sheet?: string;
  /** The file name, whose extension tells the format when the content does not. */
  name?: string;
  /** Headers the person mapped by hand: an HTML table with one of them is a table of visits too. */
  mapped?: string[];
}

export const tooLargeMessage = (bytes: number) =>
  `The file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB): at most ${MAX_BYTES / 1024 / 1024} MB can be imported at once. Split it into smaller files.`;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The format from the content (a zip is a spreadsheet; `[`/`{` JSON; `<` HTML), then the name. */
export function detectFormat(bytes: Uint8Array, text: string | null, name?: string): ImportFormat {
  if (isZip(bytes)) return "xlsx";
  const ext = name?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === "json" || ext === "csv" || ext === "xlsx") return ext;
  if (ext === "html" || ext === "htm") return "html";
  const start = (text ?? "").trimStart().slice(0, 1);
  if (start === "[" || start === "{") return "json";
  if (start === "<") return "html";
  return "csv";
}

export async function readTable(bytes: Uint8Array, opts: ReadOptions = {}): Promise<Table> {
  if (bytes.byteLength > MAX_BYTES) throw new ImportFileError("too_large", tooLargeMessage(bytes.byteLength));
  if (opts.format === "xlsx" || (!opts.format && isZip(bytes))) return readXlsx(bytes, opts.sheet);
  const { text, encoding } = decodeText(bytes, opts.encoding);
  const format = opts.format ?? detectFormat(bytes, text, opts.name);
  const base = { encoding, page: [] as string[], sheet: null };
  switch (format) {
    case "json":
      return { ...base, format, unit: "row", ...readJson(text) };
    case "html":
      return { ...base, format, unit: "line", ...readHtml(text, opts.mapped ?? []) };
    case "xlsx":
      return readXlsx(bytes, opts.sheet);
    default:
      return { ...base, format: "csv", unit: "line", ...readCsv(text) };
  }
}

function tooMany(n: number): never {
  throw new ImportFileError(
    "too_many_rows",
    `The file has more than ${MAX_ROWS.toLocaleString("en")} rows (${n.toLocaleString("en")}); import it in parts.`,
  );
}

/** Offsets of line starts, to turn a character offset into the line a text editor shows. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The separator of the header line, outside quotes: comma, semicolon (Excel in many languages) or tab. */
function delimiterOf(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] as number) + 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
}

const blank = (cells: string[]) => cells.every((c) => !c.trim());

function readCsv(text: string): Pick<Table, "headers" | "rows"> {
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parseCsv(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      to: MAX_ROWS + 2,
    }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ImportFileError("unreadable", `The CSV file cannot be read: ${e.message}.`, { line: e.lines });
  }
  if (records.length > MAX_ROWS + 1) tooMany(records.length - 1);
  const lineOf = lineFinder(text);
  // A record starts where the one before ended, after any empty lines.
  let start = 0;
  const located = records.map((r) => {
    let at = start;
    while (text[at] === "\n" || text[at] === "\r") at++;
    start = r.info.bytes;
    return { line: lineOf(at), cells: r.record };
  });
  const [head, ...body] = located;
  if (!head) throw new ImportFileError("no_table", "The file is empty.");
  const headers = head.cells.map((h) => h.trim());
  return {
    headers,
    rows: body
      .filter((r) => !blank(r.cells))
      .map((r) => ({ line: r.line, cells: headers.map((_, i) => r.cells[i] ?? "") })),
  };
}

function readJson(text: string): Pick<Table, "headers" | "rows"> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ImportFileError("unreadable", `The JSON file cannot be read: ${(err as Error).message}.`);
  }
  const list = Array.isArray(data) ? data : (data as { rows?: unknown })?.rows;
  if (!Array.isArray(list))
    throw new ImportFileError(
      "unreadable",
      'A JSON import is an array of rows, or an object { "rows": [...] }, each row an object of columns.',
    );
  if (list.length > MAX_ROWS) tooMany(list.length);
  const headers: string[] = [];
  const index = new Map<string, number>();
  const objects = list.map((item, i) => {
    if (!item || typeof item !== "object" || Array.isArray(item))
      throw new ImportFileError("unreadable", `Row ${i + 1} of the JSON file is not an object of columns.`, {
        line: i + 1,
      });
    for (const k of Object.keys(item)) {
      if (!index.has(k)) {
        index.set(k, headers.length);
        headers.push(k);
      }
    }
    return item as Record<string, unknown>;
  });
  const text1 = (v: unknown): string =>
    v === null || v === undefined
      ? ""
      : Array.isArray(v)
        ? v.map(text1).join("; ")
        : typeof v === "object"
          ? JSON.stringify(v)
          : String(v);
  return {
    headers,
    rows: objects.map((o, i) => ({ line: i + 1, cells: headers.map((h) => text1(o[h])) })),
  };
}

/** The size a zip says its entries unpack to, from its central directory (no inflating). */
function unzippedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return Number.POSITIVE_INFINITY;
      const size = view.getUint32(at + 24, true);
      // 0xFFFFFFFF: a ZIP64 size, which no spreadsheet of ours needs.
      if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
      total += size;
      at +=
        46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return Number.POSITIVE_INFINITY;
}

function cellText(v: ExcelJS.CellValue | { richText: { text: string }[] }): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("hyperlink" in v) return cellText(v.text as ExcelJS.CellValue);
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    return "";
  }
  return String(v);
}

async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Table> {
  if (!isZip(bytes))
    throw new ImportFileError(
      "unreadable",
      "This is not an XLSX spreadsheet (an .xlsx file is a zip archive).",
    );
  if (unzippedSize(bytes) > MAX_UNZIPPED_BYTES)
    throw new ImportFileError(
      "too_large",
      `The spreadsheet unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB (or cannot be measured); split it into smaller files.`,
    );
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch (err) {
    throw new ImportFileError("unreadable", `The spreadsheet cannot be read: ${(err as Error).message}.`);
  }
  const sheet = sheetName
    ? wb.worksheets.find((s) => s.name.trim().toLowerCase() === sheetName.trim().toLowerCase())
    : wb.worksheets[0];
  if (!sheet)
    throw new ImportFileError(
      "no_sheet",
      sheetName
        ? `The spreadsheet has no sheet “${sheetName}”; its sheets are: ${wb.worksheets.map((s) => s.name).join(", ")}.`
        : "The spreadsheet has no sheet.",
    );
  if (sheet.actualRowCount > MAX_ROWS + 1) tooMany(sheet.actualRowCount - 1);
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (blank(values)) return;
    if (!headers) {
      headers = values.map((h) => h.trim());
      return;
    }
    const width = headers.length;
    rows.push({ line: n, cells: Array.from({ length: width }, (_, i) => values[i] ?? "") });
  });
  if (!headers) throw new ImportFileError("no_table", `The sheet “${sheet.name}” is empty.`);
  return { format: "xlsx", encoding: null, unit: "row", headers, rows, page: [], sheet: sheet.name };
}

interface HtmlTable {
  section: string;
  rows: { line: number; cells: string[]; header: boolean }[];
}

/**
 * The tables of an HTML page, as the official country-visit pages publish them: a header row
 * (th cells, or the first row), then one row per visit. Row-spanning cells (a year over several
 * rows) are repeated on each row they span; a table's section is the heading just before it.
 */
function readHtml(text: string, mapped: string[]): Pick<Table, "headers" | "rows" | "page"> {
  // Pages hold other tables (layout, navigation): only those with a header Visitdesk knows are read.
  const own = new Set(mapped.map((h) => h.trim().toLowerCase()));
  const ofVisits = (headers: string[]) =>
    headers.some((h) => fieldOfHeader(h) !== null || own.has(h.trim().toLowerCase()));
  const lineOf = lineFinder(text);
  const tables: HtmlTable[] = [];
  const open: (HtmlTable & { spans: Map<number, { text: string; left: number }> })[] = [];
  const page: string[] = [];
  let heading: string | null = null;
  let lastHeading = "";
  let title: string | null = null;
  let cell: { text: string; header: boolean; rowspan: number } | null = null;
  let row: { line: number; cells: string[]; header: boolean } | null = null;
  let skip = 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "script" || name === "style") skip++;
        else if (name === "title") title = "";
        else if (/^h[1-6]$/.test(name) || name === "caption") heading = "";
        else if (name === "table") open.push({ section: lastHeading, rows: [], spans: new Map() });
        else if (name === "tr" && open.length)
          row = { line: lineOf(parser.startIndex), cells: [], header: true };
        else if ((name === "td" || name === "th") && row) {
          cell = { text: "", header: name === "th", rowspan: Math.max(1, Number(attrs.rowspan) || 1) };
        } else if (name === "br" && cell) cell.text += "\n";
      },
      ontext(data) {
        if (skip) return;
        if (cell) cell.text += data;
        else if (heading !== null) heading += data;
        else if (title !== null) title += data;
      },
      onclosetag(name) {
        const table = open[open.length - 1];
        if (name === "script" || name === "style") skip--;
        else if (name === "title" && title !== null) {
          page.push(tidy(title));
          title = null;
        } else if ((/^h[1-6]$/.test(name) || name === "caption") && heading !== null) {
          lastHeading = tidy(heading);
          if (name === "caption" && table) table.section = lastHeading;
          if (name === "h1") page.push(lastHeading);
          heading = null;
        } else if ((name === "td" || name === "th") && cell && row && table) {
          // Cells spanning from rows above come first where they stand.
          while (table.spans.has(row.cells.length)) takeSpan(table.spans, row);
          if (cell.rowspan > 1)
            table.spans.set(row.cells.length, { text: tidy(cell.text), left: cell.rowspan - 1 });
          row.cells.push(tidy(cell.text));
          row.header &&= cell.header;
          cell = null;
        } else if ((name === "p" || name === "div" || name === "li") && cell) cell.text += "\n";
        else if (name === "tr" && row && table) {
          while (table.spans.has(row.cells.length)) takeSpan(table.spans, row);
          if (row.cells.length) table.rows.push(row);
          row = null;
        } else if (name === "table" && table) {
          open.pop();
          tables.push(table);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(text);

  const headers: string[] = [];
  const index = new Map<string, number>();
  const rows: TableRow[] = [];
  for (const t of tables) {
    const [head, ...body] = t.rows;
    if (!head || !body.length || !ofVisits(head.cells)) continue;
    const cols = head.cells.map((h) => {
      const key = h.toLowerCase();
      if (!index.has(key)) {
        index.set(key, headers.length);
        headers.push(h);
      }
      return index.get(key) as number;
    });
    for (const r of body) {
      if (r.header && r.cells.length === 1) continue;
      const cells: string[] = [];
      r.cells.forEach((c, i) => {
        const at = cols[i];
        if (at !== undefined) cells[at] = c;
      });
      rows.push({ line: r.line, cells, section: t.section || undefined });
    }
    if (rows.length > MAX_ROWS) tooMany(rows.length);
  }
  if (!headers.length)
    throw new ImportFileError(
      "no_table",
      "The page holds no table of visits: no table has a header row naming a country, a mandate, dates or a status.",
    );
  return {
    headers,
    rows: rows.map((r) => ({ ...r, cells: headers.map((_, i) => r.cells[i] ?? "") })),
    page,
  };
}

function takeSpan(spans: Map<number, { text: string; left: number }>, row: { cells: string[] }) {
  const at = row.cells.length;
  const span = spans.get(at);
  if (!span) return;
  row.cells.push(span.text);
  if (--span.left <= 0) spans.delete(at);
}

/** Whitespace as a person reads it: runs of spaces collapsed, line breaks kept between lines. */
const tidy = (s: string) =>
  s
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
