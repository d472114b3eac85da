import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { columnFractions, type DocumentBlock, type DocumentModel, fitBox } from "./model";

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The logo box in pixels (docx measures images at 96 to the inch). */
const LOGO_BOX = { width: 200, height: 64 };
const rtlLanguages = new Set(["ar", "fa", "he", "ur"]);

const thin = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

function blockChildren(block: DocumentBlock, rtl: boolean): (Paragraph | Table)[] {
  const para = (text: string, opts: { bold?: boolean; after?: number; bullet?: boolean } = {}) =>
    new Paragraph({
      children: [new TextRun({ text, bold: opts.bold, rightToLeft: rtl })],
      bidirectional: rtl,
      spacing: { after: opts.after ?? 120 },
      bullet: opts.bullet ? { level: 0 } : undefined,
    });
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun({ text: block.text, rightToLeft: rtl })],
          bidirectional: rtl,
          spacing: { before: 240, after: 120 },
          keepNext: true,
        }),
      ];
    case "paragraph":
      return [para(block.text)];
    case "list":
      return block.items.map((item, i) =>
        para(item, { bullet: true, after: i === block.items.length - 1 ? 120 : 40 }),
      );
    case "table": {
      const widths = columnFractions(block).map((f) => Math.round(f * TEXT_WIDTH));
      const row = (cells: string[], header: boolean) =>
        new TableRow({
          // Only header rows say so: Word readers take any tblHeader element, even "false", as a header.
          ...(header ? { tableHeader: true } : {}),
          cantSplit: true,
          children: cells.map(
            (text, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders,
                margins: { top: 40, bottom: 40, left: 80, right: 80 },
                shading: header ? { fill: "EEEEEE" } : undefined,
                // A cell may hold several lines (one organisation per line).
                children: (text || " ").split("\n").map(
                  (line) =>
                    new Paragraph({
                      children: [new TextRun({ text: line, bold: header, rightToLeft: rtl })],
                      bidirectional: rtl,
                    }),
                ),
              }),
          ),
        });
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          visuallyRightToLeft: rtl,
          rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
        }),
        new Paragraph({ children: [], spacing: { after: 120 } }),
      ];
    }
  }
}

/** The document as a Word file (A4, page numbers in the footer), editable in Word and LibreOffice. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const rtl = rtlLanguages.has(doc.language.split("-")[0] ?? "");
  const head: Paragraph[] = [];
  if (doc.logo) {
    head.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: doc.logo.type === "png" ? "png" : "jpg",
            data: doc.logo.bytes,
            transformation: fitBox(doc.logo, LOGO_BOX),
            altText: { name: "logo", description: doc.logo.description, title: doc.logo.description },
          }),
        ],
        spacing: { after: 200 },
      }),
    );
  }
  head.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: doc.title, rightToLeft: rtl })],
      bidirectional: rtl,
      spacing: { after: 120 },
    }),
  );
  if (doc.subtitle)
    head.push(
      new Paragraph({
        children: [new TextRun({ text: doc.subtitle, size: 26, rightToLeft: rtl })],
        bidirectional: rtl,
        spacing: { after: 120 },
      }),
    );
  for (const [i, line] of (doc.meta ?? []).entries())
    head.push(
      new Paragraph({
        children: [new TextRun({ text: line, color: "444444", rightToLeft: rtl })],
        bidirectional: rtl,
        spacing: { after: i === (doc.meta?.length ?? 0) - 1 ? 240 : 0 },
      }),
    );

  const file = new Document({
    creator: doc.author ?? "Visitdesk",
    title: doc.title,
    styles: { default: { document: { run: { size: 21, language: { value: doc.language } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [
                      ...(doc.footer ? [`${doc.footer} · `] : []),
                      PageNumber.CURRENT,
                      " / ",
                      PageNumber.TOTAL_PAGES,
                    ],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...head, ...doc.blocks.flatMap((b) => blockChildren(b, rtl))],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
