import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryShape {
  /** ISO 3166-1 alpha-3; null for territories without a code (Kosovo, Northern Cyprus, Somaliland). */
  iso3: string | null;
  name: string;
  d: string;
}

let shapes: CountryShape[] | undefined;

/**
 * Country outlines from Natural Earth (world-atlas, 1:110m), projected once with Equal Earth so
 * areas compare fairly, and rounded to whole pixels: the map stays a few dozen kilobytes gzipped.
 */
export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(
    readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const world = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const path = geoPath(geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], world)).digits(0);
  shapes = world.features
    .map((f: Feature<Geometry, { name: string }>) => ({
      iso3: f.id === undefined ? null : (countryCodes.numericToAlpha3(String(f.id)) ?? null),
      name: f.properties.name,
      d: path(f) ?? "",
    }))
    .filter((s) => s.d !== "");
  return shapes;
}
