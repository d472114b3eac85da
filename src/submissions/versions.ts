import type { Part, Submission } from "./model";

/**
 * A saved version holds what an edit can change: the title and the parts. People and their
 * consents are not versioned: restoring an old text must never bring back a withdrawn consent.
 */
export interface Snapshot {
  title: string;
  parts: Part[];
}

export const snapshotOf = (s: Pick<Submission, "title" | "parts">): Snapshot => ({
  title: s.title,
  parts: s.parts.map((p) => ({
    ...p,
    mentions: [...p.mentions],
    contributorOrgIds: [...p.contributorOrgIds],
  })),
});

/** Whether two states differ in anything a version keeps. */
export const differs = (a: Snapshot, b: Snapshot): boolean => JSON.stringify(a) !== JSON.stringify(b);

/**
 * The submission with a version's title and parts. Mentions of people no longer recorded are
 * dropped; people recorded since stay, with their consents as they are now.
 */
export function restoreSnapshot(current: Submission, snapshot: Snapshot): Submission {
  const known = new Set(current.people.map((p) => p.id));
  return {
    ...current,
    title: snapshot.title,
    parts: snapshot.parts.map((p) => ({ ...p, mentions: p.mentions.filter((m) => known.has(m)) })),
  };
}

/** Autosaves keep a version only now and then, so a long typing session leaves a few, not hundreds. */
export const AUTOSAVE_VERSION_MINUTES = 10;

export function keepsVersion(
  latest: { savedBy: string | null; savedAt: Date; reason: string } | undefined,
  save: { by: string; at: Date; autosave: boolean },
): boolean {
  if (!save.autosave || !latest) return true;
  const recent = save.at.getTime() - latest.savedAt.getTime() < AUTOSAVE_VERSION_MINUTES * 60_000;
  return !(recent && latest.savedBy === save.by && latest.reason === "autosave");
}
