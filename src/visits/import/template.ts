import ExcelJS from "exceljs";
import { toCsv } from "../../platform/csv";
import { fieldDocs } from "./columns";

/**
 * The file to start from: every documented column, and one example row that is a real visit
 * (so importing the template unchanged adds nothing false to the registry).
 */
export function templateCsv(): string {
  return toCsv(
    fieldDocs.map((d) => d.field),
    [fieldDocs.map((d) => d.example)],
  );
}

export async function templateXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Visitdesk";
  const sheet = wb.addWorksheet("Visits");
  sheet.addRow(fieldDocs.map((d) => d.field));
  sheet.addRow(fieldDocs.map((d) => d.example));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  fieldDocs.forEach((d, i) => {
    // Dates stay text, so a spreadsheet cannot turn 2023-05-22 into a serial number or a US date.
    sheet.getColumn(i + 1).numFmt = "@";
    sheet.getColumn(i + 1).width = Math.max(12, d.field.length + 2, Math.min(40, d.example.length + 2));
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
