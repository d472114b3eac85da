/**
 * Text helpers shared by the submission area: the light markup of a part's body, word counts in
 * any script, and the folding that lets "JOSÉ", "José" and "Jose" compare equal.
 */

export type Block = { type: "paragraph"; text: string } | { type: "list"; items: string[] };

const ITEM = /^[-*•]\s+/;

/**
 * A body as blocks: paragraphs are separated by blank lines, lines starting with "- " (or "* ",
 * "• " as pasted from word processors) are list items, and other lines continue the block above.
 */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const raw of body.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (line === "") {
      current = null;
      continue;
    }
    if (ITEM.test(line)) {
      const item = line.replace(ITEM, "");
      if (current?.type === "list") current.items.push(item);
      else {
        current = { type: "list", items: [item] };
        blocks.push(current);
      }
    } else if (current?.type === "list") {
      const last = current.items.length - 1;
      current.items[last] = `${current.items[last]} ${line}`;
    } else if (current?.type === "paragraph") current.text = `${current.text} ${line}`;
    else {
      current = { type: "paragraph", text: line };
      blocks.push(current);
    }
  }
  return blocks;
}

export function serialiseBody(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.type === "paragraph" ? b.text : b.items.map((i) => `- ${i}`).join("\n")))
    .join("\n\n");
}

/** Every piece of text in a block, in reading order. */
export const blockTexts = (b: Block): readonly string[] => (b.type === "paragraph" ? [b.text] : b.items);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, s);
  }
  return s;
}

/** Words as the language's own rules segment them (also Chinese, Thai… written without spaces). */
export function words(text: string, locale: string): string[] {
  const out: string[] = [];
  for (const s of segmenter(locale).segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

export const countWords = (text: string, locale: string): number => words(text, locale).length;

/** Letters that do not decompose into a base letter and a mark, and Arabic spelling variants. */
const letterFolds: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
  ς: "σ",
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0649": "\u064A", // ى → ي
  "\u0629": "\u0647", // ة → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u0640": "", // tatweel, a stretching stroke
  "\u2019": "'",
  "\u2018": "'",
  "\u02BC": "'",
  "`": "'",
  "\u00B4": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};

const MARK_OR_FORMAT = /[\p{M}\p{Cf}]/gu;

function foldCodePoint(ch: string, locale: string | undefined): string {
  const cp = ch.codePointAt(0) ?? 0;
  // Arabic-Indic and Persian digits, so a phone number typed either way compares equal.
  if (cp >= 0x660 && cp <= 0x669) return String(cp - 0x660);
  if (cp >= 0x6f0 && cp <= 0x6f9) return String(cp - 0x6f0);
  const lower = locale ? ch.toLocaleLowerCase(locale) : ch.toLowerCase();
  // NFKD also turns full-width letters, ligatures and presentation forms into plain letters;
  // marks and invisible format characters (zero-width spaces, soft hyphens) go.
  let out = "";
  for (const c of lower.normalize("NFKD").replace(MARK_OR_FORMAT, "")) out += letterFolds[c] ?? c;
  return out;
}

export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: where the character it came from starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/**
 * Lower case, without accents, marks or invisible characters, with the variants above merged,
 * keeping a map back to the original so a match can be replaced there. `locale` gives its casing
 * rules (Turkish I); names are folded without one so that every spelling meets.
 */
export function foldWithMap(original: string, locale?: string): Folded {
  const folded: Folded = { text: "", starts: [], ends: [] };
  let i = 0;
  for (const ch of original) {
    const out = foldCodePoint(ch, locale);
    for (let k = 0; k < out.length; k++) {
      folded.starts.push(i);
      folded.ends.push(i + ch.length);
    }
    folded.text += out;
    i += ch.length;
  }
  return folded;
}

export const fold = (text: string, locale?: string): string => foldWithMap(text, locale).text;

/** The original span of folded units [from, to), widened over characters that folded to nothing. */
export function originalSpan(f: Folded, from: number, to: number, originalLength: number): [number, number] {
  const start = f.starts[from] ?? originalLength;
  const next = f.starts[to];
  const lastEnd = f.ends[to - 1] ?? start;
  return [start, next === undefined ? originalLength : Math.max(next, lastEnd)];
}
