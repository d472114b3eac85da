import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { createI18n } from "../platform/i18n";
import { composeExport } from "./compose";
import { documentModel, fileName, renderDocument } from "./exports";
import { jointSubmission, NOW } from "./fixtures";

const ctx = {
  i18n: createI18n("en"),
  now: NOW,
  letter: { recipient: "Special Rapporteur", organisation: "Haki Watch", country: "Kenya" },
};

const pdfText = async (bytes: Uint8Array) =>
  (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text.replace(/\s+/g, " ");

describe("a view as the document the renderers get", () => {
  it("puts the cover letter first, chapters with their parts, markers, annexes and the people named", () => {
    const { document } = composeExport(jointSubmission(), "expert", ctx);
    const model = documentModel(document, ctx.i18n, ["Haki Watch"]);
    const headings = model.blocks
      .filter((b) => b.kind === "heading")
      .map((b) => (b.kind === "heading" ? `${b.level} ${b.text}` : ""));
    expect(headings).toEqual([
      "1 Cover letter",
      "1 Context",
      "2 Civic space since 2019",
      "1 Individual cases",
      "2 The arrest of José García",
      "2 Testimony on the raid",
      "1 Recommendations to the expert",
      "2 Recommendations",
      "2 Our recommendations",
      "1 Sources",
      "2 Sources",
      "1 Annexes",
      "2 List of closed groups",
      "1 People named in this version",
    ]);
    expect(model.blocks).toContainEqual({
      kind: "paragraph",
      text: "[Confidential: for the expert only, not for publication]",
    });
    expect(model.blocks.at(-1)).toEqual({
      kind: "list",
      items: ["José García (victim)", "Amina Khalil (witness)", "Grace Mwangi (source)"],
    });
    expect(model.footer).toMatch(/^Confidential: for the mandate holder and OHCHR only/);
    expect(model.meta).toEqual(["Haki Watch"]);
  });

  it("names files from the title, in ASCII", () => {
    expect(fileName("Défenseurs : l’espace civique", "public", "pdf")).toBe(
      "defenseurs-l-espace-civique-public.pdf",
    );
    expect(fileName("مساهمة", "expert", "docx")).toBe("submission-expert.docx");
  });
});

describe("PDF files", () => {
  it("keep right-to-left text in reading order (made by LibreOffice from the DOCX)", async () => {
    const text = "اعتقلت الشرطة المدافعين في نيروبي";
    const bytes = await renderDocument(
      { title: "مساهمة عن الفضاء المدني", language: "ar", blocks: [{ kind: "paragraph", text }] },
      "pdf",
    );
    const read = await pdfText(bytes);
    expect(read).toContain("مساهمة عن الفضاء المدني");
    expect(read).toContain(text);
  }, 120_000);

  it("are drawn directly for left-to-right text", async () => {
    const bytes = await renderDocument(
      { title: "Civic space", language: "en", blocks: [{ kind: "list", items: ["Repeal the NGO law"] }] },
      "pdf",
    );
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(await pdfText(bytes)).toContain("Repeal the NGO law");
  });
});
