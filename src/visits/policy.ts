import type { Actor } from "../platform/access";

/**
 * The visit registry is public knowledge: anyone reads it, signed-in people add to it, and every
 * addition is in the audit log with who made it. Importing whole files can rewrite much of it at
 * once, so it is for members of an organisation and platform admins only.
 */
export type VisitAction = "visit.read" | "visit.create" | "visit.recordEvent" | "visit.import";
export const visitActions: VisitAction[] = [
  "visit.read",
  "visit.create",
  "visit.recordEvent",
  "visit.import",
];

export function canOnVisits(actor: Actor, action: VisitAction): boolean {
  switch (action) {
    case "visit.read":
      return true;
    case "visit.create":
    case "visit.recordEvent":
      return actor.userId !== null;
    case "visit.import":
      return actor.userId !== null && (actor.platformAdmin || actor.orgs.size > 0);
  }
}
