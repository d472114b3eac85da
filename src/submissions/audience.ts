import type { Audience, Part, Submission } from "./model";

/**
 * Who reads a part, by its audience. The readers of each audience include those of the next:
 *
 *   organisation ⊂ coalition ⊂ expert ⊂ public
 *
 * - `organisation`: the organisations that wrote the part (its contributors) only. Working notes.
 * - `coalition`: also the partners of a joint submission and its coordinators. Never sent out.
 * - `expert`: also the mandate holder and OHCHR, in the expert version. Never published.
 * - `public`: also everyone, in the public version (the only text Visitdesk ever publishes).
 *
 * So coalition partners read what is sent to the expert in their joint name (they must, to
 * assemble it and sign it off), but the expert never gets a partner's internal notes. A view is
 * one audience's reading of a submission: the two exports (public, expert) and the internal
 * previews of what partners (coalition) and one organisation see. A view shows a part if the
 * view's readers are among the part's readers.
 *
 * People's names follow a different rule (see consent.ts): consent is given to each audience
 * separately, and being allowed to read a part does not mean being allowed to read a name in it.
 */
export const narrowToWide: readonly Audience[] = ["organisation", "coalition", "expert", "public"];
const breadth = (a: Audience) => narrowToWide.indexOf(a);

/** The more restricted of two audiences (for a merged part: it may reach no one either could not). */
export const stricter = (a: Audience, b: Audience): Audience => (breadth(a) <= breadth(b) ? a : b);

export const exportAudiences = ["public", "expert"] as const;
export type ExportAudience = (typeof exportAudiences)[number];

export type View =
  | { audience: "public" | "expert" | "coalition" }
  | { audience: "organisation" /** the organisation looking */; orgId: string };

export const viewOf = (audience: Audience, orgId: string): View =>
  audience === "organisation" ? { audience, orgId } : { audience };

export function shows(view: View, part: Pick<Part, "audience" | "contributorOrgIds">): boolean {
  if (breadth(part.audience) < breadth(view.audience)) return false;
  return (
    part.audience !== "organisation" ||
    (view.audience === "organisation" && part.contributorOrgIds.includes(view.orgId))
  );
}

/** The parts a view shows, in the submission's order. */
export const partsFor = (submission: Pick<Submission, "parts">, view: View): Part[] =>
  submission.parts.filter((p) => shows(view, p));
