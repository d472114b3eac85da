import { Parser } from "htmlparser2";
import iconv from "iconv-lite";
import { extractText, getDocumentProxy } from "unpdf";
import { sniff } from "../../platform/files/sniff";
import { docxText } from "./docx";
import { ReportError } from "./errors";

export type DocumentFormat = "pdf" | "docx" | "html" | "text";

export interface ReadDocument {
  format: DocumentFormat;
  /** Pages of a PDF are joined by form feeds ("\f"). */
  text: string;
}

export interface ReadLimits {
  /** Largest file accepted (bytes). */
  maxBytes?: number;
  /** Largest amount of XML a Word document may unpack to (bytes). */
  maxUnpackedBytes?: number;
}

const MB = 1024 * 1024;
/** A long report with images is a few megabytes; anything far larger is not one. */
export const MAX_BYTES = 50 * MB;

/** Refuses a file by its size alone, so a caller can check before reading it into memory. */
export function checkSize(size: number, maxBytes = MAX_BYTES): void {
  if (size > maxBytes)
    throw new ReportError(
      "too_large",
      `The file is ${Math.ceil(size / MB)} MB; the largest report accepted is ${Math.floor(maxBytes / MB)} MB.`,
    );
}

const starts = (bytes: Uint8Array, text: string) => [...text].every((c, i) => bytes[i] === c.charCodeAt(0));

/**
 * The text of an uploaded report. The format is read from the bytes, not the file name, and
 * every way a file can fail (empty, too large, encrypted, a scan without text, another format)
 * ends in a ReportError whose message says what to do.
 */
export async function readDocument(bytes: Uint8Array, limits: ReadLimits = {}): Promise<ReadDocument> {
  if (bytes.length === 0) throw new ReportError("empty", "The file is empty.");
  checkSize(bytes.length, limits.maxBytes);
  const kind = sniff(bytes);
  // The PDF header may follow a little junk; readers accept it within the first kilobyte.
  if (kind === "pdf" || Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-"))
    return { format: "pdf", text: await pdfText(bytes) };
  if (kind === "zip") return { format: "docx", text: docxText(bytes, limits.maxUnpackedBytes ?? 100 * MB) };
  if (
    kind === "png" ||
    kind === "jpeg" ||
    starts(bytes, "GIF8") ||
    starts(bytes, "II*\0") ||
    starts(bytes, "MM\0*")
  )
    throw new ReportError(
      "no_text_layer",
      "This is an image, not a text document. Run it through OCR (text recognition) and upload the result as PDF or text.",
    );
  if (starts(bytes, "\xd0\xcf\x11\xe0"))
    throw new ReportError(
      "unsupported_format",
      "This is an old Word (.doc) file or a password-protected Office file. Save it as DOCX or PDF without a password, then upload it again.",
    );
  if (starts(bytes, "{\\rtf"))
    throw new ReportError(
      "unsupported_format",
      "This is an RTF file. Save it as DOCX or PDF, then upload it again.",
    );
  const text = decodeText(bytes);
  if (
    /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)\b/i.test(
      text.slice(0, 4096),
    )
  )
    return { format: "html", text: htmlText(text) };
  return { format: "text", text: text.replace(/^\ufeff/, "") };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given; give it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (err) {
    if ((err as { name?: string }).name === "PasswordException")
      throw new ReportError(
        "encrypted",
        "This PDF is protected by a password. Remove the password (or upload the public version of the report) and try again.",
      );
    throw new ReportError(
      "corrupt",
      "This PDF is damaged and cannot be read. Download it again from its source.",
    );
  }
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const letters = text.join("").match(/\p{L}/gu)?.length ?? 0;
    if (letters < 50)
      throw new ReportError(
        "no_text_layer",
        "This PDF has no text layer: it is probably a scan. Run it through OCR (for example ocrmypdf) and upload the result.",
      );
    return text.join("\f");
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw new ReportError(
      "corrupt",
      "This PDF is damaged and its text cannot be read. Download it again from its source.",
    );
  } finally {
    await pdf.destroy();
  }
}

/** UTF-8 (or UTF-16 with a byte-order mark), else a clear refusal: guessing an encoding garbles names. */
function decodeText(bytes: Uint8Array): string {
  if (starts(bytes, "\xff\xfe")) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (starts(bytes, "\xfe\xff")) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  const controls = head.filter((b) => b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13).length;
  if (head.includes(0) || controls > head.length * 0.01)
    throw new ReportError(
      "unsupported_format",
      "This is not a document Visitdesk can read. Upload a PDF, DOCX, HTML or plain-text file.",
    );
  const declared = Buffer.from(head)
    .toString("latin1")
    .match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1];
  try {
    // iconv-lite, because Node's TextDecoder reads windows-1252 as Latin-1 (curly quotes lost).
    if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared))
      return iconv.decode(Buffer.from(bytes), declared);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ReportError(
      "not_text",
      "This text file is not in UTF-8 (or its encoding is unknown). Save it as UTF-8 and upload it again.",
    );
  }
}

/** Not the document: code, menus, and the site's own footer. */
const SKIPPED = new Set([
  "script",
  "style",
  "nav",
  "footer",
  "noscript",
  "template",
  "svg",
  "iframe",
  "button",
  "select",
]);
const BLOCKS = new Set(
  "p div li h1 h2 h3 h4 h5 h6 br tr section article blockquote pre dd dt table ul ol hr main aside header figcaption caption title address".split(
    " ",
  ),
);

function listLabel(type: string, n: number): string {
  const letters = (upper: boolean) => {
    const s = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
    return upper ? s.toUpperCase() : s;
  };
  const roman = (v: number) => {
    const table: [number, string][] = [
      [10, "x"],
      [9, "ix"],
      [5, "v"],
      [4, "iv"],
      [1, "i"],
    ];
    let out = "";
    for (const [value, digits] of table)
      while (v >= value) {
        out += digits;
        v -= value;
      }
    return out;
  };
  if (type === "a") return `(${letters(false)}) `;
  if (type === "A") return `${letters(true)}. `;
  if (type === "i") return `(${roman(n)}) `;
  if (type === "I") return `${roman(n).toUpperCase()}. `;
  return `${n}. `;
}

/** The readable text of a web page: one line per block, list numbers written out, scripts and menus dropped. */
export function htmlText(html: string): string {
  let out = "";
  let skip = 0;
  let pre = 0;
  const lists: { ordered: boolean; type: string; n: number }[] = [];
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (skip || SKIPPED.has(name)) {
          skip++;
          return;
        }
        if (BLOCKS.has(name)) out += "\n";
        if (name === "pre") pre++;
        if (name === "ol" || name === "ul")
          lists.push({ ordered: name === "ol", type: a.type ?? "1", n: Number(a.start ?? 1) - 1 });
        if (name === "li") {
          const list = lists[lists.length - 1];
          if (list) {
            list.n = a.value ? Number(a.value) : list.n + 1;
            out += list.ordered ? listLabel(list.type, list.n) : "• ";
          }
        }
      },
      ontext(data) {
        if (skip) return;
        out += pre ? data : data.replace(/\s+/g, " ");
      },
      onclosetag(name) {
        if (skip) {
          skip--;
          return;
        }
        if (name === "pre") pre--;
        if (name === "ol" || name === "ul") lists.pop();
        if (BLOCKS.has(name)) out += "\n";
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return out
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
