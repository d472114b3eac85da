import type { MessageKey } from "./en";

export const ar: Partial<Record<MessageKey, string>> = {};
