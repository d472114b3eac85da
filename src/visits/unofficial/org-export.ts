import { eq } from "drizzle-orm";
import type { OrgExportPart } from "../../platform/org-export";
import { unofficialVisits } from "../schema";

/** The unofficial visits the organisation recorded, whatever their visibility. */
export const unofficialOrgExport: OrgExportPart = async ({ db }, orgId) => ({
  unofficialVisits: await db.select().from(unofficialVisits).where(eq(unofficialVisits.ownerOrgId, orgId)),
});
