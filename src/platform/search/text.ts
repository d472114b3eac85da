/** Pure text preparation for full-text search: the same steps run on indexed texts and on queries. */

const configs: Record<string, string> = {
  en: "vd_english",
  fr: "vd_french",
  es: "vd_spanish",
  ru: "vd_russian",
  ar: "vd_arabic",
};

/** The text search configuration for a text's language; languages without a stemmer use `vd_simple`. */
export function configFor(lang: string): string {
  return configs[lang.slice(0, 2).toLowerCase()] ?? "vd_simple";
}

/** Every configuration a query is parsed with, so one query finds texts in any language. */
export const allConfigs = [...new Set([...Object.values(configs), "vd_simple"])];

const han = /\p{Script=Han}/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * PostgreSQL's parser cannot split Chinese into words, so runs of Han characters are segmented
 * with Intl.Segmenter and joined with spaces; other text is left as it is.
 */
export function segment(text: string): string {
  if (!han.test(text)) return text;
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const words: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike || s.segment.trim()) words.push(s.segment);
  return words.join(" ").replace(/\s+/g, " ").trim();
}

/** Lower case, accents removed, whitespace folded: the form the trigram (typo) match compares. */
export function plain(text: string): string {
  return segment(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * ts_headline marks matches with control characters rather than tags, so that the text can be
 * escaped first and only our own <mark> elements reach the page.
 */
export function snippetHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (ch) => escapes[ch] ?? ch)
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
}
