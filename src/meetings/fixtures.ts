// Helpers shared by the programme's integration and browser tests.
import { accountDepsFor, makeUser, PASSWORD } from "../../test/support/accounts";
import type { TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { createCoalition } from "../accounts/organisations";
import { coalitionMembers } from "../accounts/schema";
import { loadActor } from "../accounts/service";

/** A new user (with an organisation they administer, if named), signed in through the API. */
export async function signedIn(t: TestApp, name: string, org?: string) {
  const made = await makeUser(t, { name, org });
  const client = new Client(t);
  const r = await client.signIn(made.user.email, PASSWORD);
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status}`);
  return { ...made, client };
}

/** A coalition, its coordinator (signed in) and, if given, member organisations. */
export async function coalitionWithCoordinator(t: TestApp, name: string, memberOrgIds: string[] = []) {
  const coordinator = await signedIn(t, `${name} coordinator`);
  const coalition = await createCoalition(accountDepsFor(t), coordinator.actor, { name });
  for (const orgId of memberOrgIds)
    await t.database.db.insert(coalitionMembers).values({ coalitionId: coalition.id, orgId });
  return { ...coordinator, actor: await loadActor(t.database.db, coordinator.user), coalition };
}

/** The id of one sample visit. */
export async function aVisit(t: TestApp, offset = 0): Promise<string> {
  const { body } = await t.json<{ items: { id: string }[] }>(`/api/v1/visits?limit=1&offset=${offset}`);
  const id = body.items[0]?.id;
  if (!id) throw new Error("no sample visit");
  return id;
}

/** A slot on a day of March 2027 in Nairobi time (UTC+3), e.g. `slot("08", "09:00", "10:00", {...})`. */
export function slot(day: string, from: string, to: string, extra: Record<string, unknown> = {}) {
  return {
    start: `2027-03-${day}T${from}:00+03:00`,
    end: `2027-03-${day}T${to}:00+03:00`,
    city: "Nairobi",
    capacity: 1,
    ...extra,
  };
}

/** A whole day of availability in March 2027, Nairobi time. */
export const allDay = (day: string) => ({
  start: `2027-03-${day}T07:00:00+03:00`,
  end: `2027-03-${day}T20:00:00+03:00`,
});

/** A meeting request with every field filled; its confidential fields carry `secret` so leaks are found. */
export function requestBody(organisation: string, secret: string, extra: Record<string, unknown> = {}) {
  return {
    organisation,
    contact: {
      name: `Contact ${secret}`,
      email: `${secret.toLowerCase()}@example.org`,
      phone: `+254 ${secret}`,
    },
    themes: [],
    cities: ["Nairobi"],
    available: [allDay("08")],
    people: 2,
    interpretation: `Swahili ${secret}`,
    accessibility: `Ramp ${secret}`,
    needsPrivate: false,
    priorityFacts: [],
    otherFacts: `Facts ${secret}`,
    shareName: false,
    ...extra,
  };
}

/** Sends a request through the link, as `client` (anonymous when left out). */
export async function submit(t: TestApp, token: string, body: unknown, client?: Client) {
  const c = client ?? new Client(t, "198.51.100.9");
  return c.json<{ id: string; error?: { code: string; details: { path: string }[] } }>(
    "POST",
    `/api/v1/programme-links/${token}/requests`,
    { json: body },
  );
}

export { PASSWORD };
