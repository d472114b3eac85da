import { escapeRegExp, fold, squash } from "./text";

export const addressees = [
  "government",
  "parliament",
  "judiciary",
  "nhri",
  "civil_society",
  "international_community",
  "un_system",
  "other",
] as const;
export type Addressee = (typeof addressees)[number];

export interface AddresseeMatch {
  addressee: Addressee;
  /** The words of the report naming the addressee, e.g. "the Government of Spain". */
  asWritten: string;
}

/**
 * Who is addressed, by the words reports use in English, French and Spanish (matched on folded
 * text). Where two match, the one written first wins; at the same place the more specific entry
 * (listed first) does: "national human rights commission" is an NHRI, not the Government.
 */
const LEXICON: [RegExp, Addressee][] = [
  [
    /\b(?:national (?:human rights )?(?:institution|commission)s?|(?:national )?human rights commission|ombuds(?:man|men|person|persons|woman|office)|public defender|people's advocate|defensor(?:ia)? del pueblo|defenseur des droits|mediateur de la republique|procuradur[ia]a? (?:para la defensa )?de (?:los )?derechos humanos|(?:institution|commission) nationale (?:\w+ )?des droits de l'homme|institucion nacional de derechos humanos|comision(?:ado)? nacional (?:\w+ )?de (?:los )?derechos humanos)/,
    "nhri",
  ],
  [
    /\b(?:united nations(?: (?:agencies|system|entities|country team|funds and programmes))?|un (?:agencies|system|entities|country team|women)|ohchr|office of the (?:united nations )?high commissioner|special procedures|unicef|unhcr|undp|unfpa|unodc|unesco|unaids|world health organization|international labour organization|nations unies|naciones unidas|haut-commissariat|alto comisionado)\b/,
    "un_system",
  ],
  [
    /\b(?:international community|donors?|donor (?:community|countries|agencies)|development partners|international partners|(?:other |all |member )states(?! party)|cooperation partners|international (?:and regional )?(?:organizations|financial institutions)|communaute internationale|bailleurs de fonds|partenaires (?:techniques et financiers|internationaux|au developpement)|comunidad internacional|donantes|asociados (?:internacionales|para el desarrollo))\b/,
    "international_community",
  ],
  [
    /\b(?:civil society|non-governmental organi[sz]ations|ngos?|human rights defenders|societe civile|organisations non gouvernementales|sociedad civil|organizaciones no gubernamentales|ong)\b/,
    "civil_society",
  ],
  [
    /\b(?:judiciary|judicial (?:authorities|branch|council|power|system)|courts?|judges|magistrates|prosecutors?|prosecution services?|prosecutor general|public prosecutor's office|attorney general|pouvoir judiciaire|autorites judiciaires|magistrats|juges|tribunaux|ministere public|parquet|poder judicial|organo judicial|jueces|tribunales|fiscalia|fiscales|ministerio publico)\b/,
    "judiciary",
  ],
  [
    /\b(?:parliament|parliamentarians|legislat(?:ure|ive (?:branch|bodies|body|assembly|authorities)|ors)|national assembly|congress|senate|lawmakers|members of parliament|parlement|parlementaires|assemblee nationale|pouvoir legislatif|parlamento|congreso|asamblea (?:nacional|legislativa)|senado|poder legislativo|organo legislativo)\b/,
    "parliament",
  ],
  [
    /\b(?:government|state(?: party)?|authorities|ministr(?:y|ies)|federal|provincial|municipal|local (?:authorities|governments)|autonomous communities|executive|police|law enforcement|security forces|gouvernement|etat|autorites|ministere|pouvoirs publics|gobierno|estado|autoridades|ministerio|poderes publicos)\b/,
    "government",
  ],
  [
    /\b(?:business(?:es| enterprises| sector)?|enterprises|companies|corporations|private sector|media|political parties|religious (?:leaders|authorities)|community leaders|traditional leaders|employers|trade unions|all (?:relevant )?(?:stakeholders|actors)|entreprises|secteur prive|medias|partis politiques|empresas|sector privado|medios de comunicacion|partidos politicos)\b/,
    "other",
  ],
];

/** Where the addressee follows the verb: "recommends that the Government…", "insta al Gobierno a…". */
const TRIGGER =
  /\b(?:recommend(?:s|ed)?|urges?|calls? (?:up)?on|invites?|encourages?|requests?|exhorts?|appeals? to|advises?|recommande(?:nt)?|exhorte(?:nt)?|engage(?:nt)?|invite(?:nt)?|encourage(?:nt)?|prie(?:nt)?|demande(?:nt)?|recomienda(?:n)?|insta(?:n)?|exhorta(?:n)?|alienta(?:n)?|invita(?:n)?|pide(?:n)?|solicita(?:n)?)\b[,\s]+(?:(?:in particular|further|also|therefore|strongly|urgently|notamment|vivement|egalement|en outre|instamment|aussi|en particular|tambien|encarecidamente|ademas),?\s+)*(?:that |to |que |a |au |aux |al |a la |a los |a las )?/g;

/** Where the addressee is the subject: "The Government should…", "Le Gouvernement devrait…". */
const MODAL =
  /\b(?:should|must|shall|ought to|needs? to|is (?:urged|encouraged|invited|requested|called upon) to|are (?:urged|encouraged|invited|requested|called upon) to|devrai(?:en)?t|doi(?:t|vent)|est (?:invite|encourage|prie)e?s? a|deberi?an?|deben?)\b/g;

/** Words that may extend an addressee: "the Government of Spain", "the Parliament and the Senate". */
const QUALIFIER =
  /^(?:,? (?:of|de|del|de la|des|du|d'|and|et|y|the|la|le|les|el|los|las|its|their|[\p{Lu}][\p{L}'’-]*))+/u;

/**
 * The addressee of a recommendation from its own words: the first place where the text names whom
 * it addresses, either after a recommending verb or as the subject of "should". Null when the
 * text names no one (for example "The Special Rapporteur recommends the following:").
 */
export function addresseeOf(text: string, countryNames: readonly string[] = []): AddresseeMatch | null {
  const folded = fold(text);
  const candidates: { at: number; match: AddresseeMatch | null }[] = [];
  for (const m of folded.matchAll(TRIGGER)) {
    const start = (m.index ?? 0) + m[0].length;
    candidates.push({
      at: m.index ?? 0,
      match: phraseAt(text, folded, start, 90, countryNames)?.match ?? null,
    });
  }
  for (const m of folded.matchAll(MODAL)) {
    const at = m.index ?? 0;
    const clause = folded.slice(0, at);
    let start = Math.max(clause.lastIndexOf(". "), clause.lastIndexOf("; "), clause.lastIndexOf(": ")) + 2;
    if (start < 2) start = 0;
    // "…considers that the Government should": the subject follows the last "that".
    const that = [...clause.matchAll(/ (?:that|que) /g)].pop();
    if (that?.index !== undefined && that.index >= start) start = that.index + that[0].length;
    // "In addition, the Government should": skip a leading adverbial phrase.
    const lead = clause.slice(start).match(/^[^,]{1,40},\s*/);
    if (lead && !LEXICON.some(([re]) => re.test(lead[0]))) start += lead[0].length;
    if (at - start > 120) continue;
    candidates.push({ at, match: phraseAt(text, folded, start, at - start, countryNames)?.match ?? null });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates.find((c) => c.match)?.match ?? null;
}

/** The addressee only where the text opens with it as the subject: "(a) Parliament should…". */
export function subjectAddressee(text: string, countryNames: readonly string[] = []): AddresseeMatch | null {
  const folded = fold(text);
  const found = phraseAt(text, folded, 0, 90, countryNames);
  if (!found) return null;
  const modal = new RegExp(MODAL.source).exec(folded.slice(found.end, found.end + 80));
  return modal ? found.match : null;
}

/** The addressee named within `limit` characters from `start`, with the words around it. */
function phraseAt(
  text: string,
  folded: string,
  start: number,
  limit: number,
  countryNames: readonly string[],
): { match: AddresseeMatch; end: number } | null {
  const window = folded.slice(start, start + limit);
  let best: { at: number; end: number; addressee: Addressee } | null = null;
  for (const [re, addressee] of LEXICON) {
    const m = window.match(re);
    if (m && m.index !== undefined && (!best || m.index < best.at))
      best = { at: m.index, end: m.index + m[0].length, addressee };
  }
  for (const name of countryNames) {
    const m = window.match(new RegExp(`\\b${escapeRegExp(fold(name))}\\b`));
    if (m && m.index !== undefined && (!best || m.index < best.at))
      best = { at: m.index, end: m.index + m[0].length, addressee: "government" };
  }
  if (!best) return null;
  // The addressee must be the first noun phrase, not something named further on in the sentence.
  const before = window.slice(0, best.at);
  if (/[.;:]|\b(?:be|to|that|which|who|with|in|for|on|by|que|pour|para|con|avec)\b/.test(before)) return null;
  const tail = trimQualifier(text.slice(start + best.end).match(QUALIFIER)?.[0] ?? "");
  const asWritten = squash(text.slice(start, start + best.end) + tail);
  return { match: { addressee: best.addressee, asWritten }, end: start + best.end + tail.length };
}

/** Qualifiers end on a name, never on "and the" or "of". */
function trimQualifier(tail: string): string {
  return tail.replace(
    /(?:,? (?:of|de|del|de la|des|du|d'|and|et|y|the|la|le|les|el|los|las|its|their))+$/u,
    "",
  );
}

/**
 * A heading that groups recommendations by whom they address ("Recommendations to the
 * Government", "To civil society", "Au Parlement"), or null for a thematic heading.
 */
export function addresseeHeading(heading: string): AddresseeMatch | null {
  const folded = fold(squash(heading));
  const prefix = folded.match(
    /^(?:(?:recommendations?|recommandations|recomendaciones)\s+)?(?:(?:addressed |directed )?to |for |au |aux |a l'|a la |a |al |a los |a las |(?:dirigidas? |destinadas? )?(?:al |a la |a los |a las |a ))?(?:the |le |la |les |l'|el |los |las )?/,
  );
  const rest = folded.slice(prefix?.[0].length ?? 0);
  if (!rest || rest.split(" ").length > 8) return null;
  const explicit = (prefix?.[0] ?? "").trim().length > 0;
  for (const [re, addressee] of LEXICON) {
    const m = rest.match(re);
    if (m?.index === 0 && (explicit || m[0].length >= rest.length - 2))
      return {
        addressee,
        asWritten: squash(heading)
          .replace(/^(?:recommendations?|recommandations|recomendaciones)\s+/i, "")
          .replace(/^(?:(?:addressed |directed )?to|for)\s+/i, ""),
      };
  }
  return null;
}
