import type { I18n } from "../platform/i18n";
import { viewOf } from "./audience";
import {
  type Analysis,
  analyse,
  describeProblem,
  type ExportProblem,
  placeholders,
  withholder,
} from "./consent";
import {
  type Audience,
  audiences,
  type CallForInput,
  type Part,
  type PartKind,
  partKinds,
  type Submission,
} from "./model";
import { type Block, countWords, parseBody } from "./text";

/**
 * One view of a submission as a document: exactly what its audience gets, ready for a renderer
 * (DOCX, PDF, HTML preview) that adds no text of its own beyond layout.
 */
export interface DocPart {
  id: string;
  heading: string;
  audience: Audience;
  /** Shown above the part, e.g. "Confidential: for the expert only, not for publication"; null for public parts. */
  marker: string | null;
  blocks: Block[];
}

export interface DocSection {
  kind: PartKind;
  /** The chapter heading for this kind of part ("Individual cases"). */
  heading: string;
  parts: DocPart[];
}

export interface ExportDocument {
  audience: Audience;
  /** The language of the submission's text, and its direction. */
  language: string;
  dir: "ltr" | "rtl";
  title: string;
  subtitle: string;
  /** Paragraphs of the cover letter, the last being the signature; only in the expert version. */
  coverLetter: string[] | null;
  /** Chapters in a fixed order (context, issues, cases, recommendations, other, sources); empty ones left out. */
  sections: DocSection[];
  /** Annex parts, in the author's order, after everything else. */
  annexes: DocPart[];
  /** "Name (role)" of everyone this view names (with their consent, or in the owner's preview); never in the public version. */
  namedPeople: string[];
  footer: string;
}

export interface WordTally {
  parts: { partId: string; words: number }[];
  total: number;
  maxWords: number | null;
  /** Words over the limit; 0 when within it or without one. */
  over: number;
}

export interface Composed {
  document: ExportDocument;
  problems: ExportProblem[];
  /** The problems in words, in the context's language. */
  messages: string[];
  /** The words of what this view sends (headings and bodies of the parts it includes). */
  words: WordTally;
}

export interface CoverLetterFacts {
  /** The mandate holder as addressed, e.g. "Special Rapporteur on the right to food". */
  recipient: string;
  /** Who sends it: the organisation, or the coalition and its members. */
  organisation: string;
  country: string;
}

export interface ComposeContext {
  /** The language of the cover letter, headings, placeholders and messages. */
  i18n: I18n;
  now: Date;
  letter: CoverLetterFacts;
  call?: Pick<CallForInput, "deadline" | "maxWords"> | null;
  /** The organisation looking, for an organisation's preview; the owner by default. */
  orgId?: string;
}

const rtlLanguages = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);
const direction = (language: string) =>
  rtlLanguages.has(new Intl.Locale(language).language) ? ("rtl" as const) : ("ltr" as const);

/** Words of some parts (heading and body), each and in total, against a limit. */
export function wordTally(
  parts: readonly Pick<Part, "id" | "heading" | "body">[],
  language: string,
  maxWords?: number | null,
): WordTally {
  const counted = parts.map((p) => ({
    partId: p.id,
    words: countWords(p.heading, language) + countWords(p.body, language),
  }));
  const total = counted.reduce((sum, p) => sum + p.words, 0);
  return {
    parts: counted,
    total,
    maxWords: maxWords ?? null,
    over: maxWords ? Math.max(0, total - maxWords) : 0,
  };
}

export function wordLimitLabel(tally: WordTally, i18n: I18n): string {
  return tally.maxWords === null
    ? i18n.t("submissions.words.count", { count: tally.total })
    : i18n.t("submissions.words.limit", { count: tally.total, max: tally.maxWords, over: tally.over });
}

function coverLetter(submission: Submission, title: string, named: number, ctx: ComposeContext): string[] {
  const { t, formatDate } = ctx.i18n;
  const intro = t("submissions.cover.intro", {
    organisation: ctx.letter.organisation,
    title,
    country: ctx.letter.country,
  });
  const call = ctx.call
    ? ` ${t("submissions.cover.call", { date: formatDate(new Date(ctx.call.deadline)) })}`
    : "";
  const publicParts = submission.parts.some((p) => p.audience === "public");
  return [
    t("submissions.cover.greeting", { name: ctx.letter.recipient }),
    intro + call,
    t("submissions.cover.confidential"),
    t("submissions.cover.named", { count: named }),
    ...(publicParts ? [t("submissions.cover.public")] : []),
    t("submissions.cover.closing"),
    ctx.letter.organisation,
  ];
}

function documentOf(submission: Submission, analysis: Analysis, ctx: ComposeContext): ExportDocument {
  const { t } = ctx.i18n;
  const audience = analysis.view.audience;
  const show = withholder(analysis, placeholders(ctx.i18n));
  const docPart = (part: Part): DocPart => ({
    id: part.id,
    heading: show(part.heading),
    audience: part.audience,
    marker: part.audience === "public" ? null : t(`submissions.marker.${part.audience}`),
    blocks: parseBody(part.body).map((b) =>
      b.type === "paragraph"
        ? { type: "paragraph", text: show(b.text) }
        : { type: "list", items: b.items.map(show) },
    ),
  });
  const included = analysis.parts.filter((p) => !p.blocked).map((p) => p.part);
  const sections = partKinds
    .filter((kind) => kind !== "annex")
    .map((kind) => ({
      kind,
      heading: t(`submissions.kind.${kind}`),
      parts: included.filter((p) => p.kind === kind).map(docPart),
    }))
    .filter((s) => s.parts.length > 0);
  const title = show(submission.title);
  const namedPeople = submission.people
    .filter((p) => analysis.named.has(p.id))
    .map((p) => t("submissions.person.named", { name: p.name, role: p.role }));
  const date = ctx.i18n.formatDate(ctx.now);
  return {
    audience,
    language: submission.language,
    dir: direction(submission.language),
    title,
    subtitle:
      audience === "expert"
        ? t("submissions.subtitle.expert", { name: ctx.letter.recipient })
        : t(`submissions.subtitle.${audience}`),
    coverLetter: audience === "expert" ? coverLetter(submission, title, namedPeople.length, ctx) : null,
    sections,
    annexes: included.filter((p) => p.kind === "annex").map(docPart),
    namedPeople,
    footer: t(`submissions.footer.${audience}`, { date }),
  };
}

/**
 * The document one audience gets, with the problems that shaped it. Parts blocked for want of
 * consent are left out (their problems say why); names the audience may not read are withheld.
 * The two exports are `public` and `expert`; `coalition` and `organisation` are internal previews.
 */
export function composeExport(submission: Submission, audience: Audience, ctx: ComposeContext): Composed {
  const analysis = analyse(submission, viewOf(audience, ctx.orgId ?? submission.ownerOrgId), ctx.now);
  const included = analysis.parts.filter((p) => !p.blocked).map((p) => p.part);
  return {
    document: documentOf(submission, analysis, ctx),
    problems: analysis.problems,
    messages: analysis.problems.map((p) => describeProblem(p, analysis, submission, ctx.i18n)),
    words: wordTally(included, submission.language, ctx.call?.maxWords),
  };
}

/** Every audience's document side by side, for the page that shows exactly what each one gets. */
export function previewFor(submission: Submission, ctx: ComposeContext): Record<Audience, Composed> {
  return Object.fromEntries(audiences.map((a) => [a, composeExport(submission, a, ctx)])) as Record<
    Audience,
    Composed
  >;
}
