import { TYPE } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { areaCatalogues } from "./areas";
import { createI18n, en, type MessageKey, negotiateLocale, shippedCatalogue } from "./index";
import { en as coreEn } from "./messages/en";

describe("i18n", () => {
  it("prefers the cookie, then Accept-Language by q-value, then English", () => {
    expect(negotiateLocale("fr", "es")).toBe("fr");
    expect(negotiateLocale(undefined, "de-DE, es;q=0.8, fr;q=0.9")).toBe("fr");
    expect(negotiateLocale("xx", "ar-EG")).toBe("ar");
    expect(negotiateLocale(undefined, "de, ja;q=0.5")).toBe("en");
    expect(negotiateLocale(undefined, undefined)).toBe("en");
    expect(negotiateLocale(undefined, "fr;q=0, es")).toBe("es");
  });

  it("formats ICU plurals", () => {
    const { t } = createI18n("en");
    expect(t("mandates.count", { count: 0 })).toBe("No mandates");
    expect(t("mandates.count", { count: 1 })).toBe("1 mandate");
    expect(t("mandates.count", { count: 60 })).toBe("60 mandates");
  });

  it("sets the direction for right-to-left languages", () => {
    expect(createI18n("ar").dir).toBe("rtl");
    expect(createI18n("fr").dir).toBe("ltr");
  });

  it("falls back to English for a key a catalogue lacks, and says so", () => {
    const partial = createI18n("fr", { "nav.mandates": "Mandats" });
    expect(partial.t("nav.mandates")).toBe("Mandats");
    expect(partial.isFallback("nav.mandates")).toBe(false);
    expect(partial.t("nav.countries")).toBe("Countries");
    expect(partial.isFallback("nav.countries")).toBe(true);
    expect(partial.t("mandates.count", { count: 2 })).toBe("2 mandates");
  });

  it("ships French, Spanish and Arabic catalogues with every key", () => {
    for (const locale of ["fr", "es", "ar"] as const) {
      const i18n = createI18n(locale);
      expect((Object.keys(en) as (keyof typeof en)[]).filter((k) => i18n.isFallback(k))).toEqual([]);
    }
  });

  it("keeps each area's keys its own and translates only keys English has", () => {
    const seen = new Set(Object.keys(coreEn));
    for (const area of areaCatalogues) {
      for (const key of Object.keys(area.en)) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
      for (const locale of ["fr", "es", "ar"] as const) {
        const extra = Object.keys((area as { [l: string]: object })[locale] ?? {}).filter(
          (k) => !(k in area.en),
        );
        expect(extra).toEqual([]);
      }
    }
  });

  it("has a valid ICU message in every language", () => {
    for (const locale of ["en", "fr", "es", "ar"] as const) {
      const i18n = createI18n(locale);
      for (const key of Object.keys(en) as MessageKey[]) {
        // A translation may need a value English does not (a grammatical gender); the code passes both.
        const own = shippedCatalogue(locale)[key];
        const values = { ...sampleValues(en[key]), ...(own ? sampleValues(own) : {}) };
        expect(() => i18n.t(key, values), `${locale} ${key}`).not.toThrow();
      }
    }
  });
});

type Ast = ReturnType<IntlMessageFormat["getAst"]>;

/** Values of the right kind for every variable a message uses: numbers for plurals, "other" for selects. */
function sampleValues(message: string): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  const walk = (ast: Ast) => {
    for (const el of ast) {
      if (el.type === TYPE.argument) values[el.value] ??= "x";
      else if (el.type === TYPE.number || el.type === TYPE.plural) values[el.value] = 2;
      else if (el.type === TYPE.date || el.type === TYPE.time) values[el.value] = new Date(0);
      else if (el.type === TYPE.select) values[el.value] ??= "other";
      if (el.type === TYPE.select || el.type === TYPE.plural)
        for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, "en").getAst());
  return values;
}
