/**
 * Small text helpers shared by the extraction steps. Matching is done on a "folded" copy of the
 * text (lower case, accents removed) that keeps every character at the same index as the
 * original, so a match found in the fold can be sliced out of the original verbatim.
 */

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    const base = ch.normalize("NFD")[0] ?? ch;
    // Typographic apostrophes and dashes are written interchangeably in reports and in our titles.
    f = /[’‘ʼ`´]/.test(base) ? "'" : /[‐‑‒–—]/.test(base) ? "-" : base.toLowerCase();
    if (f.length !== 1) f = ch;
    foldCache.set(ch, f);
  }
  return f;
}

/** Lower case without accents, one output character per input UTF-16 unit. */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const code = ch.charCodeAt(0);
    // Halves of astral characters pass through unchanged, so the length stays equal.
    out += code >= 0xd800 && code <= 0xdfff ? ch : foldChar(ch);
  }
  return out;
}

/** Like `fold` but keeps the case (for names that must be matched as proper nouns). */
export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Collapses every run of whitespace to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words that mark a recommending sentence, in English, French and Spanish (matched on folded text). */
export const RECOMMENDING =
  /\b(?:recommend\w*|urges?|urged|calls? (?:up)?on|invites?|encourages?|requests?|exhorts?|should|must|ought to|needs? to|recommand\w*|exhorte\w*|engage(?:nt)?|invite(?:nt)?|encourage(?:nt)?|prie(?:nt)?|devr(?:ait|aient|a|ont)|doi(?:t|vent)|recomien\w+|recomend\w+|insta(?:n)?|exhorta(?:n)?|alienta(?:n)?|invita(?:n)?|pide(?:n)?|deber(?:ia|ian|a|an)|debe(?:n)?)\b/;

/**
 * United Nations document symbols of Special Procedures reports: `A/HRC/43/47/Add.1`, before 2006
 * `E/CN.4/2006/52/Add.3`, and General Assembly reports `A/73/314`. Placeholders of the templates
 * (`A/HRC/SS/##/Add.#`) have no digits and never match.
 */
export const SYMBOL_SOURCE = String.raw`(?<![\w/])(?:A\/HRC\/\d{1,2}\/\d{1,3}|E\/CN\.4\/(?:19|20)\d\d\/\d{1,3}|A\/\d{2}\/\d{3})(?:\/Add\.\d{1,2})?(?:\/Corr\.\d{1,2})?(?![\w/])`;
