// Every area's own catalogue, merged into the shipped ones. Add an area's messages here.
import { visitMessages } from "../../visits/messages";

export const areaCatalogues = [visitMessages] as const;
