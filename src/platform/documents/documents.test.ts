import { crc32, deflateSync } from "node:zlib";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx";
import { columnFractions, type DocumentModel, fitBox, footerLine } from "./model";
import { renderPdf } from "./pdf";

/** A real grey PNG of the given size, so renderers embed an image they can read. */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // no filter
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(raw)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

const model = (extra: Partial<DocumentModel> = {}): DocumentModel => ({
  title: "Programme of meetings",
  subtitle: "Special Rapporteur: visit to Côte d’Ivoire",
  meta: ["Coordinated by Réseau Ñandutí", "Generated on 1 March 2027"],
  language: "fr",
  footer: "Programme",
  blocks: [
    { kind: "heading", level: 1, text: "Lundi 8 mars 2027" },
    { kind: "paragraph", text: "Les défenseurs « menacés » ; Кириллица, Ελληνικά." },
    { kind: "list", items: ["Premier point", "Second point"] },
    {
      kind: "table",
      header: ["Heure", "Organisations"],
      widths: [1, 3],
      rows: [
        ["09:00–10:00", "Centre A\nForum B"],
        ["10:30–11:30", "Collectif C"],
      ],
    },
    { kind: "heading", level: 2, text: "Résumé" },
  ],
  ...extra,
});

describe("the document model", () => {
  it("fits a logo in a box without enlarging it", () => {
    expect(fitBox({ width: 600, height: 200 }, { width: 150, height: 48 })).toEqual({
      width: 144,
      height: 48,
    });
    expect(fitBox({ width: 40, height: 20 }, { width: 150, height: 48 })).toEqual({ width: 40, height: 20 });
  });

  it("shares a table's width by the given weights, or equally", () => {
    expect(columnFractions({ kind: "table", header: ["a", "b"], rows: [], widths: [1, 3] })).toEqual([
      0.25, 0.75,
    ]);
    expect(columnFractions({ kind: "table", header: ["a", "b"], rows: [], widths: [1] })).toEqual([0.5, 0.5]);
  });

  it("numbers pages after the footer text", () => {
    expect(footerLine(model(), 2, 5)).toBe("Programme · 2 / 5");
    expect(footerLine(model({ footer: undefined }), 1, 1)).toBe("1 / 1");
  });
});

describe("renderDocx", () => {
  it("writes the title, meta lines, headings, paragraphs, lists and tables, in order", async () => {
    const bytes = await renderDocx(model());
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    let from = 0;
    for (const part of [
      "Programme of meetings",
      "Special Rapporteur: visit to Côte d’Ivoire",
      "Coordinated by Réseau Ñandutí",
      "Lundi 8 mars 2027",
      "Les défenseurs « menacés » ; Кириллица, Ελληνικά.",
      "Premier point",
      "Second point",
      "Heure",
      "Organisations",
      "09:00–10:00",
      "Centre A",
      "Forum B",
      "Collectif C",
      "Résumé",
    ]) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).toContain("<h1>Lundi 8 mars 2027</h1>");
    expect(html).toContain("<h2>Résumé</h2>");
    expect(html).toContain("<ul><li>Premier point</li><li>Second point</li></ul>");
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain("<td><p>Centre A</p><p>Forum B</p></td>");
  });

  it("embeds the logo as an image, and the footer with page numbers", async () => {
    const bytes = await renderDocx(
      model({
        logo: { ...{ bytes: png(300, 100) }, type: "png", width: 300, height: 100, description: "Logo" },
      }),
    );
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).toMatch(/<img [^>]*src="data:image\/png;base64,/);
    // The footer lives in its own part of the package: its fields count the pages.
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toContain("word/footer");
  });
});

describe("renderPdf", () => {
  async function read(bytes: Uint8Array) {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    return { totalPages, pages: text, view: (await pdf.getPage(1)).view };
  }

  it("writes an A4 page whose text reads back, accents and non-Latin scripts included", async () => {
    const { totalPages, pages, view } = await read(await renderPdf(model()));
    expect(view.map(Math.round)).toEqual([0, 0, 595, 842]);
    expect(totalPages).toBe(1);
    const all = (pages[0] ?? "").replace(/\s+/g, " ");
    for (const part of [
      "Programme of meetings",
      "Côte d’Ivoire",
      "Réseau Ñandutí",
      "Les défenseurs « menacés » ; Кириллица, Ελληνικά.",
      "Premier point",
      "Centre A",
      "Collectif C",
      "Programme · 1 / 1",
    ])
      expect(all).toContain(part);
  });

  it("flows a long table onto more pages, repeating its header and numbering each page", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `${i + 1}`,
      `Organisation number ${i + 1}, a long name that wraps`,
    ]);
    const { totalPages, pages } = await read(
      await renderPdf(model({ blocks: [{ kind: "table", header: ["No.", "Organisation"], rows }] })),
    );
    expect(totalPages).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      const flat = text.replace(/\s+/g, " ");
      expect(flat.trimEnd().endsWith(`Programme · ${i + 1} / ${totalPages}`), `page ${i + 1}`).toBe(true);
      expect(flat, `header on page ${i + 1}`).toContain("No. Organisation");
    });
    const all = pages.join(" ").replace(/\s+/g, " ");
    for (const n of [1, 60, 120]) expect(all).toContain(`Organisation number ${n}, a long name`);
  });

  it("embeds the logo", async () => {
    const bytes = await renderPdf(
      model({ logo: { bytes: png(300, 100), type: "png", width: 300, height: 100, description: "Logo" } }),
    );
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/Subtype \/Image/);
  });
});
