import { type Country, countryName } from "../../countries/country";
import type { Mandate } from "../../mandates/mandate";
import { AppError } from "../../platform/http/errors";
import { createI18n, type MessageKey, type Translate } from "../../platform/i18n";
import type { Confidence } from "../../platform/provenance";
import { checkLogo, type Logo } from "./logo";
import {
  addresseeOf,
  type FieldIssue,
  type LetterData,
  type LetterLanguage,
  parseLetterData,
  type TemplateId,
} from "./templates";

export type MandateFacts = Pick<Mandate, "id" | "title" | "titles" | "kind" | "provenance">;
export type CountryFacts = Pick<Country, "iso3" | "names" | "provenance">;

export interface PostalAddress {
  lines: string[];
  source: string;
  confidence: Confidence;
  asOf: string | null;
}

/** What a letter takes from reference data rather than from the person writing it. */
export interface LetterFacts {
  mandates: readonly MandateFacts[];
  countries: readonly CountryFacts[];
  /** Where letters to a mandate go, as a source gives it; null when no source does. */
  mandateAddress: PostalAddress | null;
  /** The letter's date when its data gives none (YYYY-MM-DD). */
  today: string;
}

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] };

/** A fact from reference data that the letter relies on, for the writer to check before sending. */
export interface Reference {
  what: string;
  source: string;
  confidence: string;
}

/** A letter ready for a renderer: every text already in the letter's language. */
export interface Letter {
  template: TemplateId;
  language: LetterLanguage;
  organisation: { name: string; logo: Logo | null };
  dateLine: string;
  addressee: string[];
  subject: string;
  salutation: string;
  body: Block[];
  closing: string;
  signature: string[];
  /** Co-signers in the chosen order; the last line may count those who asked not to be named. */
  signatories: { heading: string; names: string[] } | null;
  references: Reference[];
}

export function invalidLetter(issues: FieldIssue[]): AppError {
  return new AppError(
    422,
    "invalid_letter",
    `The letter data is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    issues,
  );
}

/** Whole months from one ISO date to a later one. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

interface Context {
  t: Translate;
  date(iso: string): string;
  /** The mandate's official title in the letter's language. */
  title(id: string): string;
  kind(id: string): string;
  country(iso3: string): string;
  letterDate: string;
}

/** A person's text: paragraphs where they left a blank line, single line breaks joined. */
function paragraphs(text: string | undefined): Block[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean)
    .map((p) => ({ kind: "paragraph", text: p }));
}

function section(c: Context, heading: MessageKey, blocks: Block[]): Block[] {
  return blocks.length ? [{ kind: "heading", text: c.t(heading) }, ...blocks] : [];
}

function listOf(items: string[] | undefined): Block[] {
  return items?.length ? [{ kind: "list", items }] : [];
}

type Evidence = Partial<
  Pick<
    LetterData<"visit-request">,
    | "whyNow"
    | "situation"
    | "facts"
    | "whatVisitCouldChange"
    | "earlierCommunications"
    | "unimplementedRecommendations"
  >
>;

function evidenceBlocks(c: Context, d: Evidence): Block[] {
  return [
    ...section(c, "advocacy.section.whyNow", paragraphs(d.whyNow)),
    ...section(c, "advocacy.section.situation", paragraphs(d.situation)),
    ...section(
      c,
      "advocacy.section.facts",
      listOf(
        d.facts?.map((f) =>
          f.source ? c.t("advocacy.item.withSource", { text: f.text, source: f.source }) : f.text,
        ),
      ),
    ),
    ...section(c, "advocacy.section.whatVisitCouldChange", paragraphs(d.whatVisitCouldChange)),
    ...section(
      c,
      "advocacy.section.earlierCommunications",
      listOf(
        d.earlierCommunications?.map((e) =>
          e.date ? c.t("advocacy.item.dated", { date: c.date(e.date), text: e.text }) : e.text,
        ),
      ),
    ),
    ...section(
      c,
      "advocacy.section.unimplementedRecommendations",
      listOf(
        d.unimplementedRecommendations?.map((r) =>
          r.source ? c.t("advocacy.item.withReference", { text: r.text, reference: r.source }) : r.text,
        ),
      ),
    ),
  ];
}

function age(c: Context, from: string): string {
  const months = monthsBetween(from, c.letterDate);
  if (months < 1) return c.t("advocacy.age.lessThanMonth");
  if (months < 12) return c.t("advocacy.age.months", { months });
  const years = Math.floor(months / 12);
  return months % 12
    ? c.t("advocacy.age.yearsMonths", { years, months: months % 12 })
    : c.t("advocacy.age.years", { years });
}

function pendingBlocks(c: Context, pending: LetterData<"invitation-appeal">["pendingRequests"]): Block[] {
  return section(
    c,
    "advocacy.section.pendingRequests",
    listOf(
      pending?.map((p) => {
        const last = [...p.reminders].sort().at(-1);
        return c.t("advocacy.pending.item", {
          mandate: c.title(p.mandate),
          date: c.date(p.requestedOn),
          age: age(c, p.requestedOn),
          reminders: c.t("advocacy.pending.reminders", {
            count: p.reminders.length,
            last: last ? c.date(last) : "",
          }),
        });
      }),
    ),
  );
}

function uprItems(c: Context, d: LetterData<"invitation-appeal">["uprCommitments"]): string[] | undefined {
  return d?.map((u) =>
    u.reference ? c.t("advocacy.item.withReference", { text: u.text, reference: u.reference }) : u.text,
  );
}

function say(c: Context, key: MessageKey, values?: Record<string, string>): Block[] {
  return [{ kind: "paragraph", text: c.t(key, values) }];
}

/** The body of each template, in the order a reader needs it: the ask, the evidence, the ask again. */
const bodies: {
  [T in TemplateId]: (c: Context, d: LetterData<T>, opening: Record<string, string>) => Block[];
} = {
  "visit-request": (c, d, o) => [
    ...say(c, "advocacy.visitRequest.opening", o),
    ...evidenceBlocks(c, d),
    ...section(c, "advocacy.section.whoToMeet", listOf(d.whoToMeet)),
    ...section(c, "advocacy.section.safety", paragraphs(d.safety)),
    ...say(c, "advocacy.visitRequest.ask"),
  ],
  "invitation-appeal": (c, d, o) => [
    ...say(c, "advocacy.invitationAppeal.opening", o),
    ...(d.proposedDates
      ? say(c, "advocacy.invitationAppeal.dates", {
          from: c.date(d.proposedDates.from),
          to: c.date(d.proposedDates.to),
        })
      : []),
    ...pendingBlocks(c, d.pendingRequests),
    ...evidenceBlocks(c, d),
    ...section(c, "advocacy.section.uprCommitments", listOf(uprItems(c, d.uprCommitments))),
    ...say(c, "advocacy.invitationAppeal.termsOfReference"),
    ...say(c, "advocacy.invitationAppeal.ask"),
  ],
  "standing-invitation-appeal": (c, d, o) => [
    ...say(c, "advocacy.standingInvitation.opening", o),
    ...say(c, "advocacy.standingInvitation.explain"),
    ...(d.mandate
      ? say(c, "advocacy.standingInvitation.mandate", {
          mandate: c.title(d.mandate),
          kind: c.kind(d.mandate),
        })
      : []),
    ...section(c, "advocacy.section.uprCommitments", [
      ...(d.uprCommitments?.length ? say(c, "advocacy.standingInvitation.upr") : []),
      ...listOf(uprItems(c, d.uprCommitments)),
    ]),
    ...pendingBlocks(c, d.pendingRequests),
    ...evidenceBlocks(c, d),
    ...say(c, "advocacy.standingInvitation.ask"),
  ],
  "unofficial-visit-invitation": (c, d, o) => {
    const e = d.event ?? {};
    const details = [
      e.title && c.t("advocacy.event.title", { title: e.title }),
      e.host && c.t("advocacy.event.host", { host: e.host }),
      e.place && c.t("advocacy.event.place", { place: e.place }),
      e.from && e.to && e.to !== e.from
        ? c.t("advocacy.event.dates", { from: c.date(e.from), to: c.date(e.to) })
        : e.from && c.t("advocacy.event.date", { date: c.date(e.from) }),
    ].filter((x): x is string => Boolean(x));
    return [
      ...say(c, "advocacy.unofficialVisit.opening", o),
      ...section(c, "advocacy.section.event", listOf(details)),
      ...section(c, "advocacy.section.programme", listOf(e.programme)),
      ...say(c, "advocacy.unofficialVisit.nature"),
      ...section(c, "advocacy.section.canLeadTo", paragraphs(e.canLeadTo)),
      ...section(c, "advocacy.section.cannotLeadTo", paragraphs(e.cannotLeadTo)),
      ...section(c, "advocacy.section.whoPays", paragraphs(e.whoPays)),
      ...section(c, "advocacy.section.whyNow", paragraphs(d.whyNow)),
      ...section(c, "advocacy.section.situation", paragraphs(d.situation)),
      ...section(c, "advocacy.section.whoToMeet", listOf(d.whoToMeet)),
      ...section(c, "advocacy.section.safety", paragraphs(d.safety)),
      ...say(c, "advocacy.unofficialVisit.ask"),
    ];
  },
};

/** Every mandate id, country code and date order the data relies on, checked against the facts. */
function checkAgainstFacts(data: LetterData, facts: LetterFacts, letterDate: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const mandates = new Map(facts.mandates.map((m) => [m.id, m]));
  const countries = new Set(facts.countries.map((c) => c.iso3));
  const mandate = (id: string | undefined, path: string) => {
    if (id === undefined) return;
    const m = mandates.get(id);
    if (!m) issues.push({ path, message: `no mandate has the id "${id}" (see /api/v1/mandates)` });
    else if (data.language !== "en" && !m.titles[data.language])
      issues.push({ path, message: `the reference data has no official ${data.language} title for "${id}"` });
  };
  const country = (iso3: string | undefined, path: string) => {
    if (iso3 !== undefined && !countries.has(iso3))
      issues.push({ path, message: `no country has the ISO 3166-1 alpha-3 code "${iso3}"` });
  };
  const notAfter = (a: string | undefined, b: string | undefined, path: string, what: string) => {
    if (a && b && a > b) issues.push({ path, message: `${a} is after ${what} (${b})` });
  };

  country(data.country, "country");
  data.signatories?.forEach((s, i) => {
    country(s.country, `signatories[${i}].country`);
  });
  if ("mandate" in data) mandate(data.mandate, "mandate");
  if ("pendingRequests" in data) {
    data.pendingRequests?.forEach((p, i) => {
      mandate(p.mandate, `pendingRequests[${i}].mandate`);
      notAfter(p.requestedOn, letterDate, `pendingRequests[${i}].requestedOn`, "the letter's date");
      p.reminders.forEach((r, j) => {
        notAfter(p.requestedOn, r, `pendingRequests[${i}].reminders[${j}]`, "the reminder");
        notAfter(r, letterDate, `pendingRequests[${i}].reminders[${j}]`, "the letter's date");
      });
    });
  }
  if ("proposedDates" in data)
    notAfter(data.proposedDates?.from, data.proposedDates?.to, "proposedDates.from", "its end");
  if ("event" in data) {
    notAfter(data.event?.from, data.event?.to, "event.from", "its end");
    if (data.event?.to && !data.event.from)
      issues.push({ path: "event.from", message: "required with event.to" });
  }
  if (typeof data.organisation.logo === "string")
    issues.push({
      path: "organisation.logo",
      message: "give the logo's bytes: a file path is read by the command line before the letter is composed",
    });
  return issues;
}

/**
 * Turns a template's data into a letter in the chosen language. Pure: the reference facts and the
 * default date come in `facts`. Throws an AppError naming each bad field (422), or the logo's
 * problem (413, 415).
 */
export function composeLetter<T extends TemplateId>(template: T, input: unknown, facts: LetterFacts): Letter {
  const parsed = parseLetterData(template, input);
  if (!parsed.ok) throw invalidLetter(parsed.issues);
  const data: LetterData = parsed.data;
  const letterDate = data.date ?? facts.today;
  const issues = checkAgainstFacts(data, facts, letterDate);
  if (issues.length) throw invalidLetter(issues);
  const logo = data.organisation.logo instanceof Uint8Array ? checkLogo(data.organisation.logo) : null;

  const lang = data.language;
  const i18n = createI18n(lang);
  // UN correspondence writes dates day first ("1 June 2025"), in English too.
  const dates = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, {
    dateStyle: "long",
    timeZone: "UTC",
  });
  const mandates = new Map(facts.mandates.map((m) => [m.id, m]));
  const countries = new Map(facts.countries.map((c) => [c.iso3, c]));
  const references = new Map<string, Reference>();

  const mandateOf = (id: string): MandateFacts => {
    const m = mandates.get(id) as MandateFacts; // checked above
    const translated = lang === "en" ? undefined : m.titles[lang];
    const what = `Official title of ${id} (${lang})`;
    references.set(what, {
      what,
      source: m.provenance.source,
      confidence: translated?.confidence ?? m.provenance.confidence,
    });
    return m;
  };
  const c: Context = {
    t: i18n.t,
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
    title: (id) => {
      const m = mandateOf(id);
      return lang === "en" ? m.title : (m.titles[lang]?.text as string);
    },
    kind: (id) => mandateOf(id).kind,
    country: (iso3) => {
      const country = countries.get(iso3) as CountryFacts;
      const what = `Name of ${iso3} (${lang})`;
      references.set(what, {
        what,
        source: country.provenance.source,
        confidence: country.provenance.confidence,
      });
      return countryName(country, lang);
    },
    letterDate,
  };

  const organisation = data.organisation.name;
  const unnamed = data.unnamedSignatories ?? 0;
  const cosigners = (data.signatories?.length ?? 0) + unnamed;
  const country = c.country(data.country);
  const mandateId = "mandate" in data ? data.mandate : undefined;
  const opening: Record<string, string> = {
    organisation,
    cosigned: cosigners > 0 ? "yes" : "no",
    ...(mandateId ? { mandate: c.title(mandateId), kind: c.kind(mandateId) } : {}),
  };
  const to = addresseeOf[template];
  const recipient = data.recipient ?? {};
  let addressee: string[];
  if (to === "mandate" && mandateId) {
    const address = facts.mandateAddress;
    if (address) {
      const what = "Postal address of the special procedures";
      references.set(what, { what, source: address.source, confidence: address.confidence });
    }
    // Without a sourced address the block holds the title alone, never a guessed address.
    addressee = [recipient.name, recipient.role ?? c.title(mandateId), ...(address?.lines ?? [])].filter(
      (l): l is string => Boolean(l),
    );
  } else {
    addressee = [recipient.name, recipient.role ?? c.t("advocacy.addressee.government"), country].filter(
      (l): l is string => Boolean(l),
    );
  }

  const subjects: Record<TemplateId, () => string> = {
    "visit-request": () => c.t("advocacy.visitRequest.subject", { country }),
    "invitation-appeal": () => c.t("advocacy.invitationAppeal.subject", { country, ...opening }),
    "standing-invitation-appeal": () => c.t("advocacy.standingInvitation.subject", { country }),
    "unofficial-visit-invitation": () =>
      "event" in data && data.event?.title
        ? c.t("advocacy.unofficialVisit.subjectNamed", { country, event: data.event.title })
        : c.t("advocacy.unofficialVisit.subject", { country }),
  };
  const date = c.date(letterDate);
  const body = (bodies[template] as (c: Context, d: LetterData, o: Record<string, string>) => Block[])(
    c,
    data,
    opening,
  );

  return {
    template,
    language: lang,
    organisation: { name: organisation, logo },
    dateLine: data.place ? c.t("advocacy.dateLine", { place: data.place, date }) : date,
    addressee,
    subject: subjects[template](),
    salutation:
      to === "mandate"
        ? c.t("advocacy.salutation.mandate", { kind: mandateId ? c.kind(mandateId) : "other" })
        : c.t("advocacy.salutation.government"),
    body,
    closing: c.t(to === "mandate" ? "advocacy.closing.mandate" : "advocacy.closing.government"),
    signature: [data.signer?.name, data.signer?.title, organisation].filter((l): l is string => Boolean(l)),
    signatories: cosigners
      ? {
          heading: c.t("advocacy.signatories"),
          names: [
            ...(data.signatories ?? []).map((s) =>
              s.country
                ? c.t("advocacy.item.signatory", { name: s.name, country: c.country(s.country) })
                : s.name,
            ),
            ...(unnamed
              ? [
                  c.t(
                    data.signatories?.length
                      ? "advocacy.signatories.moreUnnamed"
                      : "advocacy.signatories.unnamed",
                    {
                      count: unnamed,
                    },
                  ),
                ]
              : []),
          ],
        }
      : null,
    references: [...references.values()],
  };
}
