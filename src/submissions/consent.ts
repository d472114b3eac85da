import type { I18n } from "../platform/i18n";
import { partsFor, type View, viewOf } from "./audience";
import type { Audience, Consent, ConsentAudience, Part, Person, Submission } from "./model";
import {
  findOccurrences,
  type Identifier,
  type PersonMatcher,
  personMatcher,
  replaceOccurrences,
} from "./names";
import { blockTexts, parseBody } from "./text";

/**
 * Consent to be named, and what it means for each view of a submission.
 *
 * - A person agrees to be named to audiences: `public`, `expert`, `coalition`. Agreeing to
 *   `public` covers every audience; the others cover only themselves (agreeing to be named to the
 *   mandate holder is not agreeing to be named to partner organisations, although partners read
 *   the parts sent to the expert).
 * - A consent counts from `givenOn` until `revokedOn` (from that instant on it no longer does).
 *   Consents are never deleted: revoking one keeps it, with when and by whom.
 * - Who may be named in a view: in the expert version and the partners' preview, people with
 *   consent for that audience; in an organisation's preview, everyone if it is the owner
 *   organisation (it holds the records), else as for partners; in the public version, no one —
 *   even with consent, since a published name cannot be taken back when consent is withdrawn.
 * - A part a view shows that names a person (marked as a mention, or their full name or contact
 *   in its text) without consent for the view's audience is blocked: it is left out and listed
 *   as a problem. Everything else a view shows has every person it may not name withheld.
 */

/** The consent a view needs to name someone; null for the owner organisation's own preview. */
function consentNeeded(submission: Pick<Submission, "ownerOrgId">, view: View): ConsentAudience | null {
  switch (view.audience) {
    case "organisation":
      return view.orgId === submission.ownerOrgId ? null : "coalition";
    default:
      return view.audience;
  }
}

export const covers = (consent: Pick<Consent, "audiences">, audience: ConsentAudience): boolean =>
  consent.audiences.includes(audience) || consent.audiences.includes("public");

export const activeAt = (consent: Pick<Consent, "givenOn" | "revokedOn">, now: Date): boolean =>
  Date.parse(consent.givenOn) <= now.getTime() &&
  (!consent.revokedOn || Date.parse(consent.revokedOn) > now.getTime());

export const hasConsent = (person: Pick<Person, "consents">, audience: ConsentAudience, now: Date): boolean =>
  person.consents.some((c) => activeAt(c, now) && covers(c, audience));

export const grantConsent = (person: Person, consent: Consent): Person => ({
  ...person,
  consents: [...person.consents, consent],
});

/** Withdraws one consent, or every one still active; earlier withdrawals keep their date. */
export function revokeConsent(person: Person, at: string, by: string, consentId?: string): Person {
  return {
    ...person,
    consents: person.consents.map((c) =>
      (consentId === undefined || c.id === consentId) && !c.revokedOn
        ? { ...c, revokedOn: at, revokedBy: by }
        : c,
    ),
  };
}

export type ProblemCode = "no_consent" | "not_marked" | "partial_name" | "title_name";

/**
 * Something a view of a submission does about a person. Only ids: the message is written for
 * whoever reads it (describeProblem), so a problem can be stored or logged without a name in it.
 */
export interface ExportProblem {
  code: ProblemCode;
  /** The part is left out of this view. */
  blocking: boolean;
  /** null: the submission's title. */
  partId: string | null;
  personId: string;
  via: "mention" | "text";
}

export interface ShownPart {
  part: Part;
  blocked: boolean;
}

/** What a view of a submission shows and withholds, at one moment. */
export interface Analysis {
  view: View;
  parts: ShownPart[];
  problems: ExportProblem[];
  /** People this view may not name: their names and contacts are withheld wherever they appear. */
  withheld: ReadonlySet<string>;
  /** People the view names: those it may name who appear in a part it includes. */
  named: ReadonlySet<string>;
  matchers: readonly PersonMatcher[];
}

/** Every piece of text of a part a reader sees: its heading, then its paragraphs and list items. */
export const partTexts = (part: Pick<Part, "heading" | "body">): string[] => [
  part.heading,
  ...parseBody(part.body).flatMap(blockTexts),
];

export function analyse(submission: Submission, view: View, now: Date): Analysis {
  const people = new Map(submission.people.map((p) => [p.id, p]));
  const needed = consentNeeded(submission, view);
  const lacking = (id: string) => {
    const person = people.get(id);
    return needed !== null && (!person || !hasConsent(person, needed, now));
  };
  const withheld = new Set(
    submission.people.filter((p) => view.audience === "public" || lacking(p.id)).map((p) => p.id),
  );
  const matchers = submission.people.map(personMatcher);
  const problems: ExportProblem[] = [];
  const named = new Set<string>();

  const parts = partsFor(submission, view).map((part): ShownPart => {
    const occurrences = partTexts(part).flatMap((t) => findOccurrences(t, matchers));
    const strong = new Set(occurrences.filter((o) => o.strength === "strong").map((o) => o.personId));
    const about = new Set([...part.mentions, ...strong]);
    const own: ExportProblem[] = [];
    const add = (code: ProblemCode, personId: string, blocking: boolean) =>
      own.push({
        code,
        blocking,
        partId: part.id,
        personId,
        via: part.mentions.includes(personId) ? "mention" : "text",
      });
    for (const id of about) {
      if (lacking(id)) add("no_consent", id, true);
      else if (!part.mentions.includes(id)) add("not_marked", id, false);
    }
    for (const id of new Set(occurrences.map((o) => o.personId)))
      if (!about.has(id) && withheld.has(id)) add("partial_name", id, false);
    const blocked = own.some((p) => p.blocking);
    if (!blocked) for (const id of about) if (!withheld.has(id)) named.add(id);
    problems.push(...own);
    return { part, blocked };
  });

  const inTitle = new Set(findOccurrences(submission.title, matchers).map((o) => o.personId));
  problems.unshift(
    ...[...inTitle]
      .filter((id) => withheld.has(id))
      .map(
        (personId): ExportProblem => ({
          code: "title_name",
          blocking: false,
          partId: null,
          personId,
          via: "text",
        }),
      ),
  );

  return { view, parts, problems, withheld, named, matchers };
}

/**
 * What stands in the way of naming people in a view: parts left out (blocking) and names withheld
 * or not marked (warnings). `orgId` is the organisation looking, for its own preview.
 */
export const exportProblems = (
  submission: Submission,
  audience: Audience,
  now: Date,
  orgId: string = submission.ownerOrgId,
): ExportProblem[] => analyse(submission, viewOf(audience, orgId), now).problems;

/** Text as the view may show it: everyone it may not name replaced by a placeholder. */
export function withholder(
  analysis: Analysis,
  placeholder: Record<Identifier, string>,
): (text: string) => string {
  const matchers = analysis.matchers.filter((m) => analysis.withheld.has(m.personId));
  return (text) => replaceOccurrences(text, findOccurrences(text, matchers), placeholder);
}

export const placeholders = (i18n: I18n): Record<Identifier, string> => ({
  name: i18n.t("submissions.withheld.name"),
  contact: i18n.t("submissions.withheld.contact"),
});

/**
 * A problem in words. The person is named only in the expert version's problems (those who
 * prepare it may read the names); elsewhere they are "a witness", "a victim"…, and part headings
 * are shown as the view shows them.
 */
export function describeProblem(
  problem: ExportProblem,
  analysis: Analysis,
  submission: Submission,
  i18n: I18n,
) {
  const { t } = i18n;
  const person = submission.people.find((p) => p.id === problem.personId);
  const role = person?.role ?? "other";
  const who =
    analysis.view.audience === "expert" && person
      ? t("submissions.person.named", { name: person.name, role })
      : t("submissions.person.unnamed", { role });
  const view = t(`submissions.view.${analysis.view.audience}`);
  if (problem.partId === null) return t("submissions.problem.title_name", { who, view });
  const index = submission.parts.findIndex((p) => p.id === problem.partId);
  const heading = submission.parts[index]?.heading ?? "";
  const part = heading
    ? withholder(analysis, placeholders(i18n))(heading)
    : t("submissions.part.untitled", { number: index + 1 });
  return t(`submissions.problem.${problem.code}`, { part, who, view });
}
