import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { composeLetter, type LetterFacts } from "./compose";
import { loadShippedFacts } from "./facts";
import { fullData, LETTER_DATE, png } from "./fixtures";
import { renderPdf } from "./pdf";
import { templateIds } from "./templates";

const facts: LetterFacts = loadShippedFacts(new Date(`${LETTER_DATE}T12:00:00Z`));

/** The PDF's text, each page's number checked and removed so that text flowing across pages reads on. */
async function read(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const page = await pdf.getPage(1);
  const pages = text.map((t, i) => {
    const footer = `${i + 1} / ${totalPages}`;
    expect(t.trimEnd().endsWith(footer), `page ${i + 1} ends with its number`).toBe(true);
    return t.trimEnd().slice(0, -footer.length);
  });
  return { totalPages, pages, all: pages.join("\n").replace(/\s+/g, " "), view: page.view };
}

const flat = (s: string) => s.replace(/\s+/g, " ");

describe("renderPdf", () => {
  it("writes an A4 letter whose text reads back, accents and non-Latin scripts included", async () => {
    const data = {
      ...fullData("visit-request", "fr"),
      organisation: { name: "Centre Ñandutí – Ωμέγα Кириллица" },
      situation: "Les défenseurs « menacés » à Oaxaca ; ça s’aggrave. Ελληνικά, русский, Tiếng Việt.",
    };
    const letter = composeLetter("visit-request", data, facts);
    const { all, view } = await read(await renderPdf(letter));
    expect(view.map(Math.round)).toEqual([0, 0, 595, 842]);
    for (const part of [
      "Centre Ñandutí – Ωμέγα Кириллица",
      "Oaxaca, le 1 juin 2025",
      "Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants",
      "CH-1211 Geneva 10",
      "Mexique : demande de visite officielle de pays",
      "Madame, Monsieur,",
      "Les défenseurs « menacés » à Oaxaca ; ça s’aggrave. Ελληνικά, русский, Tiếng Việt.",
      "Cosignataires :",
      "First Coalition (Allemagne)",
    ])
      expect(all).toContain(part);
  });

  it("flows long content onto more pages, numbering each page", async () => {
    const long = "A long account of the facts, repeated to fill the page. ".repeat(50).trim();
    const data = {
      ...fullData("visit-request", "en"),
      whyNow: long.slice(0, 1500),
      situation: `${long.slice(0, 1400)}\n\n${long.slice(0, 1400)}`,
      facts: Array.from({ length: 15 }, (_, i) => ({ text: `Fact number ${i + 1}: ${long.slice(0, 500)}` })),
      signatories: Array.from({ length: 120 }, (_, i) => ({ name: `Signatory organisation ${i + 1}` })),
    };
    const letter = composeLetter("visit-request", data, facts);
    const { totalPages, pages, all } = await read(await renderPdf(letter));
    expect(totalPages).toBeGreaterThanOrEqual(4);
    expect(pages.every((p) => p.trim().length > 0)).toBe(true);
    expect(all).toContain("Fact number 15:");
    expect(all).toContain("Signatory organisation 120");
    // Nothing is lost between pages: the signatories come out in order.
    const order = [...all.matchAll(/Signatory organisation (\d+)/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it("embeds the logo", async () => {
    const withLogo = composeLetter(
      "visit-request",
      { ...fullData("visit-request", "en"), organisation: { name: "Centre", logo: png(300, 100) } },
      facts,
    );
    const without = composeLetter("visit-request", fullData("visit-request", "en"), facts);
    // PDFKit writes its object dictionaries uncompressed, so an embedded image shows in the bytes.
    const images = (bytes: Uint8Array) =>
      Buffer.from(bytes).toString("latin1").split("/Subtype /Image").length - 1;
    expect(images(await renderPdf(withLogo))).toBe(1);
    expect(images(await renderPdf(without))).toBe(0);
  });

  it.each(templateIds)("renders %s with every paragraph of the letter", async (template) => {
    const letter = composeLetter(template, fullData(template, "es"), facts);
    const { all } = await read(await renderPdf(letter));
    for (const block of letter.body)
      for (const part of block.kind === "list" ? block.items : [block.text])
        expect(all).toContain(flat(part));
  });
});
