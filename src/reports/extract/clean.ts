import { escapeRegExp, fold, SYMBOL_SOURCE } from "./text";

/**
 * Turns the text of a report as a PDF, Word or web reader gave it (pages joined by form feeds) into
 * running text: page furniture removed, pages joined, words hyphenated at a line end rejoined, and
 * text whose line breaks were lost split again before paragraph numbers, headings and list items.
 * Each line of the result is either a structural unit start or a continuation of the line before.
 */
export function cleanText(raw: string, options: { symbol?: string | null } = {}): string {
  const pages = normaliseCharacters(raw)
    .split("\f")
    .map((page) => page.split("\n").map((line) => line.replace(/[ \t]+/g, " ").trim()));
  const furniture = furnitureMatcher(options.symbol ?? null);
  const repeated = repeatedEdgeLines(pages);
  const lines = pages.flatMap((page) => stripPage(page, furniture, repeated));
  return dehyphenate(lines)
    .flatMap(reline)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function normaliseCharacters(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00a0\u2007\u202f]/g, " ")
      .replace(/[\u00ad\u200b-\u200d\ufeff]/g, "")
      .replace(/\ufb00/g, "ff")
      .replace(/\ufb01/g, "fi")
      .replace(/\ufb02/g, "fl")
      .replace(/\ufb03/g, "ffi")
      .replace(/\ufb04/g, "ffl")
      // Word's line break inside a paragraph arrives as a vertical tab from some converters.
      .replaceAll("\v", "\n")
  );
}

interface Furniture {
  /** Lines that are furniture wherever they stand on a page. */
  anywhere: RegExp;
  /** Lines that are furniture at the top or bottom of a page only (page numbers, symbols). */
  edge: RegExp;
  /** The symbol (and page number) at the start of a page whose line breaks were lost. */
  leading: RegExp;
  /** Job number, barcode and recycling note inside a line whose breaks were lost. */
  inline: RegExp;
}

function furnitureMatcher(symbol: string | null): Furniture {
  const own = symbol ? escapeRegExp(symbol) : null;
  const sym = own ? `(?:${own}|${SYMBOL_SOURCE})` : SYMBOL_SOURCE;
  const job = String.raw`GE\.\d{2}-\d{4,6}\s*\([A-Z]\)`;
  const recycle = "(?:Please recycle|Merci de recycler|Se ruega reciclar|Por favor,? recicle)";
  return {
    anywhere: new RegExp(
      String.raw`^(?:${job}.*|\*\d{6,8}\*|${recycle}.*|Advance (?:un)?edited version|Version pr[ée]liminaire non [ée]dit[ée]e|Versi[óo]n avanzada sin editar${own ? `|${own}` : ""})$`,
      "i",
    ),
    edge: new RegExp(
      String.raw`^(?:(?:page\s+)?\d{1,3}(?:\s*(?:/|of|sur|de)\s*\d{1,3})?|-\s*\d{1,3}\s*-|(?:\d{1,3}\s+)?${sym}(?:\s+\d{1,3})?)$`,
      "i",
    ),
    leading: new RegExp(String.raw`^(?:\d{1,3}\s+)?${sym}\s+(?:\d{1,3}\s+)?(?=\S)`),
    inline: new RegExp(String.raw`\s*${job}(?:\s+${sym})?(?:\s*\*\d{6,8}\*)?(?:\s*${recycle})?\s*`, "g"),
  };
}

const EDGE = 3;
/** Longer than a printed line: a page or paragraph whose line breaks were lost. */
const LONG_LINE = 120;

/** Short lines standing at the top or bottom of many pages (a running title, "Advance version"). */
function repeatedEdgeLines(pages: string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const content = page.filter(Boolean);
    const edges = new Set([...content.slice(0, 2), ...content.slice(-2)]);
    for (const line of edges) {
      if (line.length > 80 || STRUCTURAL.test(line)) continue;
      counts.set(line, (counts.get(line) ?? 0) + 1);
    }
  }
  const min = Math.max(3, Math.ceil(pages.length * 0.4));
  return new Set([...counts].filter(([, n]) => n >= min).map(([line]) => line));
}

/** Paragraph numbers, list items and headings: never page furniture even when they repeat. */
const STRUCTURAL = /^(?:\d{1,3}\.|\(?[a-z]{1,4}\)|[IVX]{1,6}\.|[A-Z]\.)(?:\s|$)/;

/** A footnote at the foot of a page: a small number then a citation. */
const CITATION = String.raw`(?:See|Ibid|Idem|Available|Voir|Disponible|V[ée]ase|Ver|Cf\.|A\/|E\/|CCPR\/|CRC\/|CEDAW\/|CERD\/|CAT\/|CRPD\/|CMW\/|www\.|https?:)`;
const FOOTNOTE = new RegExp(String.raw`^\d{1,3}\s+${CITATION}`);
/** Some readers put the footnote's number on a line of its own. */
const FOOTNOTE_TEXT = new RegExp(`^${CITATION}`);

function stripPage(page: string[], f: Furniture, repeated: Set<string>): string[] {
  // Footnotes first: a footnote's number on a line of its own looks like a page number.
  const kept = dropFootnotes(page);
  const content = kept.map((line, i) => ({ line, i })).filter((l) => l.line);
  const edgeIdx = new Set([...content.slice(0, EDGE), ...content.slice(-EDGE)].map((l) => l.i));
  const lines = kept.map((line, i) => {
    if (!line) return line;
    if (f.anywhere.test(line) || repeated.has(line) || (edgeIdx.has(i) && f.edge.test(line))) return null;
    return line.replace(f.inline, " ").trim();
  });
  // A page whose line breaks were lost starts with the symbol and ends with the page number.
  const first = lines.findIndex((l) => l);
  if (first >= 0) lines[first] = (lines[first] as string).replace(f.leading, "");
  const last = lines.findLastIndex((l) => l);
  if (last >= 0 && (lines[last] as string).length > LONG_LINE)
    lines[last] = (lines[last] as string)
      .replace(/(?<=[.;:])\s+\d{1,3}$/, "")
      .replace(new RegExp(`(?<=.{${LONG_LINE}})\\s${FOOTNOTE.source.slice(1)}.{0,600}$`), "");
  return lines.filter((l): l is string => l !== null);
}

function dropFootnotes(lines: (string | null)[]): (string | null)[] {
  const content = lines.map((l, i) => ({ l, i })).filter((x) => x.l);
  const tail = content.slice(-12);
  const start = tail.find(
    (x, k) =>
      FOOTNOTE.test(x.l as string) ||
      (/^\d{1,3}$/.test(x.l as string) && FOOTNOTE_TEXT.test(tail[k + 1]?.l ?? "")),
  );
  if (!start) return lines;
  // Everything below the first footnote must look like footnotes or their continuation lines.
  const rest = tail.filter((x) => x.i > start.i);
  if (rest.some((x) => STRUCTURAL.test(x.l as string) && !/^\d{1,3}\s/.test(x.l as string))) return lines;
  return lines.map((l, i) => (i >= start.i ? null : l));
}

/**
 * Joins a word broken at a line end. The hyphen is kept unless the document also writes the word
 * whole and never with the hyphen: UN reports rarely hyphenate automatically, so most line-end
 * hyphens are real ("awareness-raising").
 */
function dehyphenate(lines: string[]): string[] {
  const folded = fold(lines.join("\n"));
  const words = new Set(folded.match(/[a-z]{3,}/g) ?? []);
  const hyphenated = new Set(folded.match(/[a-z]+-[a-z]+/g) ?? []);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const head = prev?.match(/([\p{L}]+)-$/u);
    const next = line.match(/^([\p{Ll}]+)/u);
    if (prev !== undefined && head?.[1] && next?.[1] && !/\s-$/.test(prev)) {
      const whole = fold(head[1] + next[1]);
      const keep = !words.has(whole) || hyphenated.has(fold(`${head[1]}-${next[1]}`));
      out[out.length - 1] = (keep ? prev : prev.slice(0, -1)) + line;
      continue;
    }
    out.push(line);
  }
  return out;
}

const END_CHARS = /[.;:!?”"’)\]]$/;
/** A place where a unit may start inside a line: a paragraph number, a heading numeral or letter, a list item. */
const MARKER =
  /\s+(?=(?:\d{1,3}|[IVX]{1,6}|[A-Z])\.\s+[\p{Lu}“"‘(¿¡]|\(?(?:[a-z]{1,3}|[ivxl]{1,6})\)\s+\S|(?:Annexe?|Anexo|Appendix)\b)/gu;
/** Words a heading does not end with, but a sentence citing "article 5." does. */
const CITING =
  /\b(?:articles?|paragraphs?|paras?|sections?|rules?|principles?|resolutions?|decisions?|goals?|targets?|no|of|the|and|to|in|with|on|for|by|at|under|et|de|du|des|la|le|y|del|el|en)$/i;

function headingLike(fragment: string): boolean {
  return (
    /^(?:(?:[IVX]{1,6}|[A-Z])\.\s+)?[\p{Lu}“"‘][^.;:!?]{1,100}$/u.test(fragment) &&
    fragment.split(" ").length <= 12 &&
    !CITING.test(fragment)
  );
}

/**
 * Text whose line breaks were collapsed into spaces (a web page, some PDF readers) keeps its
 * structure in its markers; a long line is broken again before each marker that follows the end
 * of a sentence or a short heading. A break that turns out not to start a unit costs nothing: the
 * parser joins a non-unit line back to the one before.
 */
function reline(line: string): string[] {
  if (line.length <= LONG_LINE) return [line];
  const cuts = [0];
  for (const m of line.matchAll(MARKER)) {
    const at = m.index ?? 0;
    const next = at + m[0].length;
    const before = line.slice(0, at);
    if (/^\(?[a-z]+\)/.test(line.slice(next, next + 8))) {
      if (/(?:[:;,.]|[:;,] (?:and|or|et|ou|y|o))$/.test(before)) cuts.push(next);
      continue;
    }
    if (END_CHARS.test(before)) {
      cuts.push(next);
      continue;
    }
    // "… ethnicity. Inclusive education 10. The Government …": a heading stranded before the number.
    const lastCut = cuts[cuts.length - 1] as number;
    const sentence = [...before.matchAll(/[.;:!?”"’)\]]\s+/g)].pop();
    const from = Math.max(lastCut, sentence ? (sentence.index ?? 0) + sentence[0].length : 0);
    const fragment = line.slice(from, at).trim();
    if (headingLike(fragment)) {
      if (from > lastCut) cuts.push(from);
      cuts.push(next);
    }
  }
  return cuts.map((c, i) => line.slice(c, cuts[i + 1]).trim()).filter(Boolean);
}
