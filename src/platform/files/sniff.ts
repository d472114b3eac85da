/**
 * The type of an uploaded file, read from its first bytes. The name and the declared
 * Content-Type are the sender's claims; these bytes are what a browser or a parser will see.
 */
export type FileKind = "png" | "jpeg" | "pdf" | "zip";

export const mediaTypes: Record<FileKind, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  pdf: "application/pdf",
  zip: "application/zip",
};

const starts = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

export function sniff(bytes: Uint8Array): FileKind | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  return null;
}
