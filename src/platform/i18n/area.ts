/**
 * UI text that an area keeps beside its code (`src/<area>/messages.ts`), so an area is one
 * room: English is complete; the other languages may lag and then fall back to English.
 */
export interface AreaCatalogue {
  en: Readonly<Record<string, string>>;
  fr?: Readonly<Record<string, string>>;
  es?: Readonly<Record<string, string>>;
  ar?: Readonly<Record<string, string>>;
}
