/**
 * Which visit of the registry a report is about. The candidates are the visits of the report's
 * country and mandate; the report's symbol on a visit (its `report_published` event) decides, and
 * otherwise the visit whose dates are the report's. Anything less certain is left to the reviewer.
 */
export interface VisitCandidate {
  id: string;
  visitFrom: string | null;
  visitTo: string | null;
  /** The report symbol the visit records, and every symbol in its event log. */
  symbols: readonly string[];
}

export interface ReportFacts {
  symbol: string | null;
  visitFrom: string | null;
  visitTo: string | null;
}

/** Published dates and the registry's may differ by a travel day or two. */
const SLACK_DAYS = 3;

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** `A/HRC/43/47/Add.1/Corr.1` corrects `A/HRC/43/47/Add.1`: the same report. */
const baseSymbol = (s: string) => s.replace(/\/Corr\.\d+$/i, "").toLowerCase();

export function matchVisit(report: ReportFacts, candidates: readonly VisitCandidate[]): string | null {
  if (report.symbol) {
    const symbol = baseSymbol(report.symbol);
    const bySymbol = candidates.filter((c) => c.symbols.some((s) => baseSymbol(s) === symbol));
    if (bySymbol.length === 1) return (bySymbol[0] as VisitCandidate).id;
    if (bySymbol.length > 1) return null;
  }
  if (!report.visitFrom || !report.visitTo) return null;
  const from = day(report.visitFrom);
  const to = day(report.visitTo);
  const overlapping = candidates
    .filter((c) => c.visitFrom && c.visitTo)
    .map((c) => ({
      id: c.id,
      from: day(c.visitFrom as string),
      to: day(c.visitTo as string),
    }))
    .filter((c) => c.from <= to + SLACK_DAYS && c.to >= from - SLACK_DAYS)
    .map((c) => ({ id: c.id, distance: Math.abs(c.from - from) + Math.abs(c.to - to) }))
    .sort((a, b) => a.distance - b.distance);
  const [best, second] = overlapping;
  if (!best || (second && second.distance === best.distance)) return null;
  return best.id;
}
