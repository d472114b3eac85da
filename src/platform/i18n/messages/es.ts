import type { MessageKey } from "./en";

export const es: Partial<Record<MessageKey, string>> = {};
