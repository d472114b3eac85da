import { asc } from "drizzle-orm";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import type { Db } from "../platform/db/client";
import type { Choice } from "./forms";

/** Countries and mandates for the menus of the recording forms, named in the reader's language. */
export async function registryChoices(
  db: Db,
  locale: string,
): Promise<{ countries: Choice[]; mandates: Choice[] }> {
  const [cs, ms] = await Promise.all([
    db.select({ iso3: countries.iso3, names: countries.names }).from(countries),
    db
      .select({ id: mandates.id, title: mandates.title, titles: mandates.titles })
      .from(mandates)
      .orderBy(asc(mandates.title)),
  ]);
  const collator = new Intl.Collator(locale);
  return {
    countries: cs
      .map((c) => ({ value: c.iso3, label: c.names[locale] ?? c.names.en ?? c.iso3 }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    mandates: ms
      .map((m) => ({ value: m.id, label: m.titles[locale]?.text ?? m.title }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}
