import type { I18n, MessageKey } from "../../platform/i18n";
import { classOf, type MapMeasure, mapClasses, NO_DATA_FILL } from "./measures";
import type { TimelineLayout } from "./timeline";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "./world";

export interface MapValue {
  name: string;
  /** Pending requests, or whole years since the last visit (null: never). */
  value: number | null;
}

function classLabel(i18n: I18n, label: string, min?: number, max?: number): string {
  return i18n.t(label as MessageKey, { min: min ?? 0, max: max ?? 0 });
}

export function tooltip(i18n: I18n, measure: MapMeasure, v: MapValue): string {
  return measure === "pending"
    ? i18n.t("visitMap.tooltip.pending", { country: v.name, count: v.value ?? 0 })
    : i18n.t("visitMap.tooltip.since", {
        country: v.name,
        years: v.value === null ? "never" : String(v.value),
      });
}

/**
 * A choropleth drawn on the server: works without JavaScript and prints. The picture is one image
 * for assistive technology (its label says what it shows); the table after it carries the figures.
 */
export function WorldMap({
  i18n,
  measure,
  values,
}: {
  i18n: I18n;
  measure: MapMeasure;
  values: ReadonlyMap<string, MapValue>;
}) {
  const classes = mapClasses(measure);
  return (
    <figure class="world-map">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-label={i18n.t(measure === "pending" ? "visitMap.label.pending" : "visitMap.label.since")}
        dir="ltr"
      >
        {worldShapes().map((s) => {
          const v = s.iso3 ? values.get(s.iso3) : undefined;
          const fill = v ? (classes[classOf(measure, v.value)]?.fill ?? NO_DATA_FILL) : NO_DATA_FILL;
          return (
            <path d={s.d} fill={fill} stroke="#fff" stroke-width="0.5" data-iso3={s.iso3 ?? undefined}>
              <title>{v ? tooltip(i18n, measure, v) : s.name}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <span class="legend-title">{i18n.t("visitMap.legend")}</span>
        <ul class="legend">
          {classes.map((c) => (
            <li>
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={c.fill} stroke="#777" />
              </svg>{" "}
              {classLabel(i18n, c.label, c.min, c.max)}
            </li>
          ))}
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={NO_DATA_FILL} stroke="#777" />
            </svg>{" "}
            {i18n.t("visitMap.noData")}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** A country's visits over the years; the visits table on the same page is its text alternative. */
export function TimelineChart({
  i18n,
  layout,
  label,
}: {
  i18n: I18n;
  layout: TimelineLayout;
  label: string;
}) {
  return (
    <figure class="timeline-chart">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={label} dir="ltr">
        {layout.ticks.map((t) => (
          <g>
            <line x1={t.x} x2={t.x} y1={14} y2={layout.height} stroke="#d5d9de" />
            <text x={t.x} y={11} font-size="11" text-anchor="middle" fill="#4f5660">
              {t.year}
            </text>
          </g>
        ))}
        {layout.rows.map((r) => (
          <g>
            <text x={layout.left - 6} y={r.y + 14} font-size="11" text-anchor="end" fill="#1b1f24">
              {r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label}
            </text>
            {r.wait && (
              <rect x={r.wait.x1} y={r.y + 9} width={r.wait.x2 - r.wait.x1} height={3} fill="#8a4b00" />
            )}
            {r.visit && (
              <rect x={r.visit.x1} y={r.y + 4} width={r.visit.x2 - r.visit.x1} height={13} fill="#0b5394" />
            )}
            {r.report !== undefined && <circle cx={r.report} cy={r.y + 10} r={4} fill="#1e6b3a" />}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="legend">
          <li>
            <svg width="18" height="10" aria-hidden="true">
              <rect y="4" width="18" height="3" fill="#8a4b00" />
            </svg>{" "}
            {i18n.t("country.timeline.legend.request")}
          </li>
          <li>
            <svg width="18" height="10" aria-hidden="true">
              <rect width="18" height="10" fill="#0b5394" />
            </svg>{" "}
            {i18n.t("country.timeline.legend.visit")}
          </li>
          <li>
            <svg width="10" height="10" aria-hidden="true">
              <circle cx="5" cy="5" r="4" fill="#1e6b3a" />
            </svg>{" "}
            {i18n.t("country.timeline.legend.report")}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
