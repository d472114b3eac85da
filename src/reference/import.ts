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
import { type ReferenceVisit, visitsFromReference } from "../visits/reference";
import { listVisits, saveReferenceVisits, visitSearchDocument } from "../visits/store";
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
  /** What quick search indexes, read after saving (some texts need names from other tables). */
  documents(records: T[], db: Db): SearchDocument[] | Promise<SearchDocument[]>;
}

const readJson = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));

const loadMandates = () =>
  mandatesFromReference(
    readJson("../mandates/data/mandates.json"),
    readJson("../mandates/data/mandates_i18n.json"),
  );

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
    load: loadMandates,
    save: saveMandates,
    searchType: "mandate",
    documents: (list) => list.flatMap(mandateSearchDocuments),
  } satisfies Dataset<ReturnType<typeof mandatesFromReference>[number]>,
  {
    name: "visits",
    load: () =>
      visitsFromReference(
        [readJson("../visits/data/visits_sample.json"), readJson("../visits/data/visits_more.json")].map(
          (f) => ({
            rows: f.rows,
            sources: f.meta.sources,
          }),
        ),
        loadMandates(),
      ).visits,
    save: (db, list) => saveReferenceVisits(db, list, new Date().toISOString().slice(0, 10)),
    searchType: "visit",
    documents: async (_list, db) =>
      (await listVisits(db, { limit: 100_000, offset: 0 })).items.map(visitSearchDocument),
  } satisfies Dataset<ReferenceVisit>,
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
      if (ds.searchType && contentChanged)
        await replaceDocuments(t, ds.searchType, await ds.documents(records, t));
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
