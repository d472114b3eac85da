import { and, count, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { type UpsertCounts, upsertRows } from "../platform/db/upsert";
import type { SearchDocument } from "../platform/search";
import { type Country, type CountryWithInvitation, countryName, standingInvitationOf } from "./country";
import type { StandingInvitationRecord } from "./reference";
import { countries, standingInvitations } from "./schema";

export interface CountryFilter {
  q?: string;
  region?: string;
  group?: string;
  un?: Country["unStatus"];
  si?: "yes" | "no" | "unknown";
  sort?: "name" | "iso3";
  /** Language whose names are searched and sorted on. */
  lang: string;
  limit: number;
  offset: number;
}

function toCountry(row: typeof countries.$inferSelect): Country {
  const { updatedAt: _u, ...rest } = row;
  return rest;
}

async function listedCount(db: Db): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(standingInvitations)
    .where(eq(standingInvitations.extended, "yes"));
  return r?.n ?? 0;
}

export async function listCountries(
  db: Db,
  f: CountryFilter,
): Promise<{ items: CountryWithInvitation[]; total: number }> {
  const where: SQL[] = [];
  if (f.region) where.push(eq(countries.region, f.region));
  if (f.group) where.push(eq(countries.unRegionalGroup, f.group));
  if (f.un) where.push(eq(countries.unStatus, f.un));
  if (f.si === "unknown") where.push(isNull(standingInvitations.countryIso3));
  else if (f.si) where.push(eq(standingInvitations.extended, f.si));
  if (f.q?.trim()) {
    const p = `%${f.q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(sql`(${countries.names}::text ILIKE ${p} OR ${countries.iso3} = upper(${f.q.trim()}))`);
  }
  const cond = where.length ? and(...where) : undefined;
  const order =
    f.sort === "iso3"
      ? sql`${countries.iso3}`
      : sql`coalesce(${countries.names}->>${f.lang}, ${countries.names}->>'en')`;
  const base = () =>
    db
      .select()
      .from(countries)
      .leftJoin(standingInvitations, eq(standingInvitations.countryIso3, countries.iso3));
  const [found, [totalRow], listed] = await Promise.all([
    base().where(cond).orderBy(order).limit(f.limit).offset(f.offset),
    db
      .select({ n: count() })
      .from(countries)
      .leftJoin(standingInvitations, eq(standingInvitations.countryIso3, countries.iso3))
      .where(cond),
    listedCount(db),
  ]);
  return {
    items: found.map((r) => ({
      ...toCountry(r.countries),
      standingInvitation: standingInvitationOf(r.standing_invitations, listed),
    })),
    total: totalRow?.n ?? 0,
  };
}

export async function getCountry(db: Db, iso3: string): Promise<CountryWithInvitation | undefined> {
  const [[row], listed] = await Promise.all([
    db
      .select()
      .from(countries)
      .leftJoin(standingInvitations, eq(standingInvitations.countryIso3, countries.iso3))
      .where(eq(countries.iso3, iso3.toUpperCase())),
    listedCount(db),
  ]);
  if (!row) return undefined;
  return {
    ...toCountry(row.countries),
    standingInvitation: standingInvitationOf(row.standing_invitations, listed),
  };
}

/** Distinct regions and UN regional groups, for filter menus. */
export async function countryFacets(db: Db): Promise<{ regions: string[]; groups: string[] }> {
  const [regions, groups] = await Promise.all([
    db.selectDistinct({ v: countries.region }).from(countries).orderBy(countries.region),
    db
      .selectDistinct({ v: countries.unRegionalGroup })
      .from(countries)
      .where(sql`${countries.unRegionalGroup} IS NOT NULL`)
      .orderBy(countries.unRegionalGroup),
  ]);
  return { regions: regions.map((r) => r.v), groups: groups.map((g) => g.v ?? "") };
}

export async function standingInvitationTotals(db: Db): Promise<{ yes: number; no: number }> {
  const found = await db
    .select({ extended: standingInvitations.extended, n: count() })
    .from(standingInvitations)
    .groupBy(standingInvitations.extended);
  return {
    yes: found.find((r) => r.extended === "yes")?.n ?? 0,
    no: found.find((r) => r.extended === "no")?.n ?? 0,
  };
}

export function saveCountries(db: Db, list: Country[]): Promise<UpsertCounts> {
  return upsertRows(db, countries, ["iso3"], list);
}

export function saveStandingInvitations(db: Db, list: StandingInvitationRecord[]): Promise<UpsertCounts> {
  return upsertRows(db, standingInvitations, ["countryIso3"], list);
}

/** A country is found by its name in each UN language and by its codes. */
export function countrySearchDocuments(c: Country): SearchDocument[] {
  return Object.entries(c.names).map(([lang, name]) => ({
    type: "country",
    refId: c.iso3,
    lang,
    title: name,
    body: [c.iso3, c.iso2, countryName(c, "en"), c.region, c.subregion].filter(Boolean).join(" · "),
    url: `/countries/${c.iso3}`,
  }));
}
