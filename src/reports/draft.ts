import { normaliseRef, REF } from "./address";
import { type Addressee, addressees, type Recommendation } from "./extract";

/**
 * The recommendations of a report under review: what the extractor found, as the reviewer corrects
 * it. Plain data and pure functions; every change returns a new list. `key` addresses an item in
 * forms and stays with it through edits (a ref may change, and two items may briefly share one).
 */
export interface DraftRecommendation {
  key: string;
  ref: string;
  addressee: Addressee | null;
  addresseeAsWritten: string | null;
  heading: string | null;
  text: string;
  /** The paragraph of the report it comes from; empty for an item the reviewer added. */
  paragraph: string;
}

export type ReviewProblemCode =
  | "unknown_item"
  | "no_next_item"
  | "empty_text"
  | "bad_ref"
  | "duplicate_ref"
  | "split_point"
  | "too_many";

/** A change the review cannot make, with the field (`items.3.ref`) it concerns. */
export class ReviewProblem extends Error {
  constructor(
    readonly code: ReviewProblemCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = "ReviewProblem";
  }
}

/** A report with more recommendations than this is not one report. */
export const MAX_ITEMS = 2000;

export function draftFromExtraction(found: Recommendation[], newKey: () => string): DraftRecommendation[] {
  return found.map((r) => ({
    key: newKey(),
    ref: normaliseRef(r.ref),
    addressee: r.addressee,
    addresseeAsWritten: r.addresseeAsWritten,
    heading: r.heading,
    text: r.text,
    paragraph: r.paragraph,
  }));
}

function indexOf(list: readonly DraftRecommendation[], key: string): number {
  const i = list.findIndex((r) => r.key === key);
  if (i < 0) throw new ReviewProblem("unknown_item", "This recommendation is no longer in the draft.");
  return i;
}

export type RecommendationEdit = Partial<Omit<DraftRecommendation, "key" | "paragraph">>;

export function editRecommendation(
  list: readonly DraftRecommendation[],
  key: string,
  edit: RecommendationEdit,
): DraftRecommendation[] {
  const i = indexOf(list, key);
  const next = [...list];
  next[i] = { ...(list[i] as DraftRecommendation), ...edit };
  return next;
}

export function removeRecommendation(
  list: readonly DraftRecommendation[],
  key: string,
): DraftRecommendation[] {
  const i = indexOf(list, key);
  return [...list.slice(0, i), ...list.slice(i + 1)];
}

/**
 * The item and the one after it become one: the texts joined, the first one's reference, heading
 * and addressee kept (the extractor cut one recommendation in two).
 */
export function mergeWithNext(list: readonly DraftRecommendation[], key: string): DraftRecommendation[] {
  const i = indexOf(list, key);
  const first = list[i] as DraftRecommendation;
  const second = list[i + 1];
  if (!second)
    throw new ReviewProblem(
      "no_next_item",
      "This is the last recommendation: there is none after it to merge.",
    );
  const paragraph =
    first.paragraph === second.paragraph || !second.paragraph
      ? first.paragraph
      : [first.paragraph, second.paragraph].filter(Boolean).join("\n\n");
  const merged = { ...first, text: `${first.text.trimEnd()} ${second.text.trimStart()}`.trim(), paragraph };
  return [...list.slice(0, i), merged, ...list.slice(i + 2)];
}

/**
 * The reviewer marks where a second recommendation starts by breaking the line there; the text
 * before and after the first line break are the two parts.
 */
export function splitText(edited: string): [string, string] | null {
  const m = /\r?\n/.exec(edited.trim());
  if (!m) return null;
  const trimmed = edited.trim();
  const first = trimmed.slice(0, m.index).replace(/\s+/g, " ").trim();
  const second = trimmed.slice(m.index).replace(/\s+/g, " ").trim();
  return first && second ? [first, second] : null;
}

/** One item becomes two: the second part gets `newRef` and shares the source paragraph. */
export function splitRecommendation(
  list: readonly DraftRecommendation[],
  key: string,
  edited: string,
  newRef: string,
  newKey: string,
): DraftRecommendation[] {
  const i = indexOf(list, key);
  const parts = splitText(edited);
  if (!parts)
    throw new ReviewProblem(
      "split_point",
      "Break the line where the second recommendation starts; both parts need some text.",
      "text",
    );
  const item = list[i] as DraftRecommendation;
  return [
    ...list.slice(0, i),
    { ...item, text: parts[0] },
    { ...item, key: newKey, ref: normaliseRef(newRef), text: parts[1] },
    ...list.slice(i + 1),
  ];
}

/** A new item, after the one with key `after` (at the start when null, at the end when absent). */
export function addRecommendation(
  list: readonly DraftRecommendation[],
  item: DraftRecommendation,
  after?: string | null,
): DraftRecommendation[] {
  if (after === undefined) return [...list, item];
  const at = after === null ? 0 : indexOf(list, after) + 1;
  return [...list.slice(0, at), item, ...list.slice(at)];
}

const ROMAN: [number, string][] = [
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function romanOf(n: number): string {
  let out = "";
  for (const [value, digits] of ROMAN)
    while (n >= value) {
      out += digits;
      n -= value;
    }
  return out;
}

function romanValue(s: string): number | null {
  if (!/^[ivxl]+$/.test(s)) return null;
  for (let n = 1; n < 50; n++) if (romanOf(n) === s) return n;
  return null;
}

/**
 * The reference that usually follows `ref`: `85(b)` → `85(c)`, `85(b)(ii)` → `85(b)(iii)`,
 * `85` → `86`, `p3` → `p4`. A guess the reviewer may correct (after `(h)`, `(i)` is a letter).
 */
export function nextRef(ref: string): string {
  const r = normaliseRef(ref);
  const last = r.match(/\(([0-9a-z]+)\)$/);
  if (last) {
    const head = r.slice(0, last.index);
    const token = last[1] as string;
    const isSub = (head.match(/\(/g) ?? []).length > 0;
    const roman = romanValue(token);
    if (roman !== null && (isSub || token.length > 1)) return `${head}(${romanOf(roman + 1)})`;
    if (/^\d+$/.test(token)) return `${head}(${Number(token) + 1})`;
    if (/^([a-z])\1?$/.test(token)) {
      const c = token.charCodeAt(0);
      const next = c === 122 ? "aa" : String.fromCharCode(c + 1).repeat(token.length);
      return `${head}(${next})`;
    }
    return `${r}(a)`;
  }
  const num = r.match(/^(p?)(\d+)$/);
  if (num) return `${num[1]}${Number(num[2]) + 1}`;
  return `${r}(a)`;
}

/** What must be right before a draft can be accepted: each item a text and a reference of its own. */
export function draftProblems(list: readonly DraftRecommendation[]): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (list.length > MAX_ITEMS)
    problems.push(new ReviewProblem("too_many", `A report holds at most ${MAX_ITEMS} recommendations.`));
  const seen = new Map<string, number>();
  list.forEach((r, i) => {
    if (!REF.test(r.ref))
      problems.push(
        new ReviewProblem(
          "bad_ref",
          `“${r.ref}” is not a reference like 85, 85(b) or 85(b)(ii).`,
          `items.${i}.ref`,
        ),
      );
    else if (seen.has(r.ref))
      problems.push(
        new ReviewProblem(
          "duplicate_ref",
          `Two recommendations have the reference ${r.ref} (items ${(seen.get(r.ref) as number) + 1} and ${i + 1}).`,
          `items.${i}.ref`,
        ),
      );
    seen.set(r.ref, i);
    if (!r.text.trim())
      problems.push(
        new ReviewProblem("empty_text", `Recommendation ${r.ref} has no text.`, `items.${i}.text`),
      );
  });
  return problems;
}

export const isAddressee = (v: unknown): v is Addressee => (addressees as readonly unknown[]).includes(v);

/** What accepting a report does to the records of its symbol, recognised by their reference. */
export interface AcceptancePlan<T> {
  /** Items whose reference has no record yet. */
  added: T[];
  /** Items whose reference has a record (its id kept, so its address and history stay). */
  kept: { id: string; item: T }[];
  /** Records whose reference the review no longer has. */
  removed: string[];
}

/**
 * Accepting the same report twice changes nothing: a record is the recommendation of one symbol
 * and one reference, so the draft's items are matched to the existing records by reference.
 */
export function planAcceptance<T extends { ref: string }>(
  existing: readonly { id: string; ref: string }[],
  items: readonly T[],
): AcceptancePlan<T> {
  const byRef = new Map(existing.map((e) => [e.ref, e.id]));
  const plan: AcceptancePlan<T> = { added: [], kept: [], removed: [] };
  const wanted = new Set<string>();
  for (const item of items) {
    wanted.add(item.ref);
    const id = byRef.get(item.ref);
    if (id) plan.kept.push({ id, item });
    else plan.added.push(item);
  }
  plan.removed = existing.filter((e) => !wanted.has(e.ref)).map((e) => e.id);
  return plan;
}
