import { IntlMessageFormat } from "intl-messageformat";
import type { AreaCatalogue } from "./area";
import { areaCatalogues } from "./areas";
import { ar as coreAr } from "./messages/ar";
import { type CoreMessageKey, en as coreEn } from "./messages/en";
import { es as coreEs } from "./messages/es";
import { fr as coreFr } from "./messages/fr";

type KeysOf<T> = T extends unknown ? keyof T : never;
export type MessageKey = CoreMessageKey | KeysOf<(typeof areaCatalogues)[number]["en"]>;

/** The six UN languages; a language without a catalogue of its own is not offered. */
export const locales = ["en", "fr", "es", "ar"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

function merged(core: Catalogue, locale: Locale): Catalogue {
  return Object.assign({}, core, ...areaCatalogues.map((area) => (area as AreaCatalogue)[locale] ?? {}));
}

/** English: the complete catalogue and the source of every key. */
export const en = merged(coreEn, "en") as Record<MessageKey, string>;
const catalogues: Record<Locale, Catalogue> = {
  en,
  fr: merged(coreFr, "fr"),
  es: merged(coreEs, "es"),
  ar: merged(coreAr, "ar"),
};
const rtl = new Set(["ar", "fa", "he", "ur"]);

export const localeNames: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ar: "العربية",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

type Catalogue = Partial<Record<MessageKey, string>>;

export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

export interface I18n {
  locale: Locale;
  dir: "ltr" | "rtl";
  t: Translate;
  /** True when the text of `key` falls back to English in this locale. */
  isFallback(key: MessageKey): boolean;
  formatDate(date: Date | string, style?: "long" | "short"): string;
  formatNumber(n: number): string;
}

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, catalogue: Catalogue, key: MessageKey, values?: Values): string {
  const own = catalogue[key];
  const source = own ?? en[key];
  const lang = own === undefined ? defaultLocale : locale;
  // Shipped catalogues are cached by language; a catalogue passed in (tests) is compiled afresh.
  const shipped = catalogue === catalogues[locale];
  const id = `${lang}\u0000${key}`;
  let mf = shipped || own === undefined ? compiled.get(id) : undefined;
  if (!mf) {
    mf = new IntlMessageFormat(source, lang);
    if (shipped || own === undefined) compiled.set(id, mf);
  }
  return String(mf.format(values));
}

/** A shipped catalogue (core and areas merged), for tests of its messages. */
export function shippedCatalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}

/** The reader's language; `catalogue` replaces the shipped one (tests of the fallback use it). */
export function createI18n(locale: Locale, catalogue: Catalogue = catalogues[locale]): I18n {
  const dateFormats = {
    long: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
    short: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }),
  };
  const numberFormat = new Intl.NumberFormat(locale);
  return {
    locale,
    dir: rtl.has(locale) ? "rtl" : "ltr",
    t: (key, values) => format(locale, catalogue, key, values),
    isFallback: (key) => catalogue[key] === undefined,
    formatDate: (date, style = "long") =>
      dateFormats[style].format(typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date),
    formatNumber: (n) => numberFormat.format(n),
  };
}

/**
 * Picks the reader's language: an explicit choice (cookie) wins, then the browser's
 * Accept-Language preferences in order of their q-values, then English.
 */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((w) => w.tag && !Number.isNaN(w.q) && w.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const w of wanted) {
    const base = w.tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return defaultLocale;
}
