/**
 * Real documents made from a fixture's text, for tests that upload them: a PDF (pdfkit, one page
 * per form feed, the text wrapped as a PDF would) and a Word document (docx, one paragraph per line).
 */
import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph } from "docx";
import PDFDocument from "pdfkit";

const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

export function fixtureText(name: string): string {
  return readFileSync(new URL(`./extract/fixtures/${name}`, import.meta.url), "utf8");
}

export function pdfOf(text: string, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: 56, autoFirstPage: false, ...options });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.registerFont("body", FONT);
  for (const pageText of text.split("\f")) {
    doc.addPage();
    doc.font("body").fontSize(9);
    for (const line of pageText.split("\n")) doc.text(line || " ", { width: 480 });
  }
  doc.end();
  return done;
}

export async function docxOf(text: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: text
          .replace(/\f/g, "\n")
          .split("\n")
          .map((line) => new Paragraph({ text: line })),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
