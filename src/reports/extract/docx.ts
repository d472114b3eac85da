import { Parser } from "htmlparser2";
import { ReportError } from "./errors";
import { type ZipEntry, zipEntries, zipRead } from "./zip";

/**
 * The text of a Word document, one line per paragraph, with Word's automatic numbering written
 * out ("85.", "(b)"): UN reports number paragraphs and list items that way, and a recommendation's
 * reference is its number. (mammoth drops the numbers, which is why this reads the XML itself.)
 */
export function docxText(bytes: Uint8Array, maxUnpackedBytes: number): string {
  const entries = zipEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const document = byName.get("word/document.xml");
  if (!document)
    throw new ReportError(
      "unsupported_format",
      "This ZIP file is not a Word document (DOCX). Upload a PDF, DOCX, HTML or plain-text file.",
    );
  const parts = ["word/document.xml", "word/numbering.xml", "word/styles.xml"]
    .map((name) => byName.get(name))
    .filter((e): e is ZipEntry => e !== undefined);
  const unpacked = parts.reduce((sum, e) => sum + e.size, 0);
  if (unpacked > maxUnpackedBytes)
    throw new ReportError(
      "too_large",
      `This Word document unpacks to ${Math.round(unpacked / 1e6)} MB of text, more than a report has; it was not opened.`,
    );
  const xml = (e: ZipEntry | undefined) => (e ? zipRead(bytes, e).toString("utf8") : "");
  const numbering = readNumbering(xml(byName.get("word/numbering.xml")));
  const styles = readStyleNumbering(xml(byName.get("word/styles.xml")));
  return readBody(xml(document), numbering, styles);
}

interface Level {
  format: string;
  text: string;
  start: number;
}

interface Numbering {
  /** numId → levels (by ilvl) */
  levels: Map<string, Map<number, Level>>;
}

function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  let currentAbstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel = 0;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === "w:abstractNum") {
          currentAbstract = new Map();
          abstract.set(a["w:abstractNumId"] ?? "", currentAbstract);
        } else if (name === "w:lvl" && currentAbstract) {
          level = { format: "decimal", text: "", start: 1 };
          currentAbstract.set(Number(a["w:ilvl"] ?? 0), level);
        } else if (name === "w:start" && level) level.start = Number(a["w:val"] ?? 1);
        else if (name === "w:numFmt" && level) level.format = a["w:val"] ?? "decimal";
        else if (name === "w:lvlText" && level) level.text = a["w:val"] ?? "";
        else if (name === "w:num") {
          num = { abstractId: "", starts: new Map() };
          nums.set(a["w:numId"] ?? "", num);
        } else if (name === "w:abstractNumId" && num) num.abstractId = a["w:val"] ?? "";
        else if (name === "w:lvlOverride") overrideLevel = Number(a["w:ilvl"] ?? 0);
        else if (name === "w:startOverride" && num) num.starts.set(overrideLevel, Number(a["w:val"] ?? 1));
      },
      onclosetag(name) {
        if (name === "w:abstractNum") currentAbstract = null;
        else if (name === "w:lvl") level = null;
        else if (name === "w:num") num = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  const levels = new Map<string, Map<number, Level>>();
  for (const [numId, n] of nums) {
    const base = abstract.get(n.abstractId);
    if (!base) continue;
    const own = new Map<number, Level>();
    for (const [ilvl, l] of base) own.set(ilvl, { ...l, start: n.starts.get(ilvl) ?? l.start });
    levels.set(numId, own);
  }
  return { levels };
}

/** Paragraph styles that carry numbering (UN templates number paragraphs through their style). */
function readStyleNumbering(
  xml: string,
): Map<string, { numId: string | null; ilvl: number; basedOn: string | null }> {
  const styles = new Map<string, { numId: string | null; ilvl: number; basedOn: string | null }>();
  let style: { numId: string | null; ilvl: number; basedOn: string | null } | null = null;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === "w:style") {
          style = { numId: null, ilvl: 0, basedOn: null };
          styles.set(a["w:styleId"] ?? "", style);
        } else if (!style) return;
        else if (name === "w:basedOn") style.basedOn = a["w:val"] ?? null;
        else if (name === "w:numId") style.numId = a["w:val"] ?? null;
        else if (name === "w:ilvl") style.ilvl = Number(a["w:val"] ?? 0);
      },
      onclosetag(name) {
        if (name === "w:style") style = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return styles;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
    case "upperLetter": {
      // Word continues a, …, z, aa, bb, … as UN documents do.
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "lowerRoman":
    case "upperRoman": {
      const table: [number, string][] = [
        [1000, "m"],
        [900, "cm"],
        [500, "d"],
        [400, "cd"],
        [100, "c"],
        [90, "xc"],
        [50, "l"],
        [40, "xl"],
        [10, "x"],
        [9, "ix"],
        [5, "v"],
        [4, "iv"],
        [1, "i"],
      ];
      let rest = n;
      let out = "";
      for (const [value, digits] of table)
        while (rest >= value) {
          out += digits;
          rest -= value;
        }
      return format === "upperRoman" ? out.toUpperCase() : out;
    }
    case "bullet":
      return "•";
    case "none":
      return "";
    default:
      return String(n);
  }
}

function readBody(
  xml: string,
  numbering: Numbering,
  styles: Map<string, { numId: string | null; ilvl: number; basedOn: string | null }>,
): string {
  const lines: string[] = [];
  const counters = new Map<string, number[]>();
  interface Para {
    text: string;
    numId: string | null;
    ilvl: number | null;
    styleId: string | null;
  }
  const stack: Para[] = [];
  let inText = false;
  let inParagraphProperties = 0;
  let skip = 0;

  const styleNumbering = (styleId: string | null) => {
    for (let id = styleId, depth = 0; id && depth < 10; depth++) {
      const s = styles.get(id);
      if (!s) return null;
      if (s.numId) return s;
      id = s.basedOn;
    }
    return null;
  };

  const label = (p: Para): string => {
    const fromStyle = styleNumbering(p.styleId);
    const numId = p.numId ?? fromStyle?.numId ?? null;
    if (!numId || numId === "0") return "";
    const ilvl = p.ilvl ?? fromStyle?.ilvl ?? 0;
    const levels = numbering.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return "";
    const count = counters.get(numId) ?? [];
    for (let i = 0; i < ilvl; i++) count[i] ??= (levels.get(i)?.start ?? 1) - 1;
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1;
    counters.set(numId, count);
    if (level.format === "bullet") return "• ";
    const text = level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(Math.max(1, count[i] ?? 1), levels.get(i)?.format ?? "decimal");
    });
    return text ? `${text} ` : "";
  };

  const parser = new Parser(
    {
      onopentag(name, a) {
        if (skip) {
          skip++;
          return;
        }
        const p = stack[stack.length - 1];
        switch (name) {
          // Drawings repeat their text in a fallback for old readers; deleted text is not text.
          case "mc:Fallback":
          case "w:del":
          case "w:footnoteReference":
          case "w:endnoteReference":
            skip = 1;
            return;
          case "w:p":
            stack.push({ text: "", numId: null, ilvl: null, styleId: null });
            return;
          case "w:pPr":
            inParagraphProperties++;
            return;
          case "w:pStyle":
            if (p && inParagraphProperties) p.styleId = a["w:val"] ?? null;
            return;
          case "w:numId":
            if (p && inParagraphProperties) p.numId = a["w:val"] ?? null;
            return;
          case "w:ilvl":
            if (p && inParagraphProperties) p.ilvl = Number(a["w:val"] ?? 0);
            return;
          case "w:t":
            inText = true;
            return;
          case "w:tab":
            if (p && !inParagraphProperties) p.text += "\t";
            return;
          case "w:br":
          case "w:cr":
            if (p && !inParagraphProperties) p.text += "\n";
            return;
        }
      },
      ontext(data) {
        const p = stack[stack.length - 1];
        if (inText && !skip && p) p.text += data;
      },
      onclosetag(name) {
        if (skip) {
          skip--;
          return;
        }
        if (name === "w:t") inText = false;
        else if (name === "w:pPr") inParagraphProperties--;
        else if (name === "w:p") {
          const p = stack.pop();
          if (!p) return;
          const text = p.text.replace(/[ \t]+/g, " ").trim();
          const prefix = label(p);
          if (text || prefix.trim()) lines.push(`${prefix}${text}`.trim());
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return lines.join("\n");
}
