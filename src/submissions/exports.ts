import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { renderDocx } from "../platform/documents/docx";
import type { DocumentBlock, DocumentModel } from "../platform/documents/model";
import { renderPdf } from "../platform/documents/pdf";
import { AppError } from "../platform/http/errors";
import type { I18n } from "../platform/i18n";
import type { DocPart, ExportDocument } from "./compose";

/**
 * A view of a submission (an `ExportDocument`) as the generic document model the DOCX and PDF
 * renderers take, and that the preview page shows as HTML: one model, so the preview is exactly
 * what each file holds.
 */
const run = promisify(execFile);

export const formats = ["docx", "pdf"] as const;
export type Format = (typeof formats)[number];

export const formatTypes: Record<Format, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

function partBlocks(part: DocPart): DocumentBlock[] {
  return [
    ...(part.heading ? [{ kind: "heading", level: 2, text: part.heading } as const] : []),
    ...(part.marker ? [{ kind: "paragraph", text: `[${part.marker}]` } as const] : []),
    ...part.blocks.map(
      (b): DocumentBlock =>
        b.type === "paragraph" ? { kind: "paragraph", text: b.text } : { kind: "list", items: b.items },
    ),
  ];
}

export function documentModel(doc: ExportDocument, i18n: I18n, meta: string[]): DocumentModel {
  const { t } = i18n;
  const blocks: DocumentBlock[] = [];
  if (doc.coverLetter) {
    blocks.push({ kind: "heading", level: 1, text: t("submissions.doc.coverLetter") });
    for (const text of doc.coverLetter) blocks.push({ kind: "paragraph", text });
  }
  for (const section of doc.sections) {
    blocks.push({ kind: "heading", level: 1, text: section.heading });
    for (const part of section.parts) blocks.push(...partBlocks(part));
  }
  if (doc.annexes.length) {
    blocks.push({ kind: "heading", level: 1, text: t("submissions.kind.annex") });
    for (const part of doc.annexes) blocks.push(...partBlocks(part));
  }
  if (doc.namedPeople.length) {
    blocks.push({ kind: "heading", level: 1, text: t("submissions.doc.namedPeople") });
    blocks.push({ kind: "list", items: doc.namedPeople });
  }
  return {
    title: doc.title,
    subtitle: doc.subtitle,
    meta,
    language: doc.language,
    blocks,
    footer: doc.footer,
  };
}

const rtl = (language: string) => ["ar", "fa", "he", "ur"].includes(new Intl.Locale(language).language);

/**
 * The shared PDF renderer lays right-to-left text out word by word from the left (it does no
 * bidirectional reordering), so an Arabic submission would read backwards. Its PDF is made
 * instead by LibreOffice from the DOCX, which the shared renderer writes right-to-left; without
 * LibreOffice on the server, the person is asked to take the DOCX.
 */
async function pdfViaLibreOffice(docx: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vd-rtl-"));
  try {
    const input = path.join(dir, "document.docx");
    await writeFile(input, docx);
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    return new Uint8Array(await readFile(path.join(dir, "document.pdf")));
  } catch {
    throw new AppError(
      422,
      "pdf_unavailable",
      "A PDF of right-to-left text needs LibreOffice on the server, which is missing: download the DOCX instead.",
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function renderDocument(model: DocumentModel, format: Format): Promise<Uint8Array> {
  if (format === "docx") return renderDocx(model);
  return rtl(model.language) ? pdfViaLibreOffice(await renderDocx(model)) : renderPdf(model);
}

/** A file name from the title, safe in a header and on any file system. */
export function fileName(title: string, suffix: string, format: Format): string {
  const base = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${base || "submission"}-${suffix}.${format}`;
}
