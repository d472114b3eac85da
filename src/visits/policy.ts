import type { Actor } from "../platform/access";

/**
 * The visit registry is public knowledge: anyone reads it, signed-in people add to it, and every
 * addition is in the audit log with who made it.
 */
export type VisitAction = "visit.read" | "visit.create" | "visit.recordEvent";
export const visitActions: VisitAction[] = ["visit.read", "visit.create", "visit.recordEvent"];

export function canOnVisits(actor: Actor, action: VisitAction): boolean {
  switch (action) {
    case "visit.read":
      return true;
    case "visit.create":
    case "visit.recordEvent":
      return actor.userId !== null;
  }
}
