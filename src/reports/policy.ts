import type { Actor } from "../platform/access";

/**
 * Who may do what with reports and recommendations. A report is uploaded on behalf of one of the
 * uploader's organisations (or of the uploader alone). While it is a draft, only the uploader and
 * that organisation's members see it: an unchecked extraction is not something to publish. Once
 * accepted, the report and its recommendations are public, like the UN document they come from;
 * the review stays with the same people. Platform admins run the service and get nothing more.
 */
export type ReportAction =
  | "report.upload"
  | "report.read"
  | "report.review"
  | "report.accept"
  | "report.delete"
  | "recommendation.read";

export const reportActions: ReportAction[] = [
  "report.upload",
  "report.read",
  "report.review",
  "report.accept",
  "report.delete",
  "recommendation.read",
];

export interface OwnedReport {
  accepted: boolean;
  uploadedBy: string | null;
  ownerOrgId: string | null;
}

const reviewer = (actor: Actor, r: OwnedReport) =>
  actor.userId !== null &&
  (actor.userId === r.uploadedBy || (r.ownerOrgId !== null && actor.orgs.has(r.ownerOrgId)));

/** `report` is the report acted on; "report.upload" and "recommendation.read" need none. */
export function canOnReports(actor: Actor, action: ReportAction, report?: OwnedReport): boolean {
  switch (action) {
    case "report.upload":
      return actor.userId !== null;
    case "recommendation.read":
      return true;
    case "report.read":
      return report !== undefined && (report.accepted || reviewer(actor, report));
    case "report.review":
    case "report.accept":
      return report !== undefined && reviewer(actor, report);
    case "report.delete":
      // Accepted recommendations are referenced from outside (their addresses); they stay.
      return report !== undefined && !report.accepted && reviewer(actor, report);
  }
}
