import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from "docx";
import type { Block, Letter } from "./compose";
import { fitLogo } from "./logo";

/** Letterhead logo box in pixels (docx measures images at 96 to the inch). */
const LOGO_BOX = { width: 200, height: 64 };

const line = (text: string, opts: { bold?: boolean; after?: number; align?: "right" } = {}) =>
  new Paragraph({
    children: [new TextRun({ text, bold: opts.bold })],
    spacing: { after: opts.after ?? 0 },
    alignment: opts.align === "right" ? AlignmentType.RIGHT : undefined,
  });

function blockParagraphs(block: Block): Paragraph[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, bold: true })],
          spacing: { before: 200, after: 80 },
          keepNext: true,
        }),
      ];
    case "paragraph":
      return [line(block.text, { after: 160 })];
    case "list":
      return block.items.map(
        (item, i) =>
          new Paragraph({
            children: [new TextRun(item)],
            bullet: { level: 0 },
            spacing: { after: i === block.items.length - 1 ? 160 : 60 },
          }),
      );
  }
}

function letterhead(letter: Letter): Paragraph {
  const logo = letter.organisation.logo;
  const children: ParagraphChild[] = [];
  if (logo) {
    children.push(
      new ImageRun({
        type: logo.type === "png" ? "png" : "jpg",
        data: logo.bytes,
        transformation: fitLogo(logo, LOGO_BOX),
        altText: { name: "logo", description: letter.organisation.name, title: letter.organisation.name },
      }),
      new TextRun({ text: "", break: 1 }),
    );
  }
  children.push(new TextRun({ text: letter.organisation.name, bold: true, size: 28 }));
  return new Paragraph({ children, spacing: { after: 360 } });
}

/** The letter as a Word document (A4, page numbers in the footer), editable in Word and LibreOffice. */
export async function renderDocx(letter: Letter): Promise<Uint8Array> {
  const doc = new Document({
    creator: letter.organisation.name,
    title: letter.subject,
    // The language lets Word and LibreOffice check the spelling of the person's own edits.
    styles: { default: { document: { run: { size: 22, language: { value: letter.language } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twentieths of a point
            margin: { top: 1134, bottom: 1134, left: 1276, right: 1276 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [
          letterhead(letter),
          line(letter.dateLine, { align: "right", after: 240 }),
          ...letter.addressee.map((l, i) => line(l, { after: i === letter.addressee.length - 1 ? 360 : 0 })),
          line(letter.subject, { bold: true, after: 240 }),
          line(letter.salutation, { after: 160 }),
          ...letter.body.flatMap(blockParagraphs),
          line(letter.closing, { after: 480 }),
          ...letter.signature.map((l, i) => line(l, { bold: i === 0 })),
          ...(letter.signatories
            ? [
                new Paragraph({
                  children: [new TextRun({ text: letter.signatories.heading, bold: true })],
                  spacing: { before: 360, after: 80 },
                  keepNext: true,
                }),
                ...letter.signatories.names.map((n) => line(n)),
              ]
            : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
