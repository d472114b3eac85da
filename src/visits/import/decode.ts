import iconv from "iconv-lite";

/** A problem with the file as a whole: nothing in it is imported, and the message says why. */
export class ImportFileError extends Error {
  constructor(
    readonly code:
      | "too_large"
      | "too_many_rows"
      | "not_utf8"
      | "unknown_encoding"
      | "unreadable"
      | "no_table"
      | "missing_column"
      | "bad_mapping"
      | "no_sheet",
    message: string,
    /**
     * The column a missing_column or bad_mapping problem names, the line of a not_utf8 one, and the
     * headers read (so a person can map them to the documented columns).
     */
    readonly details: { column?: string; line?: number; headers?: string[] } = {},
  ) {
    super(message);
    this.name = "ImportFileError";
  }
}

/** Encodings offered in the form, beside automatic detection; the command line takes any iconv-lite knows. */
export const commonEncodings = ["utf-8", "windows-1252", "iso-8859-1", "utf-16le", "utf-16be", "macintosh"];

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The text of a file. With an encoding named, that encoding; otherwise a byte-order mark decides
 * (UTF-8, UTF-16 LE or BE), and a file without one must be valid UTF-8: a file saved by Excel on
 * Windows in its "ANSI" code page is refused, naming the line of the first byte that is not UTF-8,
 * rather than imported with its accents garbled.
 */
export function decodeText(bytes: Uint8Array, encoding?: string): { text: string; encoding: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding && !/^(auto|)$/i.test(encoding)) {
    if (!iconv.encodingExists(encoding))
      throw new ImportFileError(
        "unknown_encoding",
        `“${encoding}” is not an encoding Visitdesk knows; try utf-8, windows-1252, iso-8859-1 or utf-16le.`,
      );
    // iconv-lite strips a byte-order mark of the encoding it decodes.
    return { text: iconv.decode(buf, encoding), encoding: encoding.toLowerCase() };
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: checkedUtf8(buf.subarray(3), 3), encoding: "utf-8" };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf, "utf-16le"), encoding: "utf-16le" };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf, "utf-16be"), encoding: "utf-16be" };
  return { text: checkedUtf8(buf, 0), encoding: "utf-8" };
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function checkedUtf8(buf: Buffer, skipped: number): string {
  try {
    return strictUtf8.decode(buf);
  } catch {
    // Only a file that fails is scanned byte by byte, to say where.
  }
  const bad = Math.max(0, firstInvalidUtf8(buf));
  const line = lineAt(buf, bad);
  const byte = (buf[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  throw new ImportFileError(
    "not_utf8",
    `The file is not in UTF-8: line ${line} holds a byte (0x${byte}, at byte ${bad + skipped + 1}) that UTF-8 does not allow. It was probably saved in another encoding, such as windows-1252 (Excel on Windows): choose that encoding (--encoding windows-1252 on the command line, “Encoding” in the form, ?encoding=windows-1252 in the API), or save the file as “CSV UTF-8”.`,
    { line },
  );
}
