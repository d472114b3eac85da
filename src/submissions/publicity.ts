import QRCode from "qrcode";
import type { DocumentModel } from "../platform/documents/model";
import { createI18n, type I18n, type Locale } from "../platform/i18n";

/**
 * Making a visit known: a short text to share in each language, a press-release template, and the
 * QR code of the visit's public page for a poster. Only public facts go in (the registry, the call
 * for input, what the public page says); nothing from any submission.
 */
export interface VisitPublicFacts {
  /** The mandate and country in a given language. */
  mandate: (locale: Locale) => string;
  country: (locale: Locale) => string;
  holder: string | null;
  from: string | null;
  to: string | null;
  cities: string[];
  deadline: Date | null;
  where: string | null;
  contact: string | null;
  hashtag: string | null;
  /** The public page, absolute. */
  url: string;
}

export const shareLocales = ["en", "fr", "es", "ar"] as const satisfies readonly Locale[];

function dates(i18n: I18n, f: VisitPublicFacts): string {
  if (f.from && f.to)
    return i18n.t("submissions.share.dates", { from: i18n.formatDate(f.from), to: i18n.formatDate(f.to) });
  return "none";
}

/** One short paragraph to post or paste: the visit, the deadline if any, the page, the hashtag. */
export function shareText(locale: Locale, f: VisitPublicFacts): string {
  const i18n = createI18n(locale);
  const tag = f.hashtag ? (f.hashtag.startsWith("#") ? f.hashtag : `#${f.hashtag}`) : "";
  return [
    i18n.t("submissions.share.visit", {
      mandate: f.mandate(locale),
      country: f.country(locale),
      dates: dates(i18n, f),
    }),
    f.deadline ? i18n.t("submissions.share.call", { date: i18n.formatDate(f.deadline) }) : "",
    i18n.t("submissions.share.more", { url: f.url }),
    tag,
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * A press release to fill in: the facts set, the organisation's words left as bracketed
 * placeholders, in the reader's language.
 */
export function pressRelease(i18n: I18n, f: VisitPublicFacts): DocumentModel {
  const { t } = i18n;
  const mandate = f.mandate(i18n.locale);
  const country = f.country(i18n.locale);
  const facts = [
    t("submissions.press.factMandate", { mandate: f.holder ? `${mandate} (${f.holder})` : mandate }),
    ...(f.from && f.to ? [t("submissions.press.factDates", { dates: dates(i18n, f) })] : []),
    ...(f.cities.length ? [t("submissions.press.factCities", { cities: f.cities.join(", ") })] : []),
    ...(f.deadline
      ? [t("submissions.press.factCall", { date: i18n.formatDate(f.deadline), where: f.where ?? f.url })]
      : []),
    t("submissions.press.factPage", { url: f.url }),
  ];
  return {
    title: t("submissions.press.headline", { mandate, country }),
    subtitle: t("submissions.press.release"),
    meta: [t("submissions.press.dateline")],
    language: i18n.locale,
    blocks: [
      { kind: "paragraph", text: t("submissions.press.lead", { mandate, country, dates: dates(i18n, f) }) },
      { kind: "paragraph", text: t("submissions.press.why") },
      { kind: "paragraph", text: t("submissions.press.quote") },
      { kind: "heading", level: 2, text: t("submissions.press.facts") },
      { kind: "list", items: facts },
      { kind: "heading", level: 2, text: t("submissions.press.about") },
      { kind: "paragraph", text: t("submissions.press.aboutText") },
      { kind: "heading", level: 2, text: t("submissions.press.contact") },
      { kind: "paragraph", text: t("submissions.press.contactText") },
    ],
    footer: t("submissions.press.footer"),
  };
}

/** The QR code of an address as an SVG drawing (dark modules on white), made on the server. */
export const qrSvg = (url: string): Promise<string> =>
  QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
