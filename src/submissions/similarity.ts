import { stricter } from "./audience";
import type { Part } from "./model";
import { type Block, fold, parseBody, serialiseBody, words } from "./text";

/**
 * Overlapping recommendations in a joint submission, for the coordinator to see side by side and
 * merge. Each recommendations part is a bag of folded words (the language's casing rules, no
 * accents, a plural "s" dropped), weighted by TF-IDF over the parts compared — so words every
 * contributor uses ("government", "should", "the") count for little — and compared by cosine.
 */
export interface Overlap {
  a: string;
  b: string;
  /** Cosine similarity, 0 to 1. */
  score: number;
}

export const defaultThreshold = 0.4;

function terms(part: Pick<Part, "heading" | "body">, language: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words(`${part.heading}\n${part.body}`, language)) {
    const f = fold(w, language);
    const term = f.length > 3 && f.endsWith("s") && !f.endsWith("ss") ? f.slice(0, -1) : f;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function vectors(docs: readonly Map<string, number>[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const term of d.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const v = new Map<string, number>();
    for (const [term, tf] of d) v.set(term, tf * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1));
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, w] of a) dot += w * (b.get(term) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}

/**
 * Pairs of recommendations parts at least `threshold` alike, most alike first. Organisation-only
 * parts are never compared: no one but their authors may see them side by side with others.
 */
export function findOverlaps(
  parts: readonly Part[],
  language: string,
  threshold: number = defaultThreshold,
): Overlap[] {
  const recs = parts.filter((p) => p.kind === "recommendations" && p.audience !== "organisation");
  const vs = vectors(recs.map((p) => terms(p, language)));
  const found: Overlap[] = [];
  for (let i = 0; i < recs.length; i++)
    for (let j = i + 1; j < recs.length; j++) {
      const score = cosine(vs[i] as Map<string, number>, vs[j] as Map<string, number>);
      if (score >= threshold) found.push({ a: (recs[i] as Part).id, b: (recs[j] as Part).id, score });
    }
  return found.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Paragraphs and list items of both, in order, each only once (compared folded). */
function mergeBlocks(a: readonly Block[], b: readonly Block[], language: string): Block[] {
  const seen = new Set<string>();
  const fresh = (text: string) => {
    const key = fold(text, language).replace(/\s+/g, " ").trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const out: Block[] = [];
  for (const block of [...a, ...b]) {
    if (block.type === "paragraph") {
      if (fresh(block.text)) out.push(block);
      continue;
    }
    const items = block.items.filter(fresh);
    const last = out.at(-1);
    if (items.length === 0) continue;
    if (last?.type === "list") last.items.push(...items);
    else out.push({ type: "list", items });
  }
  return out;
}

/**
 * Two overlapping parts as one: both texts (repeated paragraphs and items once), both
 * contributors, everyone mentioned in either, and the more restricted audience, so the merge
 * reaches no one either part could not. Both contributors' sign-offs lapse (their parts changed).
 */
export function merge(a: Part, b: Part, id: string, language: string): Part {
  const orgs = [...new Set([...a.contributorOrgIds, ...b.contributorOrgIds])];
  const sameAuthors =
    orgs.length === a.contributorOrgIds.length && orgs.length === b.contributorOrgIds.length;
  // An organisation-only part merged with another organisation's would show it to that organisation.
  if ((a.audience === "organisation" || b.audience === "organisation") && !sameAuthors)
    throw new Error("An organisation-only part can only be merged with a part of the same organisations");
  const sameHeading = fold(a.heading, language).trim() === fold(b.heading, language).trim();
  return {
    id,
    kind: a.kind,
    heading: sameHeading || !b.heading ? a.heading : a.heading ? `${a.heading} / ${b.heading}` : b.heading,
    body: serialiseBody(mergeBlocks(parseBody(a.body), parseBody(b.body), language)),
    audience: stricter(a.audience, b.audience),
    mentions: [...new Set([...a.mentions, ...b.mentions])],
    contributorOrgIds: orgs,
  };
}
