import ExcelJS from "exceljs";

/**
 * One sheet of rows for Excel and LibreOffice. Every value is written as a typed value (text,
 * number, date), never as a formula, so a record cannot run code in whoever opens the file.
 */
export async function toXlsx(sheetName: string, header: string[], rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Visitdesk";
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows)
    ws.addRow(r.map((v) => (v === null || v === undefined ? null : typeof v === "number" ? v : String(v))));
  ws.columns.forEach((col, i) => {
    col.width = Math.min(60, Math.max((header[i] ?? "").length + 2, 12));
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
