// Shared by the submissions integration tests: a coalition of two organisations, an outsider and a
// coordinator, a visit with agreed dates, and a submission whose every confidential string is unique
// so a test can look for it anywhere.
import { sql } from "drizzle-orm";
import { accountDepsFor, makeUser, PASSWORD } from "../../test/support/accounts";
import { TEST_NOW, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { createCoalition } from "../accounts/organisations";
import { coalitionCoordinators, coalitionMembers } from "../accounts/schema";
import { loadActor } from "../accounts/service";
import { person } from "../advocacy/testing";
import { rows } from "../platform/db/client";
import { createVisit } from "../visits/recording";

export { docxText, formFields, pageText, pdfText, person } from "../advocacy/testing";

export const TODAY = TEST_NOW.toISOString().slice(0, 10);

/** What must never leave the owner organisation and the expert. */
export const secrets = {
  victim: "Xochitl Ramírez Quispe",
  victimContact: "xochitl.rq@example.org",
  witness: "Baptiste Ngoy Kalala",
  witnessContact: "+243 812 555 019",
  expertOnly: "detained incommunicado at the Kilimani station",
  witnessText: "saw the officers burn the ledgers",
  orgOnly: "our bookkeeper fears an audit",
};
/** Every word of every name and contact, as typed: none may appear where the person is withheld. */
export const identifying = [
  secrets.victim,
  "Xochitl",
  "Quispe",
  secrets.victimContact,
  secrets.witness,
  "Baptiste",
  "Kalala",
  secrets.witnessContact,
  "812 555 019",
];
export const publicText = "The 2019 law lets the registrar dissolve any association";

export const containsAny = (haystack: string, needles: readonly string[]) =>
  needles.filter((n) => haystack.toLowerCase().includes(n.toLowerCase()));

export async function visitWithDates(t: TestApp, actor: Parameters<typeof createVisit>[1]): Promise<string> {
  return createVisit(
    t.database.db,
    actor,
    {
      country: "KEN",
      mandate: "sr-assembly-association",
      mandateHolder: "Gina Romero",
      events: [
        { type: "requested", date: "2025-09-01" },
        { type: "accepted", date: "2026-02-01" },
        { type: "dates_agreed", date: "2026-06-01", from: "2027-02-10", to: "2027-02-20" },
      ],
    },
    TODAY,
  );
}

/** Organisations A (owner) and B (partner) in one coalition, an outsider's organisation, a coordinator. */
export async function world(t: TestApp) {
  const owner = await person(t, { org: "Haki Civic Watch", name: "Wanjiru Kamau" });
  const partner = await person(t, { org: "Mathare Social Justice Centre", name: "Otieno Ouma" });
  const outsider = await person(t, { org: "Elsewhere Watch", name: "Otto Other" });
  const member = await makeUser(t, { name: "Amani Member" });
  const coordinator = await person(t, { name: "Neema Coordinator" });
  const deps = { ...accountDepsFor(t), files: t.deps.files };
  const ownerOrg = owner.org?.id as string;
  const partnerOrg = partner.org?.id as string;
  const coalition = await createCoalition(deps, owner.actor, {
    name: "Civic Space Coalition",
    orgId: ownerOrg,
  });
  const db = t.database.db;
  // Joining goes through an invitation, tested in accounts; here the coalition is simply made.
  await db.insert(coalitionMembers).values({ coalitionId: coalition.id, orgId: partnerOrg });
  await db.insert(coalitionCoordinators).values({ coalitionId: coalition.id, userId: coordinator.user.id });
  // A plain member (not an admin) of the owner organisation.
  await db.execute(
    sql`INSERT INTO memberships (org_id, user_id, role) VALUES (${ownerOrg}, ${member.user.id}, 'member')`,
  );
  const memberClient = new Client(t);
  await memberClient.signIn(member.user.email, PASSWORD);
  for (const p of [owner, partner, coordinator]) p.actor = await loadActor(db, p.user);
  const visitId = await visitWithDates(t, owner.actor);
  return {
    owner,
    partner,
    outsider,
    coordinator,
    member: { ...member, actor: await loadActor(db, member.user), client: memberClient },
    coalition,
    ownerOrg,
    partnerOrg,
    visitId,
  };
}

/** The API's body for a submission with a part of each audience and two people with consent to the expert. */
export const submissionBody = (visit: string, extra: Record<string, unknown> = {}) => ({
  visit,
  title: "Civic space in Kenya ahead of the visit",
  language: "en",
  parts: [
    {
      kind: "context",
      heading: "The NGO law",
      body: `${publicText}.\n\n- Offices raided\n- Accounts frozen`,
      audience: "public",
    },
    {
      kind: "individual_cases",
      heading: "The Kilimani case",
      body: `${secrets.victim} was ${secrets.expertOnly}. Reach her at ${secrets.victimContact}.`,
      audience: "expert",
      mentions: [0],
    },
    {
      kind: "individual_cases",
      heading: "A witness",
      body: `${secrets.witness} ${secrets.witnessText}.`,
      audience: "expert",
      mentions: [1],
    },
    { kind: "other", heading: "Internal", body: `Note: ${secrets.orgOnly}.`, audience: "organisation" },
    {
      kind: "recommendations",
      heading: "Recommendations",
      body: "- Repeal the 2019 NGO law\n- Release the detained human rights defenders",
      audience: "public",
    },
  ],
  people: [
    {
      name: secrets.victim,
      contact: secrets.victimContact,
      role: "victim",
      consent: { audiences: ["expert"] },
    },
    {
      name: secrets.witness,
      contact: secrets.witnessContact,
      role: "witness",
      consent: { audiences: ["expert"] },
    },
  ],
  ...extra,
});

/** All the text the database holds, table by table: every column of every table, cast to text. */
export async function databaseText(t: TestApp): Promise<string> {
  const tables = await rows<{ table_name: string }>(
    t.database.db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const found = await rows<{ row: string }>(
      t.database.db,
      sql`SELECT t::text AS row FROM ${sql.raw(`"${table_name}"`)} t`,
    );
    for (const r of found) parts.push(r.row);
  }
  return parts.join("\n");
}
