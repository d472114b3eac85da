import path from "node:path";
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { extractReport, ReportError, readDocument } from "./index";
import { loadExtractionReference } from "./reference";

const FONT = path.join("/usr/share/fonts/truetype/dejavu", "DejaVuSans.ttf");
const reference = loadExtractionReference();

async function failure(bytes: Uint8Array, limits?: Parameters<typeof readDocument>[1]) {
  try {
    await readDocument(bytes, limits);
  } catch (err) {
    if (err instanceof ReportError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error("read without an error");
}

function pdf(
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: 64, ...options });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("body", FONT).font("body").fontSize(10);
  draw(doc);
  doc.end();
  return done;
}

/** A report laid out as OHCHR prints one: symbol on top, page number below, numbers in the margin. */
function unReport(doc: PDFKit.PDFDocument) {
  let page = 1;
  const furniture = () => {
    doc.text("A/HRC/64/907/Add.1", 64, 30, { lineBreak: false });
    doc.text(String(page), 290, 800, { lineBreak: false });
    doc.x = 64;
    doc.y = 64;
  };
  const para = (num: string, text: string, indent = 100) => {
    if (doc.y > 740) {
      doc.addPage();
      page++;
      furniture();
    }
    const y = doc.y;
    doc.text(num, 64, y, { lineBreak: false });
    doc.text(text, indent, y, { width: 430 });
    doc.moveDown(0.3);
  };
  furniture();
  doc.text("Human Rights Council", 64, 64);
  doc.text("Sixty-fourth session");
  doc.text("Visit to Paraguay");
  doc.text("Report of the Special Rapporteur on the rights of Indigenous Peoples");
  doc.moveDown();
  doc.text("The Special Rapporteur visited Paraguay from 3 to 14 May 2026.");
  doc.moveDown();
  doc.text("IV. Conclusions and recommendations");
  doc.moveDown(0.5);
  para("30.", "The Special Rapporteur recommends that the Government:");
  for (let i = 0; i < 26; i++) {
    const letter = String.fromCharCode(97 + i);
    para(
      `(${letter})`,
      `Ensure that Indigenous communities are consulted on measure number ${i + 1}, in good faith and with a view to obtaining their free, prior and informed consent;`,
      130,
    );
  }
  para("31.", "Parliament should adopt the law on free, prior and informed consent.");
}

describe("reading a PDF", () => {
  it("gets the text back, page by page, and the recommendations across page breaks", async () => {
    const bytes = await pdf(unReport);
    const { format, text } = await readDocument(bytes);
    expect(format).toBe("pdf");
    expect(text.split("\f").length).toBeGreaterThan(1);
    expect(text).toContain("Report of the Special Rapporteur on the rights of Indigenous Peoples");
    const report = extractReport(text, reference);
    expect(report).toMatchObject({
      symbol: "A/HRC/64/907/Add.1",
      mandate: "sr-indigenous-peoples",
      country: "PRY",
      visitDates: { from: "2026-05-03", to: "2026-05-14" },
      hrcSession: 64,
    });
    expect(report.recommendations.map((r) => r.ref)).toEqual([
      ...Array.from({ length: 26 }, (_, i) => `30(${String.fromCharCode(97 + i)})`),
      "31",
    ]);
    for (const [i, r] of report.recommendations.slice(0, 26).entries())
      expect(r.text).toBe(
        `Ensure that Indigenous communities are consulted on measure number ${i + 1}, in good faith and with a view to obtaining their free, prior and informed consent;`,
      );
    expect(report.recommendations[26]).toMatchObject({ addressee: "parliament" });
  });

  it("refuses an encrypted PDF, a scan without text, and a damaged file", async () => {
    const locked = await pdf((d) => d.text("The Special Rapporteur recommends."), { userPassword: "secret" });
    expect(await failure(locked)).toMatchObject({
      code: "encrypted",
      message: expect.stringContaining("password"),
    });

    const scan = await pdf((d) => d.rect(64, 64, 400, 600).fill("#888"));
    expect(await failure(scan)).toMatchObject({
      code: "no_text_layer",
      message: expect.stringContaining("OCR"),
    });

    const damaged = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref");
    expect(await failure(damaged)).toMatchObject({ code: "corrupt" });
  });
});

async function wordReport(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "paragraphs",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", start: 85, alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: "(%2)", alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_ROMAN, text: "(%3)", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: "A/HRC/64/908/Add.2" }),
          new Paragraph({ text: "Human Rights Council" }),
          new Paragraph({ text: "Sixty-fourth session" }),
          new Paragraph({ text: "Visit to Ghana", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            text: "Report of the Special Rapporteur on the human rights to safe drinking water and sanitation",
          }),
          new Paragraph({ text: "V. Conclusions and recommendations", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [new TextRun("The Special Rapporteur recommends that the Government:")],
            numbering: { reference: "paragraphs", level: 0 },
          }),
          new Paragraph({
            text: "Adopt a national sanitation strategy;",
            numbering: { reference: "paragraphs", level: 1 },
          }),
          new Paragraph({
            text: "Ensure that water tariffs:",
            numbering: { reference: "paragraphs", level: 1 },
          }),
          new Paragraph({
            text: "Remain affordable for the poorest;",
            numbering: { reference: "paragraphs", level: 2 },
          }),
          new Paragraph({
            text: "Are set after public consultation;",
            numbering: { reference: "paragraphs", level: 2 },
          }),
          new Paragraph({
            text: "Publish water quality data every month.",
            numbering: { reference: "paragraphs", level: 1 },
          }),
          new Paragraph({
            children: [
              new TextRun(
                "Parliament should recognize the human rights to water and sanitation in the Constitution.",
              ),
            ],
            numbering: { reference: "paragraphs", level: 0 },
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("reading a Word document", () => {
  it("writes out Word's automatic numbering, so references survive", async () => {
    const { format, text } = await readDocument(await wordReport());
    expect(format).toBe("docx");
    expect(text).toContain("85. The Special Rapporteur recommends that the Government:");
    expect(text).toContain("(b) Ensure that water tariffs:");
    expect(text).toContain("(ii) Are set after public consultation;");
    expect(text).toContain("86. Parliament should recognize");
    const report = extractReport(text, reference);
    expect(report.recommendations.map((r) => [r.ref, r.addressee, r.text])).toEqual([
      ["85(a)", "government", "Adopt a national sanitation strategy;"],
      ["85(b)(i)", "government", "Remain affordable for the poorest;"],
      ["85(b)(ii)", "government", "Are set after public consultation;"],
      ["85(c)", "government", "Publish water quality data every month."],
      [
        "86",
        "parliament",
        "Parliament should recognize the human rights to water and sanitation in the Constitution.",
      ],
    ]);
    expect(report.mandate).toBe("sr-water-sanitation");
  });

  it("refuses a document that unpacks to too much, and one whose sizes lie", async () => {
    const bytes = await wordReport();
    expect(await failure(bytes, { maxUnpackedBytes: 1000 })).toMatchObject({ code: "too_large" });

    // A "zip bomb" declares a small size and inflates to much more: inflating stops and refuses it.
    const lying = Buffer.from(bytes);
    const name = Buffer.from("word/document.xml");
    for (let at = lying.indexOf(name); at >= 0; at = lying.indexOf(name, at + 1)) {
      if (lying.readUInt32LE(at - 46) === 0x02014b50) lying.writeUInt32LE(10, at - 46 + 24);
    }
    expect(await failure(lying)).toMatchObject({ code: "corrupt" });
  });

  it("refuses a ZIP file that is not a Word document", async () => {
    const other = Buffer.from(await wordReport());
    const name = Buffer.from("word/document.xml");
    for (let at = other.indexOf(name); at >= 0; at = other.indexOf(name, at + 1))
      other.write("word/documenX.xml", at);
    expect(await failure(other)).toMatchObject({ code: "unsupported_format" });
  });
});

describe("reading web pages and text", () => {
  const encode = (s: string) => new TextEncoder().encode(s);

  it("keeps a web page's text and list numbers, and drops scripts, styles and menus", async () => {
    const html = `<!doctype html><html><head><title>Visit to Chile</title><style>p{}</style>
      <script>var should = "recommend";</script></head><body><nav>Home &middot; Reports</nav>
      <p>12. The Special Rapporteur recommends that the Government:</p>
      <ol type="a" start="2"><li>Adopt&nbsp;a law;</li><li>Fund it &amp; apply it.</li></ol></body></html>`;
    const { format, text } = await readDocument(encode(html));
    expect(format).toBe("html");
    expect(text.split("\n").filter(Boolean)).toEqual([
      "Visit to Chile",
      "12. The Special Rapporteur recommends that the Government:",
      "(b) Adopt a law;",
      "(c) Fund it & apply it.",
    ]);
  });

  it("reads a page in the encoding it declares", async () => {
    // "ô" is byte 0xF4 and "’" byte 0x92 in windows-1252; neither is valid UTF-8.
    const bytes = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body><p>C\xf4te d\x92Ivoire</p></body></html>',
      "latin1",
    );
    expect((await readDocument(bytes)).text).toBe("Côte d’Ivoire");
  });

  it("reads UTF-8 and UTF-16 text, and refuses what is not text", async () => {
    expect(await readDocument(encode("85. The Government should act."))).toEqual({
      format: "text",
      text: "85. The Government should act.",
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Visite au Mali", "utf16le")]);
    expect((await readDocument(utf16)).text).toBe("Visite au Mali");

    expect(await failure(new Uint8Array())).toMatchObject({ code: "empty" });
    expect(await failure(Buffer.from("caf\xe9 au lait", "latin1"))).toMatchObject({
      code: "not_text",
      message: expect.stringContaining("UTF-8"),
    });
    expect(await failure(Buffer.from([0x01, 0x02, 0x00, 0x00, 0x41, 0x42, 0x00, 0x13]))).toMatchObject({
      code: "unsupported_format",
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(await failure(png)).toMatchObject({
      code: "no_text_layer",
      message: expect.stringContaining("OCR"),
    });
    const oldWord = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await failure(oldWord)).toMatchObject({
      code: "unsupported_format",
      message: expect.stringContaining("DOCX"),
    });
  });

  it("refuses a file over the size limit before reading it", async () => {
    // Stands for a 300 MB upload: the limit is checked on the length, nothing is parsed.
    expect(await failure(encode("x".repeat(2048)), { maxBytes: 1024 })).toMatchObject({
      code: "too_large",
      message: expect.stringContaining("largest report accepted"),
    });
  });
});
