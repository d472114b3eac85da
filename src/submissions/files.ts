import { sniff } from "../platform/files/sniff";

/**
 * What may be attached to a submission: documents and images a mandate holder's team can open,
 * judged by their bytes (the name and the declared type are the sender's claims), up to a size
 * that still travels over a poor connection and fits in an e-mail to OHCHR.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const attachmentKinds = ["pdf", "docx", "odt", "png", "jpeg"] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentMediaTypes: Record<AttachmentKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  png: "image/png",
  jpeg: "image/jpeg",
};

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.subarray(from, to)).toString("latin1");

/** The kind of an attachment from its bytes, or null when it is none we accept. */
export function attachmentKind(bytes: Uint8Array): AttachmentKind | null {
  const kind = sniff(bytes);
  if (kind === "pdf" || kind === "png" || kind === "jpeg") return kind;
  if (kind !== "zip") return null;
  // An OpenDocument file starts with an uncompressed "mimetype" entry naming its type.
  if (latin1(bytes, 30, 38) === "mimetype")
    return latin1(bytes, 38, 38 + 39) === "application/vnd.oasis.opendocument.text" ? "odt" : null;
  // A Word file: entry names are stored in clear in the zip's headers.
  const names = Buffer.from(bytes).toString("latin1");
  return names.includes("[Content_Types].xml") && names.includes("word/document.xml") ? "docx" : null;
}

/** The file name a person gave, without folders or characters that could break a header. */
export function cleanFileName(name: string, kind: AttachmentKind): string {
  const base = (name.split(/[\\/]/).at(-1) ?? "")
    .replace(/[\p{Cc}"<>|:*?]/gu, "")
    .trim()
    .slice(0, 150);
  const ext = kind === "jpeg" ? "jpg" : kind;
  if (!base) return `attachment.${ext}`;
  return base.toLowerCase().endsWith(`.${ext}`) || (kind === "jpeg" && /\.jpe?g$/i.test(base))
    ? base
    : `${base}.${ext}`;
}
