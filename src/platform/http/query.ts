import { z } from "zod";
import { badRequest } from "./errors";

/** Paging parameters shared by every list, in pages and in the API. */
export const paging = (defaultLimit: number, maxLimit = 200) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit).describe(`At most ${maxLimit}`),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * Parses a page's query string: empty form fields count as absent (a filter form sends `kind=`
 * for "any"), and invalid values end in a 400 that names them.
 */
export function parsePageQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  const present = Object.fromEntries(Object.entries(query).filter(([k, v]) => v !== "" && k !== "lang"));
  const result = schema.safeParse(present);
  if (!result.success) throw badRequest(result.error);
  return result.data;
}

/** `?a=1&b=2` of the parameters that have a value, or "" when none has: for links that keep a list's filters. */
export function queryString<T extends { [K in keyof T]?: string }>(params: T): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params) as [string, string | undefined][]) if (v) sp.set(k, v);
  const s = sp.toString();
  return s ? `?${s}` : "";
}
