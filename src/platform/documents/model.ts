/**
 * A small document model that areas fill with their content and that renders to DOCX and PDF
 * alike (a programme for a desk officer, a submission…). It holds text only, never layout: the
 * renderers decide how a heading or a table looks, so every exported document looks the same.
 */
export interface DocumentModel {
  title: string;
  subtitle?: string;
  /** Short lines under the title: who, when, which visit. */
  meta?: string[];
  /** A PNG or JPEG shown above the title, with its size in pixels (see `fitBox`). */
  logo?: DocumentLogo;
  /** BCP 47, e.g. `en`, `fr`: for spelling and for screen readers. */
  language: string;
  blocks: DocumentBlock[];
  /** Text printed at the foot of every page, before the page number ("1 / 3"). */
  footer?: string;
  /** Who made it, for the file's properties. */
  author?: string;
}

export interface DocumentLogo {
  bytes: Uint8Array;
  type: "png" | "jpeg";
  width: number;
  height: number;
  /** What the image shows, for screen readers. */
  description: string;
}

export type DocumentBlock =
  | { kind: "heading"; text: string; level: 1 | 2 }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  /** `widths`: relative widths of the columns (any unit); equal when left out. */
  | { kind: "table"; header: string[]; rows: string[][]; widths?: number[] };

/** A size scaled down, never up, to fit a box, keeping its proportions. */
export function fitBox(
  size: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(box.width / size.width, box.height / size.height, 1);
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

/** Column widths as fractions of the whole, one per column of the header. */
export function columnFractions(block: Extract<DocumentBlock, { kind: "table" }>): number[] {
  const n = block.header.length;
  const given = block.widths?.length === n && block.widths.every((w) => w > 0) ? block.widths : null;
  const weights = given ?? block.header.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** The page-number line of the footer: `footer · 2 / 5`, or `2 / 5` alone. */
export const footerLine = (doc: DocumentModel, page: number | string, pages: number | string) =>
  doc.footer ? `${doc.footer} · ${page} / ${pages}` : `${page} / ${pages}`;
