import { eq } from "drizzle-orm";
import type { OrgExportPart } from "../platform/org-export";
import { programmes, slots } from "./schema";
import { openConfidential, requestsOfOrgs } from "./store";

/** The programmes the organisation runs (with their slots) and the meeting requests it sent, opened. */
export const meetingsOrgExport: OrgExportPart = async ({ db, keyring }, orgId) => {
  const [run, sent] = await Promise.all([
    db.select().from(programmes).where(eq(programmes.ownerOrgId, orgId)),
    requestsOfOrgs(db, [orgId]),
  ]);
  return {
    programmes: await Promise.all(
      run.map(async ({ linkHash: _link, ...p }) => ({
        ...p,
        slots: await db.select().from(slots).where(eq(slots.programmeId, p.id)),
      })),
    ),
    meetingRequests: sent.map(({ request, programme }) => {
      const { confidential: _sealed, participantTokenHash: _token, ...r } = request;
      return { ...r, visitId: programme.visitId, confidential: openConfidential(keyring, request) };
    }),
  };
};
