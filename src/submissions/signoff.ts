import { createHash } from "node:crypto";
import { partsFor } from "./audience";
import type { Part, Submission } from "./model";

/**
 * Each organisation that contributes to what is sent out signs off its parts before export. A
 * sign-off holds a hash of the organisation's parts as they were: any later edit to them (text,
 * heading, audience, mentions, a merge) no longer matches, and the organisation must sign again.
 *
 * The parts that count are those of the expert version (public and expert parts): the public
 * version is a subset of it, and edits to internal notes (coalition, organisation) do not lapse a
 * sign-off. Turning an internal part into an expert or public one does.
 */
export interface SignOff {
  orgId: string;
  contentHash: string;
  signedBy: string;
  signedOn: string;
}

const sentOut = (submission: Pick<Submission, "parts">): Part[] =>
  partsFor(submission, { audience: "expert" });

/** The organisations whose parts are sent out, in the order they first appear. */
export const contributors = (submission: Pick<Submission, "parts">): string[] => [
  ...new Set(sentOut(submission).flatMap((p) => p.contributorOrgIds)),
];

export function contentHash(submission: Pick<Submission, "parts">, orgId: string): string {
  const canonical = sentOut(submission)
    .filter((p) => p.contributorOrgIds.includes(orgId))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => [
      p.id,
      p.kind,
      p.heading,
      p.body,
      p.audience,
      [...p.mentions].sort(),
      [...p.contributorOrgIds].sort(),
    ]);
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

export const signOff = (
  submission: Pick<Submission, "parts">,
  orgId: string,
  signedBy: string,
  signedOn: string,
): SignOff => ({ orgId, contentHash: contentHash(submission, orgId), signedBy, signedOn });

export interface Readiness {
  ready: boolean;
  /** Contributors who have not signed off. */
  missing: string[];
  /** Contributors whose parts changed since they signed off. */
  stale: string[];
}

/** Whether every contributor has signed off the parts as they are now (the latest sign-off counts). */
export function readyToExport(
  submission: Pick<Submission, "parts">,
  signoffs: readonly SignOff[],
): Readiness {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const orgId of contributors(submission)) {
    const latest = signoffs
      .filter((s) => s.orgId === orgId)
      .reduce<SignOff | undefined>(
        (best, s) => (!best || Date.parse(s.signedOn) >= Date.parse(best.signedOn) ? s : best),
        undefined,
      );
    if (!latest) missing.push(orgId);
    else if (latest.contentHash !== contentHash(submission, orgId)) stale.push(orgId);
  }
  return { ready: missing.length === 0 && stale.length === 0, missing, stale };
}
