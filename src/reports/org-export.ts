import { eq, inArray } from "drizzle-orm";
import type { OrgExportPart } from "../platform/org-export";
import { recommendations, reports } from "./schema";

/** The reports the organisation uploaded (their text and review state) and the recommendations made from them. */
export const reportsOrgExport: OrgExportPart = async ({ db }, orgId) => {
  const own = await db.select().from(reports).where(eq(reports.ownerOrgId, orgId));
  const ids = own.map((r) => r.id);
  return {
    reports: own,
    recommendations: ids.length
      ? await db.select().from(recommendations).where(inArray(recommendations.reportId, ids))
      : [],
  };
};
