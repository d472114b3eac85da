import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Block, Letter } from "./compose";
import { fitLogo } from "./logo";

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
      `PDF letters need the DejaVu fonts; missing ${missing.join(", ")} (on Debian or Ubuntu: apt-get install fonts-dejavu-core)`,
    );
  fontCache = {
    body: readFileSync(path.join(FONT_DIR, FONTS.body)),
    bold: readFileSync(path.join(FONT_DIR, FONTS.bold)),
  };
  return fontCache;
}

const SIZE = 10.5;
const MARGIN = { top: 56, bottom: 64, left: 64, right: 64 };
/** Letterhead logo box in points. */
const LOGO_BOX = { width: 150, height: 48 };

function write(doc: PDFKit.PDFDocument, block: Block) {
  switch (block.kind) {
    case "heading":
      // Keep a heading with the first lines that follow it.
      if (doc.y + 4 * doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) doc.addPage();
      doc.moveDown(0.4).font("bold").text(block.text, { paragraphGap: 3 }).font("body");
      return;
    case "paragraph":
      doc.text(block.text, { paragraphGap: 7, align: "left" });
      return;
    case "list":
      for (const item of block.items) {
        // The bullet and the first line of its item go on the same page.
        if (doc.y + doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) doc.addPage();
        const x = doc.page.margins.left;
        const y = doc.y;
        doc.text("•", x, y, { continued: false });
        doc.text(item, x + 14, y, { paragraphGap: 3 });
        doc.x = x;
      }
      doc.moveDown(0.4);
      return;
  }
}

/** The letter as an A4 PDF with page numbers; long letters flow onto as many pages as they need. */
export function renderPdf(letter: Letter): Promise<Uint8Array> {
  const { body, bold } = fonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: letter.language,
    info: { Title: letter.subject, Author: letter.organisation.name },
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
  const logo = letter.organisation.logo;
  if (logo) {
    const size = fitLogo(logo, LOGO_BOX);
    doc.image(Buffer.from(logo.bytes), left, MARGIN.top, size);
    doc.y = MARGIN.top + size.height + 8;
  }
  doc.font("bold").fontSize(14).text(letter.organisation.name, left, doc.y);
  doc.moveDown(1.5).font("body").fontSize(SIZE);
  doc.text(letter.dateLine, { align: "right" }).moveDown(1);
  for (const l of letter.addressee) doc.text(l);
  doc.moveDown(1.2).font("bold").text(letter.subject).font("body").moveDown(1);
  doc.text(letter.salutation, { paragraphGap: 7 });
  for (const block of letter.body) write(doc, block);
  doc.moveDown(0.5).text(letter.closing).moveDown(2.5);
  letter.signature.forEach((l, i) => {
    doc.font(i === 0 ? "bold" : "body").text(l);
  });
  if (letter.signatories) {
    doc.moveDown(1.5).font("bold").text(letter.signatories.heading, { paragraphGap: 3 }).font("body");
    for (const name of letter.signatories.names) doc.text(name);
  }

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("body")
      .fontSize(8.5)
      .text(`${i + 1} / ${count}`, 0, doc.page.height - 36, {
        width: doc.page.width,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
