import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import {
  countriesFromPackages,
  loadCountryPackages,
  standingInvitationsFromReference,
} from "../countries/reference";
import { countrySearchDocuments, saveCountries, saveStandingInvitations } from "../countries/store";
import { guideSearchDocuments } from "../guide/content";
import { mandatesFromReference } from "../mandates/reference";
import { mandateSearchDocuments, saveMandates } from "../mandates/store";
import type { Db } from "../platform/db/client";
import type { UpsertCounts } from "../platform/db/upsert";
import { replaceDocuments, type SearchDocument } from "../platform/search";
import { referenceImports } from "./schema";

export interface DatasetResult extends UpsertCounts {
  dataset: string;
  records: number;
  /** True when the dataset was already imported with identical content. */
  skipped: boolean;
}

interface Dataset<T> {
  name: string;
  load(): T[];
  save?(db: Db, records: T[]): Promise<UpsertCounts>;
  searchType: string;
  documents(records: T[]): SearchDocument[];
}

const readJson = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));

const datasets = [
  {
    name: "countries",
    load: () => countriesFromPackages(loadCountryPackages()),
    save: saveCountries,
    searchType: "country",
    documents: (list) => list.flatMap(countrySearchDocuments),
  } satisfies Dataset<ReturnType<typeof countriesFromPackages>[number]>,
  {
    name: "standing-invitations",
    load: () => standingInvitationsFromReference(readJson("../countries/data/standing_invitations.json")),
    save: saveStandingInvitations,
    searchType: "",
    documents: () => [],
  } satisfies Dataset<ReturnType<typeof standingInvitationsFromReference>[number]>,
  {
    name: "mandates",
    load: () =>
      mandatesFromReference(
        readJson("../mandates/data/mandates.json"),
        readJson("../mandates/data/mandates_i18n.json"),
      ),
    save: saveMandates,
    searchType: "mandate",
    documents: (list) => list.flatMap(mandateSearchDocuments),
  } satisfies Dataset<ReturnType<typeof mandatesFromReference>[number]>,
  {
    name: "guide",
    load: () => guideSearchDocuments(),
    searchType: "guide",
    documents: (docs) => docs,
  } satisfies Dataset<SearchDocument>,
] as Dataset<unknown>[];

/**
 * Loads the reference data shipped with Visitdesk. Idempotent: a dataset whose content hash is
 * unchanged is skipped, and `force` re-applies it row by row, touching only rows that differ.
 * Each dataset is written in one transaction, so a bad dataset leaves the previous one in place.
 */
export async function importReference(db: Db, opts: { force?: boolean } = {}): Promise<DatasetResult[]> {
  const results: DatasetResult[] = [];
  for (const ds of datasets) {
    const records = ds.load();
    const hash = createHash("sha256").update(JSON.stringify(records)).digest("hex");
    const [previous] = await db.select().from(referenceImports).where(eq(referenceImports.dataset, ds.name));
    if (previous?.hash === hash && !opts.force) {
      results.push({
        dataset: ds.name,
        records: records.length,
        skipped: true,
        inserted: 0,
        updated: 0,
        unchanged: records.length,
      });
      continue;
    }
    const counts = await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const c = ds.save ? await ds.save(t, records) : { inserted: 0, updated: 0, unchanged: records.length };
      const contentChanged = previous?.hash !== hash;
      if (ds.searchType && contentChanged) await replaceDocuments(t, ds.searchType, ds.documents(records));
      if (contentChanged) {
        await t
          .insert(referenceImports)
          .values({ dataset: ds.name, hash, records: records.length })
          .onConflictDoUpdate({
            target: referenceImports.dataset,
            set: { hash, records: records.length, importedAt: new Date() },
          });
      }
      return c;
    });
    results.push({ dataset: ds.name, records: records.length, skipped: false, ...counts });
  }
  return results;
}
