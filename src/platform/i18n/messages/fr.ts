import type { MessageKey } from "./en";

export const fr: Partial<Record<MessageKey, string>> = {
  "nav.home": "Accueil",
  "nav.mandates": "Mandats",
  "nav.countries": "Pays",
  "nav.guide": "Guide",
};
