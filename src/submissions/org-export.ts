import type { OrgExportPart } from "../platform/org-export";
import { submissionsOf } from "./store";

/** The organisation's own submissions, opened: parts, people and their consents, sign-offs. */
export const submissionsOrgExport: OrgExportPart = async ({ db, keyring, actor }, orgId) => ({
  submissions: (await submissionsOf(db, keyring, actor))
    .filter((s) => s.submission.ownerOrgId === orgId)
    .map((s) => ({
      ...s.submission,
      signoffs: s.signoffs,
      createdAt: s.row.createdAt,
      updatedAt: s.row.updatedAt,
    })),
});
