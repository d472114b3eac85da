// Helpers shared by the alerts integration tests.
import { makeUser, PASSWORD } from "../../test/support/accounts";
import type { TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";

/** A new user, signed in through the API in a browser-like client. */
export async function signedIn(t: TestApp, name: string) {
  const { user } = await makeUser(t, { name });
  const client = new Client(t);
  const r = await client.signIn(user.email, PASSWORD);
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status}`);
  return { user, client };
}

/** The id of one sample visit of a country (and mandate). */
export async function visitOf(t: TestApp, country: string, mandate?: string): Promise<string> {
  const { body } = await t.json<{ items: { id: string }[] }>(
    `/api/v1/visits?country=${country}${mandate ? `&mandate=${mandate}` : ""}&limit=1`,
  );
  const id = body.items[0]?.id;
  if (!id) throw new Error(`no sample visit for ${country}`);
  return id;
}

let day = 0;
/** Records a follow-up on a visit through the API, on a day no other test uses. */
export async function recordFollowUp(
  client: Client,
  visitId: string,
  note = "Follow-up letter",
): Promise<string> {
  day++;
  const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
  const r = await client.json<{ id: string }>("POST", `/api/v1/visits/${visitId}/events`, {
    json: { type: "follow_up", date, note },
  });
  if (r.status !== 201) throw new Error(`recording failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id;
}
