/**
 * The stable address of an accepted recommendation: `/recommendations/{symbol}/{ref}`, e.g.
 * `/recommendations/A/HRC/43/47/Add.1/85(b)`. A symbol holds slashes, so the reference is the last
 * segment and everything before it is the symbol; the same address may arrive percent-encoded
 * (`A%2FHRC%2F43%2F47%2FAdd.1/85%28b%29`), as links pasted from other tools often are.
 */

/** `85`, `85(b)`, `85(b)(ii)`, `p3` (a text without paragraph numbers), `12bis`. */
export const REF = /^[0-9a-z]{1,10}(?:\([0-9a-z]{1,6}\)){0,3}$/;

/**
 * UN document symbols of Special Procedures documents: `A/HRC/…`, `E/CN.4/…`, `A/…`. Template
 * placeholders (`A/HRC/SS/##/Add.#`) hold characters no symbol has and are refused.
 */
export const SYMBOL = /^(?:A\/HRC|E\/CN\.4|A)(?:\/[A-Za-z0-9][A-Za-z0-9.-]{0,11}){1,6}$/;

/** How a reviewer may type a reference: case and spaces do not matter (`85 (B)` is `85(b)`). */
export function normaliseRef(ref: string): string {
  return ref.replace(/\s+/g, "").toLowerCase();
}

/** Spaces a copy from a PDF leaves in a symbol (`A/HRC/43/47/ Add.1`) are dropped. */
export function normaliseSymbol(symbol: string): string {
  return symbol.replace(/\s+/g, "");
}

export const PREFIX = "/recommendations/";

export function recommendationPath(symbol: string, ref: string): string {
  return `${PREFIX}${symbol.split("/").map(encodeURIComponent).join("/")}/${encodeURIComponent(ref)}`;
}

/** The symbol and reference an address names, or null when it names none. */
export function parseRecommendationPath(rest: string): { symbol: string; ref: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  decoded = decoded.replace(/\/+$/, "");
  const cut = decoded.lastIndexOf("/");
  if (cut <= 0) return null;
  const symbol = normaliseSymbol(decoded.slice(0, cut));
  const ref = normaliseRef(decoded.slice(cut + 1));
  return SYMBOL.test(symbol) && REF.test(ref) ? { symbol, ref } : null;
}
