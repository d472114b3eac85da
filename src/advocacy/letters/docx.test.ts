import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { composeLetter, type LetterFacts } from "./compose";
import { renderDocx } from "./docx";
import { loadShippedFacts } from "./facts";
import { fullData, LETTER_DATE, png } from "./fixtures";
import { templateIds } from "./templates";

const facts: LetterFacts = loadShippedFacts(new Date(`${LETTER_DATE}T12:00:00Z`));

async function textOf(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe("renderDocx", () => {
  it("writes the letterhead, date, addressee, subject, body and signatories, in that order", async () => {
    const letter = composeLetter(
      "invitation-appeal",
      {
        ...fullData("invitation-appeal", "fr"),
        organisation: { name: "Centre Ñandutí", logo: png(300, 100) },
      },
      facts,
    );
    const text = await textOf(await renderDocx(letter));
    const expected = [
      "Centre Ñandutí",
      "Oaxaca, le 1 juin 2025",
      "Ministre des affaires étrangères",
      "Mexique",
      letter.subject,
      "Excellence,",
      "Demandes de visite en attente",
      "Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants : demande du 15 mars 2019, en attente depuis 6 ans et 2 mois ; 2 rappels, le dernier le 1 février 2023.",
      "Nous vous prions d’agréer, Excellence, l’assurance de notre très haute considération.",
      "Ana Pérez",
      "Cosignataires :",
      "First Coalition (Allemagne)",
      "Second Network",
    ];
    let from = 0;
    for (const part of expected) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
  });

  it("embeds the logo as an image", async () => {
    const logo = png(300, 100);
    const letter = composeLetter(
      "visit-request",
      { ...fullData("visit-request", "en"), organisation: { name: "Centre", logo } },
      facts,
    );
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(await renderDocx(letter)) })).value;
    expect(html).toContain(
      `<img alt="Centre" src="data:image/png;base64,${Buffer.from(logo).toString("base64")}"`,
    );
    const without = composeLetter("visit-request", fullData("visit-request", "en"), facts);
    expect(
      (await mammoth.convertToHtml({ buffer: Buffer.from(await renderDocx(without)) })).value,
    ).not.toContain("<img");
  });

  it.each(templateIds)("renders %s with every paragraph of the letter", async (template) => {
    const letter = composeLetter(template, fullData(template, "es"), facts);
    const text = await textOf(await renderDocx(letter));
    for (const block of letter.body)
      for (const part of block.kind === "list" ? block.items : [block.text]) expect(text).toContain(part);
  });
});
