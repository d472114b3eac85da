/**
 * What the world map colours, as classes a legend can explain. Pure, so the thresholds are tested
 * without drawing anything.
 */
export const mapMeasures = ["pending", "since"] as const;
export type MapMeasure = (typeof mapMeasures)[number];

export interface MapClass {
  /** Message key of the legend label; `{min}`/`{max}` are filled in. */
  label: string;
  min?: number;
  max?: number;
  fill: string;
}

// Sequential palettes that stay distinct for the common colour-vision deficiencies (ColorBrewer).
const classes: Record<MapMeasure, MapClass[]> = {
  pending: [
    { label: "visitMap.class.none", fill: "#f1eef6" },
    { label: "visitMap.class.exactly", min: 1, max: 1, fill: "#bdc9e1" },
    { label: "visitMap.class.range", min: 2, max: 3, fill: "#74a9cf" },
    { label: "visitMap.class.atLeast", min: 4, fill: "#0570b0" },
  ],
  since: [
    { label: "visitMap.class.yearsBelow", max: 2, fill: "#ffffcc" },
    { label: "visitMap.class.yearsRange", min: 2, max: 5, fill: "#a1dab4" },
    { label: "visitMap.class.yearsRange", min: 5, max: 10, fill: "#41b6c4" },
    { label: "visitMap.class.yearsAtLeast", min: 10, fill: "#225ea8" },
    { label: "visitMap.class.never", fill: "#081d58" },
  ],
};

export const NO_DATA_FILL = "#d9d9d9";

export function mapClasses(measure: MapMeasure): readonly MapClass[] {
  return classes[measure];
}

/**
 * The class of a country's value: pending requests counted, or whole years since the last visit
 * (null: never visited on record).
 */
export function classOf(measure: MapMeasure, value: number | null): number {
  if (measure === "pending") {
    const n = value ?? 0;
    return n <= 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : 3;
  }
  if (value === null) return 4;
  return value < 2 ? 0 : value < 5 ? 1 : value < 10 ? 2 : 3;
}

/** Whole years between a date and today, as people count birthdays. */
export function yearsSince(date: string, today: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}
