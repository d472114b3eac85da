import {
  type Addressee,
  type AddresseeMatch,
  addresseeHeading,
  addresseeOf,
  subjectAddressee,
} from "./addressee";
import {
  type Block,
  BULLET,
  type HeadingLevel,
  ITEM,
  letterIndex,
  parseStructure,
  romanValue,
} from "./structure";
import { fold, RECOMMENDING, squash } from "./text";

export interface Recommendation {
  /** `85`, `85(b)`, `85(b)(ii)`; `p1`, `p2`… in a text without paragraph numbers. */
  ref: string;
  addressee: Addressee | null;
  addresseeAsWritten: string | null;
  /** The thematic heading the recommendation stands under, if any. */
  heading: string | null;
  /** The recommendation's own words, without its number or letter. */
  text: string;
  /** The whole paragraph it comes from, to show beside it when reviewing. */
  paragraph: string;
}

type SectionKind = "recommendations" | "both" | "conclusions";

/** What a heading announces: recommendations, conclusions, or both (in English, French, Spanish). */
export function sectionKind(heading: string): SectionKind | null {
  const h = fold(squash(heading))
    .replace(/[^a-z' ]/g, " ")
    .replace(/ +/g, " ")
    .trim();
  if (
    /^(?:(?:main|key|general|final) )?(?:conclusions?|conclusiones|observations finales) (?:and|et|y) (?:recommendations?|recommandations?|recomendaciones)\b/.test(
      h,
    )
  )
    return "both";
  if (
    /^(?:(?:main|key|principal|specific|general|further|other|summary of|principales|autres|resume des|resumen de las?|otras|principales) )?(?:recommendations?|recommandations?|recomendaciones)\b/.test(
      h,
    )
  )
    return "recommendations";
  if (/^(?:(?:main|general|final) )?(?:conclusions?|conclusiones|observations finales)$/.test(h))
    return "conclusions";
  return null;
}

interface Section {
  start: number;
  end: number;
  /** all: every paragraph recommends; filter: conclusions and recommendations mixed. */
  mode: "all" | "filter";
}

const isNumbered = (b: Block | undefined): b is Extract<Block, { kind: "paragraph" }> =>
  b?.kind === "paragraph" && b.num !== null;

/**
 * The conclusions-and-recommendations part. It is the report's last chapter, so the last chapter
 * announcing recommendations wins (an earlier one may review a predecessor's recommendations);
 * without numbered chapters, the last heading announcing conclusions and recommendations, or else
 * the first announcing recommendations. A heading with no text under it (a table of contents
 * entry) does not count.
 */
function findSection(blocks: Block[]): Section | null {
  const anyNumbered = blocks.some(isNumbered);
  const candidates: (Section & { level: HeadingLevel; kind: SectionKind })[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b?.kind !== "heading" || b.level === "annex") continue;
    const kind = sectionKind(b.text);
    if (kind !== "recommendations" && kind !== "both") continue;
    let end = i + 1;
    while (end < blocks.length) {
      const e = blocks[end] as Block;
      if (e.kind === "heading" && (e.level === "chapter" || e.level === "annex")) break;
      if (
        e.kind === "heading" &&
        b.level === "section" &&
        e.level === "section" &&
        sectionKind(e.text) === "conclusions"
      )
        break;
      end++;
    }
    const inside = blocks.slice(i + 1, end);
    const text = inside.some((x) => x.kind === "paragraph" && x.lines.join(" ").length > 40);
    if (inside.some(isNumbered) || (!anyNumbered && text))
      candidates.push({ start: i, end, mode: kind === "both" ? "filter" : "all", level: b.level, kind });
  }
  return (
    candidates.filter((c) => c.level === "chapter").pop() ??
    candidates.filter((c) => c.kind === "both").pop() ??
    candidates[0] ??
    null
  );
}

/**
 * Without a heading (a fragment of a report), the recommendations are taken to be the run of
 * recommending paragraphs that ends the report's numbered text: a report's last chapter is its
 * recommendations, and earlier paragraphs that happen to "recommend" are followed by findings.
 */
function trailingRun(blocks: Block[]): Section | null {
  let end = blocks.length;
  const firstNumbered = blocks.findIndex(isNumbered);
  const annex = blocks.findIndex((b, i) => b.kind === "heading" && b.level === "annex" && i > firstNumbered);
  if (firstNumbered >= 0 && annex > 0) end = annex;
  let start = -1;
  for (let i = end - 1; i >= 0; i--) {
    const b = blocks[i] as Block;
    if (!isNumbered(b)) continue;
    if (!RECOMMENDING.test(fold(opening(b.lines)))) break;
    start = i;
  }
  return start < 0 ? null : { start: start - 1, end, mode: "all" };
}

/** The chapeau of a list, or else the first sentence. */
function opening(lines: string[]): string {
  const { chapeau, items } = parseItems(lines);
  const text = squash((items.length ? chapeau : lines).join(" "));
  const stop = text.search(/[.!?](?=\s+[\p{Lu}“"(]|$)/u);
  return stop < 0 ? text : text.slice(0, stop + 1);
}

interface Item {
  key: string;
  lines: string[];
  subs: { key: string; lines: string[] }[];
}

const introducesList = (text: string) => /(?:[:—–-]|\b(?:to|that|que|à|a|de))$/.test(text.trim());

/**
 * A paragraph's chapeau and its lettered items with their (i), (ii) sub-items. A marker is an item
 * only where the sequence expects it, so "(i)" after "(h)" is a letter unless (h) introduces a list.
 */
export function parseItems(lines: string[]): { chapeau: string[]; items: Item[] } {
  const chapeau: string[] = [];
  const items: Item[] = [];
  let style: "alpha" | "roman" | null = null;
  const value = (key: string) => (style === "roman" ? romanValue(key) : letterIndex(key));
  for (const line of lines) {
    const m = line.match(ITEM);
    const cur = items[items.length - 1];
    const sub = cur?.subs[cur.subs.length - 1];
    if (m) {
      const key = m[1] as string;
      const entry = { key, lines: m[2] ? [m[2]] : [] };
      const subValue = romanValue(key);
      if (cur && style === "alpha" && subValue !== null) {
        const opensSubList = !sub && key === "i" && introducesList(cur.lines.join(" "));
        if (opensSubList || (sub && subValue === (romanValue(sub.key) ?? 0) + 1)) {
          cur.subs.push(entry);
          continue;
        }
      }
      if (!cur && (key === "a" || key === "i")) {
        const intro = squash(chapeau.join(" "));
        if (!intro || introducesList(intro) || RECOMMENDING.test(fold(intro))) {
          style = key === "a" ? "alpha" : "roman";
          items.push({ ...entry, subs: [] });
          continue;
        }
      }
      if (cur) {
        const next = value(key);
        const last = value(cur.key);
        if (next !== null && last !== null && next > last && next <= last + 3) {
          items.push({ ...entry, subs: [] });
          continue;
        }
      }
    }
    (sub?.lines ?? cur?.lines ?? chapeau).push(line);
  }
  // A lone "(a)" after a chapeau that introduces nothing is a cross-reference that wrapped.
  if (items.length === 1 && !introducesList(squash(chapeau.join(" ")))) return { chapeau: lines, items: [] };
  return { chapeau, items };
}

interface Context {
  heading: string | null;
  group: AddresseeMatch | null;
  countryNames: readonly string[];
}

const withAddressee = (m: AddresseeMatch | null) => ({
  addressee: m?.addressee ?? null,
  addresseeAsWritten: m?.asWritten ?? null,
});

function paragraphRecommendations(ref: string, lines: string[], ctx: Context): Recommendation[] {
  const paragraph = squash(lines.join(" "));
  const { chapeau, items } = parseItems(lines);
  const base = { heading: ctx.heading, paragraph };
  if (!items.length) {
    return [
      {
        ref,
        text: paragraph,
        ...base,
        ...withAddressee(addresseeOf(paragraph, ctx.countryNames) ?? ctx.group),
      },
    ];
  }
  const fromChapeau = addresseeOf(squash(chapeau.join(" ")), ctx.countryNames) ?? ctx.group;
  return items.flatMap((item) => {
    const itemText = squash(item.lines.join(" "));
    const forItem = subjectAddressee(itemText, ctx.countryNames) ?? fromChapeau;
    if (!item.subs.length)
      return [{ ref: `${ref}(${item.key})`, text: itemText, ...base, ...withAddressee(forItem) }];
    return item.subs.map((sub) => {
      const text = squash(sub.lines.join(" "));
      return {
        ref: `${ref}(${item.key})(${sub.key})`,
        text,
        ...base,
        ...withAddressee(subjectAddressee(text, ctx.countryNames) ?? forItem),
      };
    });
  });
}

/**
 * Every recommendation in the conclusions-and-recommendations part of cleaned report text (see
 * clean.ts), split into numbered paragraphs, lettered items and (i), (ii) sub-items.
 */
export function extractRecommendations(
  cleaned: string,
  options: { countryNames?: readonly string[] } = {},
): Recommendation[] {
  const blocks = parseStructure(cleaned);
  const section = findSection(blocks) ?? trailingRun(blocks);
  if (!section) return [];
  const inside = blocks.slice(section.start + 1, section.end);
  const numbered = inside.some(isNumbered);
  const out: Recommendation[] = [];
  const ctx: Context = { heading: null, group: null, countryNames: options.countryNames ?? [] };
  let mode: "all" | "filter" | "none" = section.mode;
  let ordinal = 0;
  let intro = "";
  for (const b of inside) {
    if (b.kind === "heading") {
      const kind = sectionKind(b.text);
      if (kind === "conclusions") mode = "none";
      else if (kind) mode = kind === "both" ? "filter" : "all";
      if (b.level === "section" || kind) ctx.group = ctx.heading = null;
      const group = addresseeHeading(b.text);
      if (group) {
        ctx.group = group;
        ctx.heading = null;
      } else if (!kind) ctx.heading = b.text;
      continue;
    }
    if (mode === "none") continue;
    if (b.num !== null) {
      if (mode === "filter" && !RECOMMENDING.test(fold(b.lines.join(" ")))) continue;
      out.push(...paragraphRecommendations(String(b.num), b.lines, ctx));
    } else if (!numbered) {
      // A statement without paragraph numbers: each recommending paragraph, or bullet, is one;
      // a paragraph ending in a colon introduces the ones that follow.
      const units = bulletUnits(b.lines, intro);
      intro = "";
      for (const unit of units) {
        if (unit.text.endsWith(":")) {
          intro = unit.text;
          continue;
        }
        if (!RECOMMENDING.test(fold(unit.text))) continue;
        ordinal++;
        const m =
          subjectAddressee(unit.text, ctx.countryNames) ??
          addresseeOf(unit.intro, ctx.countryNames) ??
          addresseeOf(unit.text, ctx.countryNames) ??
          ctx.group;
        out.push({
          ref: `p${ordinal}`,
          text: unit.text,
          heading: ctx.heading,
          paragraph: unit.paragraph,
          ...withAddressee(m),
        });
      }
    }
  }
  return out;
}

function bulletUnits(lines: string[], before: string): { intro: string; text: string; paragraph: string }[] {
  const paragraph = squash(lines.join(" "));
  const intro: string[] = before ? [before] : [];
  const bullets: string[][] = [];
  for (const line of lines) {
    const m = line.match(BULLET);
    if (m) bullets.push([m[1] as string]);
    else (bullets[bullets.length - 1] ?? intro).push(line);
  }
  if (!bullets.length) return [{ intro: before, text: paragraph, paragraph }];
  return bullets.map((b) => ({ intro: squash(intro.join(" ")), text: squash(b.join(" ")), paragraph }));
}
