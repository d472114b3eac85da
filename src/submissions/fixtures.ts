import { type Consent, type Part, type Person, Submission } from "./model";

/** Builders for tests of the submission area (and, later, its store and pages). */
export const NOW = new Date("2026-03-10T12:00:00Z");
export const YESTERDAY = "2026-03-09T12:00:00Z";
export const LAST_MONTH = "2026-02-10T09:00:00Z";

export function consent(audiences: Consent["audiences"], extra: Partial<Consent> = {}): Consent {
  return {
    id: `c-${audiences.join("-")}`,
    audiences,
    givenBy: "the person",
    givenOn: LAST_MONTH,
    recordedBy: "u-field",
    ...extra,
  };
}

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, contact: null, role: "witness", consents: [], ...extra };
}

export function part(id: string, extra: Partial<Part> = {}): Part {
  return {
    id,
    kind: "issues",
    heading: `Heading ${id}`,
    body: `Body of ${id}.`,
    audience: "public",
    mentions: [],
    contributorOrgIds: ["A"],
    ...extra,
  };
}

export function submission(
  parts: Part[],
  people: Person[] = [],
  extra: Partial<Submission> = {},
): Submission {
  return Submission.parse({
    id: "s1",
    visitId: "v1",
    ownerOrgId: "A",
    coalitionId: "C",
    title: "Civic space ahead of the visit",
    language: "en",
    parts,
    people,
    ...extra,
  });
}

/**
 * A joint submission by organisation A (owner) and B in coalition C, with a part of every
 * audience and people with every state of consent. Each part's text is unique so a test can
 * search an exported document for it.
 */
export const people = {
  jose: person("p-jose", "José García", {
    role: "victim",
    contact: "jose.garcia@example.org; +254 712 345 678",
    consents: [consent(["expert"])],
  }),
  amina: person("p-amina", "Amina Khalil", {
    role: "witness",
    contact: "Signal: +254 733 222 111",
    consents: [consent(["expert", "coalition"])],
  }),
  ruth: person("p-ruth", "Ruth Otieno", {
    role: "witness",
    consents: [consent(["expert"], { revokedOn: YESTERDAY, revokedBy: "u-field" })],
  }),
  grace: person("p-grace", "Grace Mwangi", { role: "source", consents: [consent(["public"])] }),
};

export const jointSubmission = (): Submission =>
  submission(
    [
      part("context", {
        kind: "context",
        heading: "Civic space since 2019",
        body: "The 2019 NGO law lets the registrar close any group.\n\n- Offices raided in Nairobi\n- Bank accounts frozen",
      }),
      part("case-jose", {
        kind: "individual_cases",
        heading: "The arrest of José García",
        body: "José García was detained without charge on 3 May. Reach him at jose.garcia@example.org.",
        audience: "expert",
        mentions: ["p-jose"],
      }),
      part("case-amina", {
        kind: "individual_cases",
        heading: "Testimony on the raid",
        body: "Amina Khalil saw the raid. Signal +254 733 222 111.",
        audience: "expert",
        mentions: ["p-amina"],
        contributorOrgIds: ["B"],
      }),
      part("case-ruth", {
        kind: "individual_cases",
        heading: "A second witness",
        body: "Ruth Otieno described beatings in custody.",
        audience: "expert",
        mentions: ["p-ruth"],
      }),
      part("recs-a", {
        kind: "recommendations",
        heading: "Recommendations",
        body: "- Ask the Government to repeal the 2019 NGO law\n- Ask for the release of detained defenders",
      }),
      part("recs-b", {
        kind: "recommendations",
        heading: "Our recommendations",
        body: "- Urge the Government to repeal the NGO law of 2019\n- Visit the Kamiti prison",
        contributorOrgIds: ["B"],
      }),
      part("coalition-note", {
        kind: "other",
        heading: "Who meets the expert",
        body: "Coalition only: B meets the expert on day two in Kisumu.",
        audience: "coalition",
      }),
      part("org-note", {
        kind: "other",
        heading: "Funding worries",
        body: "Organisation only: our donor wants this kept quiet.",
        audience: "organisation",
      }),
      part("b-org-note", {
        kind: "other",
        heading: "B internal",
        body: "B only: our lawyer is under surveillance.",
        audience: "organisation",
        contributorOrgIds: ["B"],
      }),
      part("sources", {
        kind: "sources",
        heading: "Sources",
        body: "Court records; interviews by Grace Mwangi, who agreed to be named.",
        mentions: ["p-grace"],
      }),
      part("annex-1", { kind: "annex", heading: "List of closed groups", body: "- Group one\n- Group two" }),
    ],
    Object.values(people),
  );
