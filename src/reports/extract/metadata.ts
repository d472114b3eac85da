import { fold, SYMBOL_SOURCE, squash, stripAccents } from "./text";

/** A mandate as the extractor needs it: every title it has been published under, in any language. */
export interface MandateRef {
  id: string;
  titles: string[];
  /** For a country mandate, the country it covers. */
  countryIso3: string | null;
}

/** A country and the names reports use for it (English, French, Spanish; short and official). */
export interface CountryRef {
  iso3: string;
  names: string[];
}

export interface ExtractionReference {
  mandates: MandateRef[];
  countries: CountryRef[];
}

export const documentTypes = [
  "country_visit_report",
  "government_comments",
  "follow_up_report",
  "end_of_visit_statement",
  "other",
] as const;
export type DocumentType = (typeof documentTypes)[number];

export type Language = "en" | "fr" | "es";

export interface ReportMetadata {
  documentType: DocumentType;
  symbol: string | null;
  /** The mandate's id, e.g. `sr-minority-issues`. */
  mandate: string | null;
  /** ISO 3166-1 alpha-3. */
  country: string | null;
  visitDates: { from: string; to: string } | null;
  hrcSession: number | null;
  /** Whether the session is printed on the document or read from its symbol. */
  hrcSessionSource: "stated" | "symbol" | null;
}

/** The part of a report that carries its metadata: title page, summary, introduction. */
const headOf = (text: string, size: number) => squash(text.slice(0, size).replace(/\f/g, "\n"));

export function extractMetadata(text: string, reference: ExtractionReference): ReportMetadata {
  const head = headOf(text, 12_000);
  const symbol = findSymbol(text);
  const mandate = findMandate(text, reference.mandates);
  const stated = statedSession(head);
  const derived = symbol?.match(/^A\/HRC\/(\d{1,2})\//)?.[1];
  return {
    documentType: documentTypeOf(head, symbol),
    symbol,
    mandate: mandate?.id ?? null,
    country: findCountry(head, reference.countries) ?? mandate?.countryIso3 ?? null,
    visitDates: findVisitDates(head),
    hrcSession: stated ?? (derived ? Number(derived) : null),
    hrcSessionSource: stated !== null ? "stated" : derived ? "symbol" : null,
  };
}

/**
 * The document's own symbol: the one printed at the top of its pages, or else the first one on its
 * title page (the body cites other reports' symbols too).
 */
export function findSymbol(text: string): string | null {
  const alone = new RegExp(`^(?:\\d{1,3}\\s+)?(${SYMBOL_SOURCE})(?:\\s+\\d{1,3})?$`);
  const counts = new Map<string, number>();
  for (const page of text.split("\f")) {
    const lines = page
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const edges = [...lines.slice(0, 3), ...lines.slice(-3)];
    // A page whose line breaks were lost starts with its symbol.
    const found = new Set([
      ...edges.map((l) => l.match(alone)?.[1]),
      page.trim().match(new RegExp(`^(?:\\d{1,3}\\s+)?(${SYMBOL_SOURCE})`))?.[1],
    ]);
    for (const s of found) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const furniture = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])[0];
  if (furniture) return furniture[0];
  return text.slice(0, 3000).match(new RegExp(SYMBOL_SOURCE))?.[0] ?? null;
}

const COUNCIL = /human rights council|conseil des droits de l'homme|consejo de derechos humanos/;

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  premiere: 1,
  premier: 1,
  unieme: 1,
  deuxieme: 2,
  seconde: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  sixieme: 6,
  septieme: 7,
  huitieme: 8,
  neuvieme: 9,
  dixieme: 10,
  onzieme: 11,
  douzieme: 12,
  treizieme: 13,
  quatorzieme: 14,
  quinzieme: 15,
  seizieme: 16,
  vingtieme: 20,
  trentieme: 30,
  quarantieme: 40,
  cinquantieme: 50,
  soixantieme: 60,
  dix: 10,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  primer: 1,
  primero: 1,
  segundo: 2,
  tercer: 3,
  tercero: 3,
  cuarto: 4,
  quinto: 5,
  sexto: 6,
  septimo: 7,
  setimo: 7,
  octavo: 8,
  noveno: 9,
  decimo: 10,
  undecimo: 11,
  duodecimo: 12,
  vigesimo: 20,
  trigesimo: 30,
  cuadragesimo: 40,
  quincuagesimo: 50,
  sexagesimo: 60,
  septuagesimo: 70,
};

/** "forty-third", "quarante-troisième", "cuadragésimo tercer", "43rd", "43e", "43er" → 43. */
export function ordinalValue(words: string): number | null {
  const digits = words.match(/^(\d{1,2})(?:st|nd|rd|th|e|eme|er|re|o|a)?$/);
  if (digits) return Number(digits[1]);
  const tokens = words.split(/[- ]+/).filter((t) => t && t !== "et" && t !== "y");
  if (!tokens.length) return null;
  let total = 0;
  for (const t of tokens) {
    // Spanish writes 11–19 as one word: "decimotercer".
    const v = ORDINALS[t] ?? (t.startsWith("decimo") ? 10 + (ORDINALS[t.slice(6)] ?? Number.NaN) : undefined);
    if (v === undefined || Number.isNaN(v)) return null;
    total += v;
  }
  return total;
}

/** "Human Rights Council / Forty-third session" as printed on the title page. */
export function statedSession(head: string): number | null {
  const folded = fold(head).replace(/(\d)\s*\.?\s*[º°ª]/g, "$1o");
  for (const m of folded.matchAll(
    /((?:[a-z0-9]+[- ]+){0,3}[a-z0-9]+)\s+(?:session|periodo de sesiones)\b/g,
  )) {
    const at = m.index ?? 0;
    if (!COUNCIL.test(folded.slice(Math.max(0, at - 120), at + m[0].length))) continue;
    const words = (m[1] as string).split(/\s+/);
    // The longest run of words before "session" that reads as an ordinal.
    for (let i = 0; i < words.length; i++) {
      const value = ordinalValue(words.slice(i).join(" "));
      if (value !== null && value > 0 && value < 100) return value;
    }
  }
  return null;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

const D = String.raw`(\d{1,2})(?:er|st|nd|rd|th|o)?`;
const M = `(${Object.keys(MONTHS).join("|")})`;
const Y = String.raw`(\d{4})`;
const RANGE = new RegExp(
  String.raw`\b(?:from|du|del|between|entre(?: el)?|de)?\s*${D}(?:\s+(?:de\s+)?${M}(?:,?\s+(?:de\s+)?${Y})?)?\s*(?:to|until|till|and|au|al|a|y(?: el)?|-)\s*(?:the\s+|el\s+|le\s+)?${D}\s+(?:de\s+)?${M},?\s+(?:de\s+)?${Y}`,
  "g",
);
const VISIT_WORD = /\b(?:visit\w*|mission|visite\w*|visita\w*|mision|sejour|stay|rendue?|viaje|desplazo)\b/;

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** "from 14 to 25 January 2019", "du 14 au 25 janvier 2019", "del 14 al 25 de enero de 2019". */
export function findVisitDates(head: string): { from: string; to: string } | null {
  const folded = fold(head);
  for (const m of folded.matchAll(RANGE)) {
    const at = m.index ?? 0;
    const sentence = folded.slice(Math.max(0, at - 250), at);
    const since = sentence.slice(sentence.lastIndexOf(". ") + 1);
    if (!VISIT_WORD.test(since) || /session|sesiones/.test(folded.slice(Math.max(0, at - 40), at))) continue;
    const [, d1, m1, y1, d2, m2, y2] = m;
    const toMonth = MONTHS[m2 as string] as number;
    const toYear = Number(y2);
    const fromMonth = m1 ? (MONTHS[m1] as number) : toMonth;
    const fromYear = y1 ? Number(y1) : fromMonth > toMonth ? toYear - 1 : toYear;
    const from = isoDate(fromYear, fromMonth, Number(d1));
    const to = isoDate(toYear, toMonth, Number(d2));
    if (from && to && from <= to) return { from, to };
  }
  return null;
}

const mandateIndexes = new WeakMap<MandateRef[], { id: string; title: string; ref: MandateRef }[]>();

/**
 * The mandate whose title the report is "of": "Report of the Special Rapporteur on minority
 * issues". Titles are matched longest first; a title after "Report of" wins over one cited
 * elsewhere on the title page.
 */
export function findMandate(text: string, mandates: MandateRef[]): MandateRef | null {
  let index = mandateIndexes.get(mandates);
  if (!index) {
    index = mandates
      .flatMap((ref) => ref.titles.map((t) => ({ id: ref.id, title: fold(squash(t)), ref })))
      .sort((a, b) => b.title.length - a.title.length);
    mandateIndexes.set(mandates, index);
  }
  const look = (hay: string) => {
    let best: { ref: MandateRef; at: number; of: boolean } | null = null;
    for (const entry of index) {
      for (let at = hay.indexOf(entry.title); at >= 0; at = hay.indexOf(entry.title, at + 1)) {
        const of =
          /(?:report|rapport|informe|statement|declaration|declaracion|note)\s+(?:(?:submitted|presented|presente|presentado)\s+)?(?:of|by|du|de la|de l'|del|de|des|par le|par la|por el|por la)\s*(?:the\s+)?$/.test(
            hay.slice(Math.max(0, at - 40), at),
          );
        if (!best || (of && !best.of) || (of === best.of && at < best.at)) best = { ref: entry.ref, at, of };
      }
    }
    return best?.ref ?? null;
  };
  const head = fold(headOf(text, 8000));
  return look(head) ?? nearTitle(head, index) ?? look(fold(squash(text)));
}

const words = (text: string) => text.match(/[a-z0-9']+/g) ?? [];

/** How many of `title`'s words `phrase` has, in order (longest common subsequence). */
function inOrder(title: string[], phrase: string[]): number {
  const row = new Array<number>(phrase.length + 1).fill(0);
  for (const t of title) {
    let diagonal = 0;
    for (let j = 1; j <= phrase.length; j++) {
      const above = row[j] as number;
      row[j] = t === phrase[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[phrase.length] as number;
}

/**
 * Web copies of reports sometimes lose a word of the title ("Report of the Special Rapporteur on
 * and other cruel, inhuman…"). After "Report of the", the title that keeps nearly all its words
 * in order, and its first two, is taken.
 */
function nearTitle(head: string, index: { title: string; ref: MandateRef }[]): MandateRef | null {
  let best = null as { ref: MandateRef; score: number; tied: boolean } | null;
  for (const m of head.matchAll(/\b(?:report|rapport|informe)\s+(?:of|du|de la|del)\s+(?:the\s+)?/g)) {
    const phrase = words(head.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 300));
    for (const entry of index) {
      const title = words(entry.title);
      if (title.length < 4 || title[0] !== phrase[0] || title[1] !== phrase[1]) continue;
      const score = inOrder(title, phrase.slice(0, title.length + 3)) / title.length;
      if (score < 0.8 || (best && score < best.score)) continue;
      // Equally near two mandates ("…human rights in" with the country lost): neither.
      const tied: boolean = best?.score === score && (best.tied || best.ref.id !== entry.ref.id);
      best = { ref: entry.ref, score, tied };
    }
    if (best) break;
  }
  return best && !best.tied ? best.ref : null;
}

const countryIndexes = new WeakMap<CountryRef[], { name: string; iso3: string }[]>();

const plain = (name: string) => stripAccents(name).replace(/[’‘]/g, "'");

/** After "visit to", "visite en", "visita a" and the like, the country visited. */
export function findCountry(head: string, countries: CountryRef[]): string | null {
  let index = countryIndexes.get(countries);
  if (!index) {
    index = countries
      .flatMap((c) =>
        c.names
          .filter((n) => n.length >= 4)
          // Older reports print titles in capitals: "MISSION TO THE NIGER".
          .flatMap((n) => [plain(n), plain(n).toUpperCase()])
          .map((name) => ({ name, iso3: c.iso3 })),
      )
      .sort((a, b) => b.name.length - a.name.length);
    countryIndexes.set(countries, index);
  }
  const text = plain(head);
  const nameAt = (at: number) => {
    for (const entry of index) {
      if (text.startsWith(entry.name, at) && !/[\p{L}]/u.test(text.charAt(at + entry.name.length)))
        return entry.iso3;
    }
    return null;
  };
  const triggers =
    /\b(?:visit(?:ed|ing)?|mission|visite|visit[ao]|mision|government of|gouvernement (?:de|du|des)|gobierno de)\s+(?:(?:to|in|en|au|aux|a|al|dans|de)\s+)?(?:(?:the|la|le|les|el|los|las)\s+|l')?/gi;
  for (const m of text.matchAll(triggers)) {
    const found = nameAt((m.index ?? 0) + m[0].length);
    if (found) return found;
  }
  return null;
}

const documentPatterns: [DocumentType, RegExp][] = [
  [
    "government_comments",
    /\b(?:comments?|observations?|responses?|replies|reply) (?:by|of|from) the (?:state|government)\b|\bcomments? on the report of the\b|\b(?:observations|commentaires|reponses?) (?:de l'etat|du gouvernement)\b|\b(?:comentarios|observaciones|respuestas?) (?:del estado|del gobierno)\b|\bthe government of [a-z' -]{2,60}? (?:hereby )?(?:provides|submits|presents|transmits|wishes to (?:provide|submit|present)) (?:its |the following |herewith )?(?:responses?|comments?|observations?|replies|feedback|clarifications?)\b|\ble gouvernement (?:de|du|des) [a-z' -]{2,60}? (?:presente|soumet|transmet|fournit) (?:ses|les) (?:observations|commentaires|reponses)\b|\bel gobierno de [a-z' -]{2,60}? (?:presenta|remite|transmite|formula) (?:sus|las) (?:observaciones|comentarios|respuestas)\b/,
  ],
  [
    "follow_up_report",
    /\bfollow-up (?:report|to the (?:recommendations|visit|country visit|report)s?)\b|\brapport de suivi\b|\bsuivi (?:des recommandations|de la visite)\b|\binforme de seguimiento\b|\bseguimiento de (?:las recomendaciones|la visita)\b/,
  ],
  [
    "end_of_visit_statement",
    /\bend[- ]of[- ](?:visit|mission) statement\b|\bstatement (?:at|on) the (?:end|conclusion) of (?:the|his|her|their|an?) (?:official )?(?:visit|mission)\b|\bpreliminary (?:observations|findings|conclusions)\b|\bdeclaration de fin de (?:visite|mission)\b|\b(?:observations|conclusions) preliminaires\b|\bdeclaracion (?:de|al) (?:fin|final) de (?:la )?(?:visita|mision)\b|\b(?:observaciones|conclusiones) preliminares\b/,
  ],
  [
    "country_visit_report",
    /\b(?:visit|mission) to\b|\bon (?:his|her|their|its) (?:official )?(?:visit|mission) to\b|\b(?:visite|mission) (?:en|au|aux|a)\b|\b(?:visita|mision) (?:a|al)\b/,
  ],
];

/**
 * A Government's comments on a report carry the report's title but are the State speaking; a
 * follow-up report and an end-of-visit statement name themselves. Only the title page and the
 * opening are read: a visit report's body may mention any of these.
 */
export function documentTypeOf(head: string, symbol: string | null): DocumentType {
  const opening = fold(head.slice(0, 3000));
  for (const [type, re] of documentPatterns) {
    const window = type === "follow_up_report" ? opening.slice(0, 600) : opening;
    if (!re.test(window)) continue;
    // A report's summary may speak of the "preliminary findings" shared at the end of the visit.
    if (type === "end_of_visit_statement" && symbol) continue;
    return type;
  }
  return "other";
}

const STOPWORDS: Record<Language, Set<string>> = {
  en: new Set("the of and to in is that for on by with are was which this be as has have from".split(" ")),
  fr: new Set("le les des et du une dans est au aux pour sur qui par ce cette sont ont avec".split(" ")),
  es: new Set("el los las del y una por con para al se es que su sus ha han como".split(" ")),
};

/** English, French or Spanish, or null for a text in another language (or in no language). */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 30_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters < 20 || latin / letters < 0.7) return null;
  const words = fold(sample).match(/[a-z]+/g) ?? [];
  const scores = (Object.keys(STOPWORDS) as Language[]).map((lang) => ({
    lang,
    hits: words.filter((w) => STOPWORDS[lang].has(w)).length,
  }));
  scores.sort((a, b) => b.hits - a.hits);
  const best = scores[0];
  return best && best.hits >= Math.max(3, words.length * 0.08) ? best.lang : null;
}
