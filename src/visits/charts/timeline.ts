/**
 * Lays out a country's visits on a time axis: one row per visit, a thin bar while the request
 * waited, a thick bar for the visit itself, a dot for the report. Pure geometry, no drawing.
 */
export interface TimelineVisit {
  id: string;
  label: string;
  requestedOn: string | null;
  answeredOn: string | null;
  visitFrom: string | null;
  visitTo: string | null;
  reportOn: string | null;
  pending: boolean;
}

export interface TimelineRow {
  id: string;
  label: string;
  y: number;
  wait?: { x1: number; x2: number };
  visit?: { x1: number; x2: number };
  report?: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Where the plot starts, after the labels. */
  left: number;
  ticks: { year: number; x: number }[];
  rows: TimelineRow[];
}

export const ROW_HEIGHT = 22;
const LABEL_WIDTH = 170;
const AXIS_HEIGHT = 24;

const yearOf = (d: string) => Number(d.slice(0, 4));

export function timelineLayout(visits: readonly TimelineVisit[], today: string, width = 720): TimelineLayout {
  const dated = visits.filter((v) => v.requestedOn || v.visitFrom || v.reportOn);
  const dates = dated.flatMap((v) =>
    [v.requestedOn, v.visitFrom, v.visitTo, v.reportOn].filter((d): d is string => !!d),
  );
  const first = dates.length ? Math.min(...dates.map(yearOf)) : yearOf(today);
  const last = yearOf(today) + 1;
  const start = Date.UTC(first, 0, 1);
  const span = Date.UTC(last, 0, 1) - start;
  const plot = width - LABEL_WIDTH - 8;
  const x = (d: string) => LABEL_WIDTH + Math.round((plot * (Date.parse(d.slice(0, 10)) - start)) / span);
  const step = Math.max(1, Math.ceil((last - first) / 12));
  const ticks: TimelineLayout["ticks"] = [];
  for (let year = first; year <= last; year += step) ticks.push({ year, x: x(`${year}-01-01`) });

  const ordered = [...dated].sort((a, b) =>
    (a.requestedOn ?? a.visitFrom ?? a.reportOn ?? "").localeCompare(
      b.requestedOn ?? b.visitFrom ?? b.reportOn ?? "",
    ),
  );
  const rows = ordered.map((v, i): TimelineRow => {
    const row: TimelineRow = { id: v.id, label: v.label, y: AXIS_HEIGHT + i * ROW_HEIGHT };
    if (v.requestedOn) {
      const end = v.pending ? today : (v.answeredOn ?? v.visitFrom ?? v.requestedOn);
      row.wait = { x1: x(v.requestedOn), x2: Math.max(x(v.requestedOn) + 2, x(end)) };
    }
    if (v.visitFrom)
      row.visit = { x1: x(v.visitFrom), x2: Math.max(x(v.visitFrom) + 3, x(v.visitTo ?? v.visitFrom)) };
    if (v.reportOn) row.report = x(v.reportOn);
    return row;
  });
  return { width, height: AXIS_HEIGHT + rows.length * ROW_HEIGHT + 4, left: LABEL_WIDTH, ticks, rows };
}
