import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { columnFractions, type DocumentBlock, type DocumentModel, fitBox, footerLine } from "./model";

/** DejaVu covers Latin with every accent, Greek, Cyrillic and more; PDFKit's built-in fonts do not. */
export const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
const FONTS = { body: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;

let fontCache: Record<keyof typeof FONTS, Buffer> | null = null;

function fonts(): Record<keyof typeof FONTS, Buffer> {
  if (fontCache) return fontCache;
  const files = Object.values(FONTS).map((f) => path.join(FONT_DIR, f));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length)
    throw new Error(
      `PDF documents need the DejaVu fonts; missing ${missing.join(", ")} (on Debian or Ubuntu: apt-get install fonts-dejavu-core)`,
    );
  fontCache = {
    body: readFileSync(path.join(FONT_DIR, FONTS.body)),
    bold: readFileSync(path.join(FONT_DIR, FONTS.bold)),
  };
  return fontCache;
}

const SIZE = 10;
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const LOGO_BOX = { width: 150, height: 48 };
const CELL_PAD = 4;

type Pdf = PDFKit.PDFDocument;

const bottomOf = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;
const textWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page unless `height` more points fit on this one. */
function room(doc: Pdf, height: number) {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

function table(doc: Pdf, block: Extract<DocumentBlock, { kind: "table" }>) {
  const left = doc.page.margins.left;
  const widths = columnFractions(block).map((f) => f * textWidth(doc));
  const heightOf = (cells: string[], font: "body" | "bold") => {
    doc.font(font).fontSize(SIZE - 1);
    return (
      Math.max(
        ...cells.map((t, i) => doc.heightOfString(t || " ", { width: (widths[i] ?? 0) - 2 * CELL_PAD })),
      ) +
      2 * CELL_PAD
    );
  };
  const draw = (cells: string[], font: "body" | "bold", height: number) => {
    const y = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      const w = widths[i] ?? 0;
      if (font === "bold") doc.rect(x, y, w, height).fillAndStroke("#eeeeee", "#999999").fillColor("black");
      else doc.rect(x, y, w, height).strokeColor("#999999").stroke();
      doc
        .font(font)
        .fontSize(SIZE - 1)
        .fillColor("black")
        .text(text, x + CELL_PAD, y + CELL_PAD, { width: w - 2 * CELL_PAD });
      x += w;
    });
    doc.x = left;
    doc.y = y + height;
  };
  const headerHeight = heightOf(block.header, "bold");
  room(doc, headerHeight + 2 * doc.currentLineHeight(true));
  draw(block.header, "bold", headerHeight);
  for (const row of block.rows) {
    const h = heightOf(row, "body");
    // A row never splits; a new page repeats the header, so each page reads on its own.
    if (doc.y + h > bottomOf(doc)) {
      doc.addPage();
      draw(block.header, "bold", headerHeight);
    }
    draw(row, "body", h);
  }
  doc.font("body").fontSize(SIZE).moveDown(0.8);
}

function write(doc: Pdf, block: DocumentBlock) {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case "heading":
      // Keep a heading with the first lines that follow it.
      room(doc, 4 * doc.currentLineHeight(true));
      doc
        .moveDown(0.5)
        .font("bold")
        .fontSize(block.level === 1 ? 14 : 12)
        .text(block.text, left, doc.y, { paragraphGap: 4 })
        .font("body")
        .fontSize(SIZE);
      return;
    case "paragraph":
      doc.font("body").fontSize(SIZE).text(block.text, left, doc.y, { paragraphGap: 6 });
      return;
    case "list":
      doc.font("body").fontSize(SIZE);
      for (const item of block.items) {
        room(doc, doc.currentLineHeight(true));
        const y = doc.y;
        doc.text("•", left, y);
        doc.text(item, left + 14, y, { paragraphGap: 3, width: textWidth(doc) - 14 });
      }
      doc.x = left;
      doc.moveDown(0.4);
      return;
    case "table":
      table(doc, block);
      return;
  }
}

/** The document as an A4 PDF with page numbers; long tables flow onto as many pages as they need. */
export function renderPdf(model: DocumentModel): Promise<Uint8Array> {
  const { body, bold } = fonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: model.language,
    info: { Title: model.title, Author: model.author ?? "Visitdesk" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.registerFont("body", body);
  doc.registerFont("bold", bold);

  const left = MARGIN.left;
  if (model.logo) {
    const size = fitBox(model.logo, LOGO_BOX);
    doc.image(Buffer.from(model.logo.bytes), left, MARGIN.top, size);
    doc.y = MARGIN.top + size.height + 10;
  }
  doc.font("bold").fontSize(17).text(model.title, left, doc.y, { paragraphGap: 4 });
  if (model.subtitle) doc.font("body").fontSize(12.5).text(model.subtitle, { paragraphGap: 4 });
  doc.font("body").fontSize(SIZE).fillColor("#444444");
  for (const line of model.meta ?? []) doc.text(line);
  doc.fillColor("black").moveDown(1);
  for (const block of model.blocks) write(doc, block);

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("body")
      .fontSize(8)
      .fillColor("#444444")
      .text(footerLine(model, i + 1, count), 0, doc.page.height - 36, {
        width: doc.page.width,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
