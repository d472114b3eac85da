import { createHash } from "node:crypto";
import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { countries } from "../../countries/schema";
import { mandates } from "../../mandates/schema";
import { recordAudit } from "../../platform/audit/audit";
import { newId } from "../../platform/crypto/tokens";
import { type Db, rows } from "../../platform/db/client";
import { insertDocuments } from "../../platform/search";
import { visitEvents, visits } from "../schema";
import { type EventType, sortEvents } from "../status";
import { derivedColumns, refreshVisits, summariesOf, visitSearchDocument } from "../store";
import type { ColumnMapping, ImportField } from "./columns";
import { orderedId } from "./ids";
import { type ExistingVisit, type Plan, planImport } from "./plan";
import { type ImportFormat, readTable } from "./read";
import { checkRows, type ImportEvent, type Lookups } from "./rows";

export interface ImportOptions {
  format?: ImportFormat;
  encoding?: string;
  sheet?: string;
  mapping?: ColumnMapping;
}

export interface ImportFile {
  bytes: Uint8Array;
  /** The name the file had, shown to people and kept in the audit log. */
  name: string;
  options: ImportOptions;
}

export interface ImportOutcome {
  file: {
    name: string;
    sha256: string;
    format: ImportFormat;
    encoding: string | null;
    sheet: string | null;
    unit: "line" | "row";
  };
  columns: { header: string; field: ImportField | null }[];
  plan: Plan;
  /** True when the import was written; false for a preview, or a file with rejected rows. */
  applied: boolean;
}

async function loadLookups(db: Db): Promise<Lookups> {
  const [c, m] = await Promise.all([
    db.select({ iso3: countries.iso3, iso2: countries.iso2, names: countries.names }).from(countries),
    db.select({ id: mandates.id, title: mandates.title, shortName: mandates.shortName }).from(mandates),
  ]);
  return { countries: c, mandates: m };
}

/** The visits, with their events, that the registry holds for these country × mandate pairs. */
async function loadExisting(db: Db, pairs: { c: string; m: string }[]): Promise<ExistingVisit[]> {
  if (!pairs.length) return [];
  const found = await rows<{
    id: string;
    country: string;
    mandate: string;
    holder: string | null;
    type: EventType | null;
    date: string | null;
    symbol: string | null;
    date_from: string | null;
    date_to: string | null;
  }>(
    db,
    sql`SELECT v.id, v.country_iso3 AS country, v.mandate_id AS mandate, v.mandate_holder AS holder,
          e.type, e.date::text AS date, e.symbol, e.date_from::text AS date_from, e.date_to::text AS date_to
        FROM visits v
        JOIN jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS p(c text, m text)
          ON v.country_iso3 = p.c AND v.mandate_id = p.m
        LEFT JOIN visit_events e ON e.visit_id = v.id`,
  );
  const byId = new Map<string, ExistingVisit>();
  for (const r of found) {
    let v = byId.get(r.id);
    if (!v) {
      v = { id: r.id, country: r.country, mandate: r.mandate, holder: r.holder, events: [] };
      byId.set(r.id, v);
    }
    if (r.type && r.date)
      v.events.push({ type: r.type, date: r.date, symbol: r.symbol, from: r.date_from, to: r.date_to });
  }
  return [...byId.values()];
}

/** What importing the file would change; nothing is written. Throws ImportFileError for a bad file. */
export async function previewImport(db: Db, file: ImportFile, today: string): Promise<ImportOutcome> {
  const mapping = file.options.mapping ?? {};
  const table = await readTable(file.bytes, {
    format: file.options.format,
    encoding: file.options.encoding,
    sheet: file.options.sheet,
    name: file.name,
    mapped: Object.keys(mapping),
  });
  const checked = checkRows(
    table,
    mapping,
    await loadLookups(db),
    today,
    `Imported from the file “${file.name}”`,
  );
  const pairs = new Map<string, { c: string; m: string }>();
  for (const r of checked.rows)
    if (r.country && r.mandate) pairs.set(`${r.country}|${r.mandate}`, { c: r.country, m: r.mandate });
  const plan = planImport(checked.rows, await loadExisting(db, [...pairs.values()]), table.unit);
  return {
    file: {
      name: file.name,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      format: table.format,
      encoding: table.encoding,
      sheet: table.sheet,
      unit: table.unit,
    },
    columns: checked.columns,
    plan,
    applied: false,
  };
}

const BATCH = 1000;

const chunks = <T>(list: readonly T[], size = BATCH): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * Imports the file in one transaction: new visits, new events (a multi-row INSERT that skips
 * letters already recorded), derived status and search texts refreshed, one audit entry. A file
 * with a rejected row changes nothing unless `validOnly` asks to import the other rows. Imports
 * run one at a time (a transaction-scoped advisory lock), so two imports of one file cannot
 * create the same visit twice.
 */
export async function applyImport(
  db: Db,
  file: ImportFile,
  opts: { validOnly?: boolean; actorId: string | null; via: "web" | "api" | "cli" },
  today: string,
): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql`SELECT pg_advisory_xact_lock(hashtext('visitdesk:visit-import'))`);
    const outcome = await previewImport(t, file, today);
    const { plan } = outcome;
    if (plan.counts.rejected > 0 && !opts.validOnly) return outcome;

    // Each visit's letters in the order of its life, as they are written and derived.
    for (const v of plan.visits) if (v.added.length > 1) v.added = sortEvents(v.added) as ImportEvent[];
    const fresh = plan.visits.filter((v) => !v.id && v.added.length);
    for (const v of fresh) v.createdId = newId();
    // A new visit is written with its derived status at once: all its letters are in the plan.
    for (const part of chunks(fresh, 5000)) {
      await insertRecords(
        t,
        visits,
        part.map((v) => ({
          id: v.createdId as string,
          countryIso3: v.country,
          mandateId: v.mandate,
          mandateAsPublished: v.mandateAsPublished,
          mandateHolder: v.holder,
          ...derivedColumns(v.added, today),
          provenance: {
            source: v.source ?? `Imported from the file “${file.name}”`,
            asOf: today,
            confidence: "corpus" as const,
            evidence: [],
            note: null,
          },
          createdBy: opts.actorId,
        })),
      );
    }
    const holders = plan.visits.filter((v) => v.id && v.setHolder);
    for (const part of chunks(holders)) {
      const json = JSON.stringify(part.map((v) => ({ id: v.id, holder: v.setHolder })));
      await t.execute(sql`UPDATE visits AS v SET mandate_holder = x.holder, updated_at = now()
        FROM jsonb_to_recordset(${json}::jsonb) AS x(id text, holder text)
        WHERE v.id = x.id AND v.mandate_holder IS NULL`);
    }
    const events = plan.visits.flatMap((v) =>
      v.added.map((e) => ({
        id: orderedId(),
        visitId: v.id ?? (v.createdId as string),
        type: e.type,
        date: e.date,
        precision: e.precision ?? "day",
        dateFrom: e.from ?? null,
        dateTo: e.to ?? null,
        symbol: e.symbol ?? null,
        session: e.session ?? null,
        source: e.source ?? null,
        note: e.note ?? null,
        recordedBy: opts.actorId,
      })),
    );
    for (const part of chunks(events, 10_000)) await insertRecords(t, visitEvents, part, true);
    // A visit already in the registry is derived again from all its letters, old and new.
    const updated = plan.visits
      .filter((v) => v.id && (v.added.length || v.setHolder))
      .map((v) => v.id as string);
    await refreshVisits(t, updated, today);
    await reindexVisits(t, [...updated, ...fresh.map((v) => v.createdId as string)]);
    await recordAudit(t, {
      actorId: opts.actorId,
      orgId: null,
      action: "visit.import",
      recordType: "visit_import",
      recordId: outcome.file.sha256,
      details: {
        via: opts.via,
        file: file.name.slice(0, 200),
        format: outcome.file.format,
        rows: plan.counts.rows,
        newVisits: plan.counts.newVisits,
        updatedVisits: plan.counts.updatedVisits,
        newEvents: plan.counts.newEvents,
        rejected: plan.counts.rejected,
      },
    });
    return { ...outcome, applied: true };
  });
}

/**
 * A multi-row INSERT whose rows travel as one JSON parameter: thousands of rows per statement
 * without thousands of bind parameters, the column list and types taken from the table itself.
 */
async function insertRecords<T extends PgTable>(
  db: Db,
  table: T,
  records: T["$inferInsert"][],
  skipConflicts = false,
): Promise<void> {
  const [first] = records;
  if (!first) return;
  const columns = getTableColumns(table) as Record<string, { name: string; getSQLType(): string }>;
  const col = (k: string) => columns[k] as { name: string; getSQLType(): string };
  const keys = Object.keys(first);
  const names = keys.map((k) => `"${col(k).name}"`).join(", ");
  const shape = keys.map((k) => `"${k}" ${col(k).getSQLType()}`).join(", ");
  const values = keys.map((k) => `x."${k}"`).join(", ");
  await db.execute(sql`INSERT INTO ${table} (${sql.raw(names)})
    SELECT ${sql.raw(values)} FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(${sql.raw(shape)})
    ${skipConflicts ? sql`ON CONFLICT DO NOTHING` : sql``}`);
}

/** Quick search finds imported visits as it finds recorded ones (`visitSearchDocument`). */
async function reindexVisits(db: Db, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids, 5000))
    await insertDocuments(db, (await summariesOf(db, part)).map(visitSearchDocument));
}
