/**
 * Reads cleaned report text (see clean.ts) as a sequence of headings and paragraphs. Markers are
 * believed only where they fit: paragraph numbers must rise (gaps are allowed, because a source may
 * have lost pages), chapter numerals and section letters must look like headings. Anything else is a
 * continuation of the paragraph before, so a year at a line start ("2019. In …") stays text.
 */

export type HeadingLevel = "chapter" | "section" | "subsection" | "plain" | "annex";

export type Block =
  | { kind: "heading"; level: HeadingLevel; text: string }
  /** `num` is null for unnumbered text (title page, statements without paragraph numbers). */
  | { kind: "paragraph"; num: number | null; lines: string[] };

/** "85." alone, "85. The …", and "85.The …" as some PDF readers join them. */
const PARA = /^(\d{1,3})\.(?:(?:\s+|(?=[\p{Lu}“"‘(]))(\S.*))?$/u;
const ROMAN = /^([IVX]{1,6})\.(?:\s+(\S.*))?$/;
const LETTER = /^([A-Z])\.(?:\s+(\S.*))?$/;
/** "(a)" in English; "a)" in French and Spanish documents. */
export const ITEM = /^\(?([a-z]{1,3}|[ivxl]{1,6})\)(?:\s+(\S.*))?$/;
export const BULLET = /^[•▪◦●■▸►‣⁃*-]\s+(\S.*)$/;
/** "Annex", "ANNEXE II", "Anexo" alone, or with its title when line breaks were lost. */
const ANNEX =
  /^(?:[Aa]nnexe?|ANNEXE?|[Aa]nexo|ANEXO|[Aa]ppendix|APPENDIX|[Aa]ppendice|[Aa]p[ée]ndice)(?:\s+[IVX\d]{1,5})?(?:\s+\p{Lu}[^.;:]{0,100})?$/u;
/** The largest step between two paragraph numbers still believed (fragments lose pages). */
const MAX_GAP = 60;

/** Short, capitalised, and not ending like a sentence. */
export function looksLikeHeading(text: string): boolean {
  return (
    text.length <= 150 &&
    !/[.;:,]$/.test(text) &&
    /^[\p{Lu}“"‘(¿¡]/u.test(text) &&
    !/\.{4,}|…\s*\d+$/.test(text)
  );
}

export function romanValue(roman: string): number | null {
  const r = roman.toUpperCase();
  if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(r) || !r) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const cur = v[r.charAt(i)] ?? 0;
    const next = v[r.charAt(i + 1)] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

const endsSentence = (line: string | undefined) => !line || /[.;:!?”"’)]$/.test(line);

export function parseStructure(cleaned: string): Block[] {
  const lines = cleaned.split("\n").map((l) => l.trim());
  const blocks: Block[] = [];
  let lastPara: number | null = null;
  let lastRoman = 0;
  let lastLetter: string | null = null;
  let current: Extract<Block, { kind: "paragraph" }> | null = null;
  let prevLine: string | undefined;

  const nextContent = (i: number): { line: string; index: number } | null => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]) return { line: lines[j] as string, index: j };
    return null;
  };
  // Right after a heading any higher number is believed: sections of a fragment may be far apart.
  const paraNumberFits = (n: number) =>
    n >= 1 &&
    n <= 400 &&
    (lastPara === null ||
      (n > lastPara && (n <= lastPara + MAX_GAP || blocks[blocks.length - 1]?.kind === "heading")));
  const heading = (level: HeadingLevel, text: string) => {
    blocks.push({ kind: "heading", level, text });
    current = null;
    // What follows a heading starts afresh, like what follows the end of a sentence.
    prevLine = undefined;
  };
  /** A marker standing alone ("IV.") takes its heading text from the next line. */
  const headingText = (inline: string | undefined, i: number): { text: string; skip: number } | null => {
    if (inline) return looksLikeHeading(inline) ? { text: inline, skip: i } : null;
    const next = nextContent(i);
    return next && looksLikeHeading(next.line) ? { text: next.line, skip: next.index } : null;
  };
  const isStructural = (line: string): boolean => {
    const p = line.match(PARA);
    if (p && paraNumberFits(Number(p[1]))) return true;
    return ITEM.test(line) || BULLET.test(line) || ROMAN.test(line) || LETTER.test(line) || ANNEX.test(line);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line) {
      // In unnumbered text a blank line is the only paragraph boundary there is.
      if (current && current.num === null) current = null;
      continue;
    }
    const startsParagraph = current !== null && current.lines.length === 0;

    if (ANNEX.test(line)) {
      heading("annex", line);
      lastPara = null;
      continue;
    }

    const para = line.match(PARA);
    if (para && paraNumberFits(Number(para[1]))) {
      const continuesSentence = para[2] && !endsSentence(prevLine) && Number(para[1]) !== (lastPara ?? 0) + 1;
      if (!continuesSentence) {
        lastPara = Number(para[1]);
        current = { kind: "paragraph", num: lastPara, lines: para[2] ? [para[2]] : [] };
        blocks.push(current);
        prevLine = line;
        continue;
      }
    }

    const roman = line.match(ROMAN);
    const letter = line.match(LETTER);
    if ((roman || letter) && !startsParagraph) {
      const value = roman ? romanValue(roman[1] as string) : null;
      const letterFits =
        letter && (lastLetter === null ? letter[1] === "A" : (letter[1] as string) > lastLetter);
      const preferRoman =
        value !== null && (value === lastRoman + 1 || !(letter && letter[1] === nextLetter(lastLetter)));
      const marker = roman && preferRoman ? roman : letter && (letterFits || !roman) ? letter : null;
      const h = marker ? headingText(marker[2], i) : null;
      if (marker && h) {
        if (marker === roman && value !== null) {
          heading("chapter", h.text);
          lastRoman = value;
          lastLetter = null;
        } else {
          heading("section", h.text);
          lastLetter = marker[1] as string;
        }
        i = h.skip;
        continue;
      }
    }

    // "1. Legal framework": a numbered sub-heading, told from a paragraph by its number.
    if (para && !startsParagraph) {
      const h = headingText(para[2], i);
      if (h && h.text.length <= 100 && Number(para[1]) < 30) {
        heading("subsection", h.text);
        i = h.skip;
        continue;
      }
    }

    if (!startsParagraph && isPlainHeading(line, i)) {
      heading("plain", line);
      continue;
    }

    if (!current) {
      current = { kind: "paragraph", num: null, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
    prevLine = line;
  }
  return blocks;

  /** `afterHeading`: looking ahead from a heading to a sub-heading right below it. */
  function isPlainHeading(line: string, i: number, afterHeading = false): boolean {
    if (!looksLikeHeading(line) || line.length > 100 || line.split(" ").length > 12) return false;
    if (!(afterHeading || endsSentence(prevLine)) || ITEM.test(line) || BULLET.test(line)) return false;
    const next = nextContent(i);
    if (!next) return false;
    const blankAfter = next.index > i + 1;
    return (
      isStructural(next.line) ||
      (!afterHeading && isPlainHeading(next.line, next.index, true)) ||
      (blankBeforeLine(i) && blankAfter) ||
      // Word and web documents: one line per paragraph, so body text lines are long.
      (next.line.length > 200 && line.length < 80)
    );
  }

  function blankBeforeLine(i: number): boolean {
    return i === 0 || !lines[i - 1];
  }
}

/** (a) … (z), then (aa), (bb) … as United Nations documents letter their lists. */
export function letterIndex(token: string): number | null {
  if (/^[a-z]$/.test(token)) return token.charCodeAt(0) - 97;
  if (/^([a-z])\1$/.test(token)) return 26 + token.charCodeAt(0) - 97;
  return null;
}

export function nextLetter(letter: string | null): string {
  if (letter === null) return "A";
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}
