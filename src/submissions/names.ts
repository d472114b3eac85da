import type { Person } from "./model";
import { type Folded, foldWithMap, originalSpan } from "./text";

/**
 * Finding a person in free text, so a name typed without being marked as a mention is still
 * caught. Matching runs on folded text (see text.ts): case, accents, invisible characters and
 * common spelling variants do not hide a name, and a match must be a whole word ("Ana" is not
 * found in "Banana").
 *
 * - The full name (its words in order, separated by spaces, hyphens, dots or nothing) and each
 *   contact (e-mail, phone number in any spacing or with another prefix, handle, or the contact as
 *   written) are strong: the text names the person.
 * - A single word of a longer name ("García" alone) is weak: it may be the person or an ordinary
 *   word, so it is withheld wherever the person may not be named but does not block a part. It
 *   is only looked for in scripts with capital letters, where it must start with one; in other
 *   scripts (Arabic…) a first name alone cannot be told from an ordinary word, so only the full
 *   name is found there — mark such mentions explicitly and check the preview.
 */
export type Strength = "strong" | "weak";
export type Identifier = "name" | "contact";

export interface Occurrence {
  personId: string;
  start: number;
  end: number;
  kind: Identifier;
  strength: Strength;
}

interface Pattern {
  re: RegExp;
  kind: Identifier;
  /** A weak pattern only counts where the original text starts with a capital letter. */
  strength: Strength;
}

export interface PersonMatcher {
  personId: string;
  patterns: Pattern[];
  /** Digits of each phone number, at least 7. */
  phones: string[];
}

/** Words that join names but say nothing on their own (folded). */
const particles = new Set([
  "de",
  "da",
  "do",
  "dos",
  "das",
  "del",
  "della",
  "der",
  "den",
  "di",
  "du",
  "la",
  "le",
  "les",
  "van",
  "von",
  "ter",
  "ten",
  "al",
  "el",
  "bin",
  "ben",
  "ibn",
  "bint",
  "abu",
  "umm",
  "the",
  "mrs",
  "miss",
  "ابن",
  "بن",
  "بنت",
  "ابو",
  "ام",
  "عبد",
  "الله",
]);
const MIN_WEAK_LETTERS = 3;

// Scripts written without spaces between words: a name there has no word boundary to look for.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
// Korean attaches particles to the end of a name ("김철수는").
const SUFFIXED = /\p{sc=Hangul}/u;
const ARABIC = /\p{sc=Arabic}/u;
const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
/** Titles that may precede a name as recorded but not as written in the text (folded). */
const honorifics = new Set(["dr", "mr", "mrs", "ms", "m", "mme", "mlle", "sr", "sra", "srta", "prof", "me"]);

// Only syntax characters: in a Unicode-mode pattern escaping anything else ("\-") is an error.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * A pattern over folded text whose group `n` is the name. Arabic joins "and", "with", "for"…
 * (و ف ب ل ك) to the next word, so those may come before an Arabic name and stay outside the match.
 */
function wordPattern(folded: readonly string[], separator: string) {
  const first = folded[0]?.[0] ?? "";
  const lastWord = folded.at(-1) ?? "";
  const last = lastWord[lastWord.length - 1] ?? "";
  const before = UNSPACED.test(first) ? "" : ARABIC.test(first) ? "(?<!\\p{L})[وف]?[بلك]?" : "(?<!\\p{L})";
  const after = UNSPACED.test(last) || SUFFIXED.test(last) ? "" : "(?!\\p{L})";
  return new RegExp(`${before}(?<n>${folded.map(escapeRegExp).join(separator)})${after}`, "gud");
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/g;
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,}/gu;
const digitsOf = (s: string) => s.replace(/\D/g, "");

function nameWords(name: string): string[] {
  return foldWithMap(name)
    .text.split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

export function personMatcher(person: Pick<Person, "id" | "name" | "contact">): PersonMatcher {
  const patterns: Pattern[] = [];
  const words = nameWords(person.name);
  const titles = words.findIndex((w) => !honorifics.has(w));
  const full = titles > 0 ? words.slice(titles) : words;
  if (full.length > 0)
    patterns.push({
      re: wordPattern(full, "[\\s\\-.,'_]*"),
      kind: "name",
      strength: "strong",
    });
  if (full.length > 1) {
    const originalWords = person.name.split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean);
    for (const word of new Set(full)) {
      const letters = word.replace(/[^\p{L}]/gu, "").length;
      const cased = originalWords.some((w) => CASED.test(w) && nameWords(w)[0] === word);
      if (letters < MIN_WEAK_LETTERS || particles.has(word) || !cased) continue;
      patterns.push({
        re: wordPattern([word], ""),
        kind: "name",
        strength: "weak",
      });
    }
  }

  const phones: string[] = [];
  const contact = foldWithMap(person.contact ?? "").text;
  let rest = contact;
  const contactPattern = (text: string) =>
    patterns.push({
      re: new RegExp(
        `(?<![\\p{L}\\p{N}._%+-])(?<n>${escapeRegExp(text)})(?![\\p{L}\\p{N}_%+-]|\\.[\\p{L}\\p{N}])`,
        "gud",
      ),
      kind: "contact",
      strength: "strong",
    });
  for (const m of contact.matchAll(EMAIL)) {
    contactPattern(m[0]);
    rest = rest.replace(m[0], " ");
  }
  for (const m of rest.matchAll(HANDLE)) {
    contactPattern(m[0]);
    rest = rest.replace(m[0], " ");
  }
  for (const m of rest.matchAll(PHONE)) {
    if (digitsOf(m[0]).length < 7) continue;
    phones.push(digitsOf(m[0]));
    rest = rest.replace(m[0], " ");
  }
  // A contact that is none of these (a postal address, a messenger id) is looked for as written;
  // without a digit or a symbol it is more likely "unknown" or "none" than anything identifying.
  const asWritten = contact.replace(/^[^:\n]{1,20}:\s*/, "").trim();
  const identifying = /[\p{L}\p{N}]{3}/u.test(asWritten) && /[\d@._]/.test(asWritten);
  if (patterns.every((p) => p.kind !== "contact") && phones.length === 0 && identifying)
    contactPattern(asWritten);
  return { personId: person.id, patterns, phones };
}

function samePhone(candidate: string, phone: string): boolean {
  if (candidate.length < 7) return false;
  // The same number with or without a country or trunk prefix: compare its last nine digits.
  return candidate.includes(phone.slice(-9)) || phone.includes(candidate);
}

function occurrencesIn(f: Folded, original: string, m: PersonMatcher): Occurrence[] {
  const found: Occurrence[] = [];
  const push = (from: number, to: number, kind: Identifier, strength: Strength) => {
    const [start, end] = originalSpan(f, from, to, original.length);
    found.push({ personId: m.personId, start, end, kind, strength });
  };
  for (const p of m.patterns) {
    for (const match of f.text.matchAll(p.re)) {
      const [from, to] = match.indices?.groups?.n ?? [match.index, match.index + match[0].length];
      const at = original.codePointAt(f.starts[from] ?? 0) ?? 0;
      if (p.strength === "weak" && !CAPITAL.test(String.fromCodePoint(at))) continue;
      push(from, to, p.kind, p.strength);
    }
  }
  if (m.phones.length > 0)
    for (const match of f.text.matchAll(PHONE)) {
      const digits = digitsOf(match[0]);
      if (m.phones.some((phone) => samePhone(digits, phone)))
        push(match.index, match.index + match[0].length, "contact", "strong");
    }
  return found;
}

/** Every place the text names one of these people, in order; spans may overlap. */
export function findOccurrences(text: string, matchers: readonly PersonMatcher[]): Occurrence[] {
  if (matchers.length === 0 || text === "") return [];
  const f = foldWithMap(text);
  return matchers
    .flatMap((m) => occurrencesIn(f, text, m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The text with these occurrences replaced. Overlapping ones become one placeholder, the contact
 * one if any of them is a contact (a name inside an e-mail address withholds the whole address).
 */
export function replaceOccurrences(
  text: string,
  occurrences: readonly Occurrence[],
  placeholder: Record<Identifier, string>,
): string {
  const spans = [...occurrences].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (let i = 0; i < spans.length; ) {
    const first = spans[i] as Occurrence;
    let end = first.end;
    let kind = first.kind;
    for (i++; i < spans.length && (spans[i] as Occurrence).start < end; i++) {
      const next = spans[i] as Occurrence;
      end = Math.max(end, next.end);
      if (next.kind === "contact") kind = "contact";
    }
    out += text.slice(at, first.start) + placeholder[kind];
    at = end;
  }
  return out + text.slice(at);
}
