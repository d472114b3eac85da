// Every area's own catalogue, merged into the shipped ones. Add an area's messages here.
import { advocacyMessages } from "../../advocacy/messages";
import { alertMessages } from "../../alerts/messages";
import { meetingMessages } from "../../meetings/messages";
import { reportMessages } from "../../reports/messages";
import { submissionMessages } from "../../submissions/messages";
import { visitImportMessages } from "../../visits/import/messages";
import { visitMessages } from "../../visits/messages";

export const areaCatalogues = [
  visitMessages,
  meetingMessages,
  advocacyMessages,
  alertMessages,
  visitImportMessages,
  submissionMessages,
  reportMessages,
] as const;
