/**
 * CSV (RFC 4180) for spreadsheets. Cells that a spreadsheet would run as a formula (starting with
 * = + - @ or a tab) get a leading apostrophe, so an exported record cannot attack whoever opens it.
 * The byte-order mark makes Excel read UTF-8 (accented names, Arabic, Chinese) correctly.
 */
export function csvCell(value: unknown): string {
  let s =
    value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
