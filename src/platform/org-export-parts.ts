// Every area's part of an organisation's export (see `exportOrg`). Add an area's part here.
import { advocacyOrgExport } from "../advocacy/org-export";
import { meetingsOrgExport } from "../meetings/org-export";
import { reportsOrgExport } from "../reports/org-export";
import { submissionsOrgExport } from "../submissions/org-export";
import { unofficialOrgExport } from "../visits/unofficial/org-export";
import type { OrgExportPart } from "./org-export";

export const orgExportParts: OrgExportPart[] = [
  unofficialOrgExport,
  advocacyOrgExport,
  submissionsOrgExport,
  meetingsOrgExport,
  reportsOrgExport,
];
