import { afterAll, describe, expect, it } from "vitest";
import { createI18n } from "../../platform/i18n";
import { type Allocation, allocate } from "./allocate";
import { pinIssueText, reasonText } from "./explain";
import { at, instance, request, slot } from "./fixtures/build";
import { createHighsSolver, type Solver } from "./solve";

const solver = createHighsSolver();
afterAll(() => solver.close());
const run = (o: Record<string, unknown>, s: Solver = solver) => allocate(instance(o), { solver: s });
const reasonOf = (a: Allocation, id: string) => a.unassigned.find((u) => u.request === id)?.reason;
const { t } = createI18n("en");

describe("why a request is left out", () => {
  it("no slot at all", async () => {
    const a = await run({ slots: [], requests: [request("r1")] });
    expect(a.unassigned).toEqual([{ request: "r1", reason: { code: "no_slots" } }]);
    expect(reasonText(t, { code: "no_slots" })).toBe("There are no meeting slots yet.");
  });

  it("no slot in a city it can reach, counting the slots", async () => {
    const a = await run({
      slots: [slot("s1"), slot("s2", { city: "Kisumu" })],
      requests: [request("r1", { cities: ["Mombasa"] })],
    });
    expect(reasonOf(a, "r1")).toEqual({ code: "no_city", slots: 2 });
    expect(reasonText(t, { code: "no_city", slots: 2 })).toBe(
      "None of the 2 slots is in a city it can reach.",
    );
  });

  it("no slot while it is available, counting the slots in reachable cities", async () => {
    const a = await run({
      slots: [
        slot("s1"),
        slot("s2", { start: at("14:00"), end: at("15:00") }),
        slot("s3", { city: "Kisumu" }),
      ],
      requests: [request("r1", { available: [{ start: at("16:00"), end: at("18:00") }] })],
    });
    expect(reasonOf(a, "r1")).toEqual({ code: "not_available", slots: 2 });
  });

  it("no slot on its themes", async () => {
    const a = await run({
      slots: [slot("s1", { theme: "detention" })],
      requests: [request("r1", { themes: ["land rights"] })],
    });
    expect(reasonOf(a, "r1")).toEqual({ code: "no_theme", slots: 1 });
    expect(reasonText(t, { code: "no_theme", slots: 1 })).toBe(
      "The only slot it could attend is on a theme it does not raise.",
    );
  });

  it("needs a private meeting and no private slot fits", async () => {
    const a = await run({
      slots: [slot("s1", { capacity: 4 }), slot("s2", { private: true, city: "Kisumu" })],
      requests: [request("r1", { needsPrivate: true })],
    });
    expect(reasonOf(a, "r1")).toEqual({ code: "no_private", slots: 1 });
  });

  it("the coordinator forbade every slot that fits", async () => {
    const a = await run({
      slots: [slot("s1"), slot("s2", { start: at("11:00"), end: at("12:00") })],
      requests: [request("r1")],
      forbidden: [
        { request: "r1", slot: "s1" },
        { request: "r1", slot: "s2" },
      ],
    });
    expect(reasonOf(a, "r1")).toEqual({ code: "forbidden", slots: 2 });
  });

  it("the slots that fit are full of requests with higher or equal priority, counted, never named", async () => {
    const a = await run({
      slots: [slot("s1", { capacity: 2 }), slot("s2", { start: at("11:00"), end: at("12:00") })],
      requests: [
        request("kx1", { priority: 3, organisation: "Alpha Watch" }),
        request("kx2", { priority: 3, organisation: "Beta Watch" }),
        request("kx3", { priority: 1, organisation: "Gamma Aid" }),
        request("kx4", { priority: 1, organisation: "Delta Aid" }),
      ],
    });
    expect(a.heard).toBe(3);
    const [out] = a.unassigned;
    expect(out?.reason).toEqual({ code: "full", slots: 2, higher: 2, equal: 1, lower: 0, pinned: 0 });
    const text = reasonText(t, out?.reason ?? { code: "no_slots" });
    expect(text).toBe(
      "All 2 slots that fit are full. 2 requests with a higher priority have a place there. 1 request with the same priority has a place there, so that as many requests as possible are heard.",
    );
    for (const name of ["Alpha", "Beta", "Gamma", "Delta", "kx"]) expect(text).not.toContain(name);
  });

  it("counts occupants the coordinator pinned apart, even of lower priority", async () => {
    const a = await run({
      slots: [slot("s1")],
      requests: [request("low", { priority: 0 }), request("urgent", { priority: 3 })],
      pins: [{ request: "low", slot: "s1" }],
    });
    expect(a.assignments).toEqual([{ request: "low", slot: "s1" }]);
    expect(reasonOf(a, "urgent")).toEqual({
      code: "full",
      slots: 1,
      higher: 0,
      equal: 0,
      lower: 0,
      pinned: 1,
    });
    expect(reasonText(t, reasonOf(a, "urgent") ?? { code: "no_slots" })).toBe(
      "The only slot that fits is full. 1 request was placed there by the coordinator.",
    );
  });

  it("says the time limit stopped the search when a slot that fits still has room", async () => {
    // The solver's best when stopped: its optimum without the last request's meeting.
    const stopped: Solver = {
      solve: async (lp, o) => {
        const found = await solver.solve(lp, o);
        const xs = (found.ones ?? []).filter((v) => v.startsWith("x"));
        const last = xs.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))).at(-1);
        return {
          status: "limit",
          ones: (found.ones ?? []).filter((v) => v !== last),
          detail: "Time limit reached",
        };
      },
      close: async () => {},
    };
    const a = await run(
      {
        slots: [
          slot("s1"),
          slot("s2", { start: at("11:00"), end: at("12:00") }),
          slot("s3", { city: "Kisumu" }),
        ],
        requests: [
          request("r1", { priority: 3 }),
          request("r2", { priority: 2, available: [{ start: at("08:00"), end: at("10:00") }] }),
          request("r3", { priority: 0, cities: ["Kisumu"] }),
        ],
      },
      stopped,
    );
    expect(a.optimal).toBe(false);
    expect(a.assignments.map((p) => p.request)).toEqual(["r1", "r2"]);
    expect(reasonOf(a, "r3")).toEqual({ code: "time_limit", slots: 1 });
  });

  it("falls back on a quick answer that keeps the pins when the solver is stopped empty-handed", async () => {
    const empty: Solver = {
      solve: async () => ({ status: "limit", ones: [], detail: "Time limit reached" }),
      close: async () => {},
    };
    const a = await run(
      {
        slots: [slot("s1"), slot("s2", { start: at("11:00"), end: at("12:00") })],
        requests: [
          request("r1", { priority: 3 }),
          request("r2", { priority: 0 }),
          request("r3", { priority: 1 }),
        ],
        pins: [{ request: "r2", slot: "s2" }],
      },
      empty,
    );
    expect(a.optimal).toBe(false);
    expect(a.assignments).toEqual([
      { request: "r1", slot: "s1" },
      { request: "r2", slot: "s2" },
    ]);
    expect(reasonOf(a, "r3")).toMatchObject({ code: "full", higher: 1, pinned: 1 });
  });

  it("gives every left-out request a reason in every language", async () => {
    const a = await run({
      slots: [slot("s1")],
      requests: [request("r1", { priority: 2 }), request("r2"), request("r3", { cities: [] })],
    });
    expect(a.unassigned.map((u) => u.request)).toEqual(["r2", "r3"]);
    for (const locale of ["en", "fr", "es", "ar"] as const) {
      const i18n = createI18n(locale);
      for (const u of a.unassigned) expect(reasonText(i18n.t, u.reason)).toMatch(/\S{3}/);
    }
    expect(reasonText(createI18n("fr").t, { code: "no_city", slots: 3 })).toBe(
      "Aucun des 3 créneaux n'est dans une ville que l'organisation peut rejoindre.",
    );
  });
});

describe("pins that cannot hold", () => {
  it("a pin to a slot that does not fit, saying why", async () => {
    const a = await run({
      slots: [slot("s1", { theme: "detention" }), slot("s2", { start: at("11:00"), end: at("12:00") })],
      requests: [request("r1", { themes: ["housing"] })],
      pins: [{ request: "r1", slot: "s1" }],
    });
    expect(a.pinIssues).toEqual([{ request: "r1", slot: "s1", code: "pin_unfit", misfit: "theme" }]);
    // The pin is not applied, and the request is still placed where it fits.
    expect(a.assignments).toEqual([{ request: "r1", slot: "s2" }]);
    expect(pinIssueText(t, a.pinIssues[0] as (typeof a.pinIssues)[number])).toBe(
      "The pin to slot s1 cannot hold: the slot's theme is not one the request raises.",
    );
  });

  it("a pin that is also forbidden", async () => {
    const a = await run({
      slots: [slot("s1")],
      requests: [request("r1")],
      pins: [{ request: "r1", slot: "s1" }],
      forbidden: [{ request: "r1", slot: "s1" }],
    });
    expect(a.pinIssues).toEqual([{ request: "r1", slot: "s1", code: "pin_forbidden" }]);
    expect(a.assignments).toEqual([]);
  });

  it("pins overfilling a slot: the higher priorities are kept", async () => {
    const a = await run({
      slots: [slot("s1", { capacity: 2 })],
      requests: [request("a", { priority: 0 }), request("b", { priority: 2 }), request("c", { priority: 1 })],
      pins: ["a", "b", "c"].map((r) => ({ request: r, slot: "s1" })),
    });
    expect(a.pinIssues).toEqual([{ request: "a", slot: "s1", code: "pin_full", pins: 3, capacity: 2 }]);
    expect(a.assignments.map((p) => p.request)).toEqual(["b", "c"]);
    expect(pinIssueText(t, a.pinIssues[0] as (typeof a.pinIssues)[number])).toBe(
      "The pin to slot s1 cannot hold: 3 pins ask for this slot, which holds 2 requests; pins of requests with a higher priority were kept first.",
    );
  });

  it("two pins of one request at overlapping times", async () => {
    const a = await run({
      slots: [slot("s1"), slot("s2", { start: at("09:30"), end: at("10:30") })],
      requests: [request("r1")],
      maxMeetingsPerRequest: 2,
      pins: [
        { request: "r1", slot: "s2" },
        { request: "r1", slot: "s1" },
      ],
    });
    expect(a.pinIssues).toEqual([{ request: "r1", slot: "s2", code: "pin_overlap", other: "s1" }]);
    expect(a.assignments).toEqual([{ request: "r1", slot: "s1" }]);
  });

  it("more pins than a request may have meetings", async () => {
    const a = await run({
      slots: [slot("s1"), slot("s2", { start: at("11:00"), end: at("12:00") })],
      requests: [request("r1")],
      pins: [
        { request: "r1", slot: "s1" },
        { request: "r1", slot: "s2" },
      ],
    });
    expect(a.pinIssues).toEqual([{ request: "r1", slot: "s2", code: "pin_max", max: 1 }]);
    expect(a.assignments).toEqual([{ request: "r1", slot: "s1" }]);
  });
});
