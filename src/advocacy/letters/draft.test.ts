import { describe, expect, it } from "vitest";
import { createI18n } from "../../platform/i18n";
import { draftLetter, earlierHistory, pendingRequests, type RegistryVisit } from "./draft";

const TODAY = "2025-06-01";
const visits: RegistryVisit[] = [
  {
    id: "v-torture",
    mandateId: "sr-torture",
    events: [
      { type: "requested", date: "2019-03-15" },
      { type: "reminder", date: "2023-02-01" },
      { type: "reminder", date: "2021-01-10" },
    ],
  },
  {
    id: "v-disappear",
    mandateId: "wg-disappearances",
    events: [{ type: "requested", date: "2022-06-01" }],
  },
  {
    // Answered: no longer pending.
    id: "v-torture-old",
    mandateId: "sr-torture",
    events: [
      { type: "requested", date: "2012-01-01" },
      { type: "accepted", date: "2012-05-01" },
      { type: "started", date: "2013-04-21" },
      { type: "completed", date: "2013-05-02" },
      { type: "report_published", date: "2014-03-01", symbol: "A/HRC/25/60/Add.1" },
    ],
  },
  {
    id: "v-declined",
    mandateId: "sr-torture",
    events: [
      { type: "requested", date: "2016-02-01" },
      { type: "declined", date: "2016-08-01" },
    ],
  },
];

describe("what the registry says about a country", () => {
  it("finds the pending requests, oldest first, each with its reminders in date order", () => {
    expect(pendingRequests(visits, TODAY)).toEqual([
      {
        visitId: "v-torture",
        mandate: "sr-torture",
        requestedOn: "2019-03-15",
        reminders: ["2021-01-10", "2023-02-01"],
      },
      { visitId: "v-disappear", mandate: "wg-disappearances", requestedOn: "2022-06-01", reminders: [] },
    ]);
  });

  it("tells what came of the mandate's earlier requests and visits, in the letter's language", () => {
    expect(earlierHistory(visits, "sr-torture", TODAY, createI18n("fr").t)).toEqual([
      { date: "2013-04-21", text: "Visite officielle de pays ; rapport A/HRC/25/60/Add.1." },
      { date: "2016-02-01", text: "Demande de visite (Refusée) ; aucun rappel." },
    ]);
  });
});

describe("a first draft", () => {
  const t = createI18n("en").t;
  const base = { language: "en", country: "MEX", visits, today: TODAY, t };

  it("lists the pending requests for a Government, the one the letter is about first", () => {
    const data = draftLetter({ ...base, template: "invitation-appeal", mandate: "wg-disappearances" });
    expect(data.pendingRequests).toEqual([
      { mandate: "wg-disappearances", requestedOn: "2022-06-01", reminders: [] },
      { mandate: "sr-torture", requestedOn: "2019-03-15", reminders: ["2021-01-10", "2023-02-01"] },
    ]);
    expect(data).toMatchObject({ language: "en", country: "MEX", mandate: "wg-disappearances" });
  });

  it("tells a mandate of its own earlier requests and visits, the pending one included", () => {
    const data = draftLetter({ ...base, template: "visit-request", mandate: "sr-torture" });
    expect(data.pendingRequests).toBeUndefined();
    expect(data.earlierCommunications).toEqual([
      { date: "2013-04-21", text: "Official country visit; report A/HRC/25/60/Add.1." },
      { date: "2016-02-01", text: "Request for a visit (Declined); no reminder." },
      { date: "2019-03-15", text: "Request for a visit, still pending; 2 reminders." },
    ]);
  });

  it("fills an invitation from the unofficial visit, cut to what a printed letter holds", () => {
    const data = draftLetter({
      ...base,
      template: "unofficial-visit-invitation",
      mandate: "sr-torture",
      unofficial: {
        event: "x".repeat(250),
        host: "University of Oaxaca",
        city: null,
        from: "2025-11-03",
        to: "2025-11-05",
      },
    });
    expect(data.event).toEqual({
      title: "x".repeat(200),
      host: "University of Oaxaca",
      from: "2025-11-03",
      to: "2025-11-05",
    });
    expect(data.earlierCommunications).toBeUndefined();
  });

  it("leaves the registry's sections out when it knows nothing", () => {
    const data = draftLetter({ ...base, visits: [], template: "standing-invitation-appeal", mandate: null });
    expect(data).toEqual({ language: "en", country: "MEX" });
  });
});
