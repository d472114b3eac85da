import { describe, expect, it } from "vitest";
import { parseInstance } from "./allocation/instance";
import {
  coParticipants,
  dayPlans,
  effectivePriority,
  formDays,
  formWindows,
  ProgrammeInput,
  type RequestFacts,
  RequestInput,
  type SlotFacts,
  SlotInput,
  slotsOfDay,
  suggestedPriority,
  toInstance,
} from "./programme";

const slot = (id: string, start: string, end: string, extra: Partial<SlotFacts> = {}): SlotFacts => ({
  id,
  startsAt: new Date(start),
  endsAt: new Date(end),
  timeZone: "Africa/Nairobi",
  city: "Nairobi",
  place: null,
  capacity: 2,
  theme: null,
  private: false,
  ...extra,
});

const request = (id: string, extra: Partial<RequestFacts> = {}): RequestFacts => ({
  id,
  organisation: `Org ${id}`,
  themes: [],
  cities: ["Nairobi"],
  available: [{ start: "2027-03-08T07:00:00+03:00", end: "2027-03-08T20:00:00+03:00" }],
  priority: null,
  priorityFacts: [],
  needsPrivate: false,
  status: "active",
  ...extra,
});

describe("inputs at the boundary", () => {
  const goodSlot = {
    start: "2027-03-08T09:00:00+03:00",
    end: "2027-03-08T10:00:00+03:00",
    city: "Nairobi",
    capacity: 2,
  };

  it("takes a slot with its offsets, and defaults what may be left out", () => {
    const s = SlotInput.parse({ ...goodSlot, place: "  ", theme: "" });
    expect(s).toMatchObject({ place: null, theme: null, private: false });
    expect(s.timeZone).toBeUndefined();
  });

  it("names the field of each mistake", () => {
    const paths = (v: unknown) => SlotInput.safeParse(v).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths({ ...goodSlot, end: "2027-03-08T08:00:00+03:00" })).toEqual(["end"]);
    expect(paths({ ...goodSlot, end: goodSlot.start })).toEqual(["end"]);
    expect(paths({ ...goodSlot, capacity: 0 })).toEqual(["capacity"]);
    expect(paths({ ...goodSlot, start: "2027-03-08T09:00:00" })).toEqual(["start"]);
    expect(paths({ ...goodSlot, timeZone: "Nairobi" })).toEqual(["timeZone"]);
  });

  it("wants exactly one of a coalition and an organisation to run a programme", () => {
    const base = { title: "T", timeZone: "UTC" };
    const id = "0d6f3c1e-8e55-4a4b-9d43-1f0b7c2d9a10";
    expect(ProgrammeInput.safeParse({ ...base, coalition: id }).success).toBe(true);
    expect(ProgrammeInput.safeParse({ ...base, organisation: id }).success).toBe(true);
    expect(ProgrammeInput.safeParse(base).error?.issues[0]?.path).toEqual(["coalition"]);
    expect(ProgrammeInput.safeParse({ ...base, coalition: id, organisation: id }).success).toBe(false);
  });

  it("keeps a private meeting's reason only when one is asked for, and de-duplicates facts", () => {
    const r = RequestInput.parse({
      organisation: "Org",
      contact: { name: "N", email: "n@example.org" },
      cities: ["Nairobi"],
      available: [{ start: "2027-03-08T09:00:00+03:00", end: "2027-03-08T10:00:00+03:00" }],
      people: 1,
      priorityFacts: ["grassroots", "grassroots"],
      privateReason: "kept?",
    });
    expect(r.priorityFacts).toEqual(["grassroots"]);
    expect(r.needsPrivate).toBe(false);
    expect(r.contact.phone).toBeNull();
  });
});

describe("priority", () => {
  it("suggests one point per known fact, at most 3, until the coordinator sets one", () => {
    expect(suggestedPriority([])).toBe(0);
    expect(suggestedPriority(["victims_group", "victims_group"])).toBe(1);
    expect(suggestedPriority(["victims_group", "outside_capital", "first_time", "grassroots"])).toBe(3);
    expect(suggestedPriority(["not_a_fact"])).toBe(0);
    expect(effectivePriority({ priority: null, priorityFacts: ["first_time"] })).toBe(1);
    expect(effectivePriority({ priority: 0, priorityFacts: ["first_time"] })).toBe(0);
  });
});

describe("the allocation instance of a programme", () => {
  it("leaves out withdrawn requests and their pins, and reads as a valid instance", () => {
    const inst = toInstance(
      1,
      [slot("s1", "2027-03-08T06:00:00Z", "2027-03-08T07:00:00Z")],
      [
        request("a", { priorityFacts: ["victims_group"] }),
        request("b", { status: "withdrawn" }),
        request("c", { priority: 3 }),
      ],
      [
        { requestId: "a", slotId: "s1", kind: "pin" },
        { requestId: "b", slotId: "s1", kind: "pin" },
        { requestId: "c", slotId: "s1", kind: "forbid" },
        { requestId: "c", slotId: "gone", kind: "forbid" },
      ],
    );
    expect(inst.slots[0]).toMatchObject({
      start: "2027-03-08T09:00:00+03:00",
      end: "2027-03-08T10:00:00+03:00",
    });
    expect(inst.requests.map((r) => [r.id, r.priority])).toEqual([
      ["a", 1],
      ["c", 3],
    ]);
    expect(inst.pins).toEqual([{ request: "a", slot: "s1" }]);
    expect(inst.forbidden).toEqual([{ request: "c", slot: "s1" }]);
    expect(parseInstance(JSON.parse(JSON.stringify(inst))).ok).toBe(true);
  });
});

describe("what a participant sees of its meeting", () => {
  it("names only the other organisations that agreed, and counts the rest", () => {
    const occupants = [
      { requestId: "me", organisation: "Me", shareName: false },
      { requestId: "x", organisation: "Zeta", shareName: true },
      { requestId: "y", organisation: "Alpha", shareName: true },
      { requestId: "z", organisation: "Hidden", shareName: false },
    ];
    expect(coParticipants("me", occupants)).toEqual({ names: ["Alpha", "Zeta"], unnamed: 1 });
    expect(coParticipants("z", occupants)).toEqual({ names: ["Alpha", "Zeta"], unnamed: 1 });
    expect(coParticipants("me", occupants.slice(0, 1))).toEqual({ names: [], unnamed: 0 });
  });
});

describe("days", () => {
  const slots = [
    slot("late", "2027-03-08T20:30:00Z", "2027-03-08T21:30:00Z"),
    slot("k", "2027-03-09T06:00:00Z", "2027-03-09T07:00:00Z", { city: "Kisumu" }),
    slot("n", "2027-03-08T06:00:00Z", "2027-03-08T07:00:00Z"),
  ];

  it("groups slots by their local date and city, in order", () => {
    // 20:30 UTC is 23:30 in Nairobi: still 8 March there.
    expect(dayPlans(slots)).toEqual([
      { date: "2027-03-08", city: "Nairobi" },
      { date: "2027-03-09", city: "Kisumu" },
    ]);
    expect(slotsOfDay(slots, "2027-03-08", "Nairobi").map((s) => s.id)).toEqual(["n", "late"]);
  });

  it("asks the request form about the slots' days, or else the visit's agreed dates", () => {
    expect(formDays(slots, { from: null, to: null })).toEqual(["2027-03-08", "2027-03-09"]);
    expect(formDays([], { from: "2027-03-30", to: "2027-04-02" })).toEqual([
      "2027-03-30",
      "2027-03-31",
      "2027-04-01",
      "2027-04-02",
    ]);
    expect(formDays([], { from: "2027-04-02", to: "2027-03-30" })).toEqual([]);
    expect(formDays([], { from: null, to: null })).toEqual([]);
  });

  it("turns the form's ticked days into windows in the programme's zone, refusing nonsense", () => {
    const rows = [
      { date: "2027-03-08", ticked: true, from: "08:00", to: "12:30" },
      { date: "2027-03-09", ticked: false, from: "", to: "" },
    ];
    expect(formWindows(rows, "Africa/Nairobi")).toEqual({
      ok: true,
      windows: [{ start: "2027-03-08T08:00:00+03:00", end: "2027-03-08T12:30:00+03:00" }],
    });
    expect(formWindows([{ date: "2027-03-08", ticked: true, from: "12:00", to: "09:00" }], "UTC")).toEqual({
      ok: false,
      date: "2027-03-08",
      problem: "order",
    });
    expect(
      formWindows([{ date: "2027-03-08", ticked: true, from: "9am", to: "10:00" }], "UTC"),
    ).toMatchObject({
      ok: false,
      problem: "time",
    });
  });
});
