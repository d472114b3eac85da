import type { Locale } from "../platform/i18n";
import type { SearchDocument } from "../platform/search";
import { en } from "./content/en";
import { es } from "./content/es";
import { fr } from "./content/fr";

/** The lifecycle stages of a country visit, in order, plus the page on where our data comes from. */
export const guideSlugs = ["know", "obtain", "before", "during", "after", "unofficial", "sources"] as const;
export type GuideSlug = (typeof guideSlugs)[number];

export interface GuideSection {
  heading: string;
  paragraphs: string[];
  /** Short, practical advice shown as a list. */
  tips?: string[];
}

export interface GuidePage {
  title: string;
  /** One or two sentences: shown on the guide's index and the home page. */
  summary: string;
  sections: GuideSection[];
}

export type GuideBook = Record<GuideSlug, GuidePage>;

/** Guide texts by language; a language without its own text is shown the English one, marked as such. */
const books: Partial<Record<Locale, GuideBook>> = { en, fr, es };

export function isGuideSlug(s: string): s is GuideSlug {
  return (guideSlugs as readonly string[]).includes(s);
}

export function guideBook(locale: Locale): { book: GuideBook; lang: Locale; fallback: boolean } {
  const own = books[locale];
  return own ? { book: own, lang: locale, fallback: false } : { book: en, lang: "en", fallback: true };
}

export function guideSearchDocuments(): SearchDocument[] {
  return Object.entries(books).flatMap(([lang, book]) =>
    guideSlugs.map((slug) => {
      const p = (book as GuideBook)[slug];
      return {
        type: "guide",
        refId: slug,
        lang,
        title: p.title,
        body: [p.summary, ...p.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.tips ?? [])])].join(
          "\n",
        ),
        url: `/guide/${slug}`,
      };
    }),
  );
}
