/**
 * The one place where the two drivers are made to agree on value types: int8 counts become
 * numbers (ours stay far below 2^53) and `date` stays a 'YYYY-MM-DD' string, so no time zone can
 * shift a visit by a day. Timestamps: drizzle's typed selects give Date on both engines, and raw
 * `rows()` queries give the server's text form on both (drizzle sets that parser itself).
 */
export const OID = { int8: 20, date: 1082 } as const;

export const valueParsers: Record<number, (v: string) => unknown> = {
  [OID.int8]: (v) => Number(v),
  [OID.date]: (v) => v,
};
