import { describe, expect, it } from "vitest";
import { buildTimeline, gapBetween } from "./log";

describe("the time between an action and a registry event", () => {
  it("says it in days under a month, in months under two years, in years beyond", () => {
    expect(gapBetween("2024-03-10", "2024-03-10")).toEqual({ days: 0, months: 0, unit: "day", count: 0 });
    expect(gapBetween("2024-03-10", "2024-04-02")).toEqual({ days: 23, months: 0, unit: "day", count: 23 });
    expect(gapBetween("2024-03-10", "2024-06-10")).toEqual({ days: 92, months: 3, unit: "month", count: 3 });
    // One day short of three months is still two whole months.
    expect(gapBetween("2024-03-10", "2024-06-09").months).toBe(2);
    expect(gapBetween("2022-01-31", "2024-02-01")).toMatchObject({ months: 24, unit: "year", count: 2 });
  });
});

const act = (id: string, date: string) => ({ id, date });
const ev = (id: string, date: string, type: string) => ({ id, date, type });

describe("one timeline of actions and registry events", () => {
  const actions = [act("joint-letter", "2024-03-10"), act("meeting", "2024-09-01")];
  const events = [
    ev("requested", "2023-11-02", "requested"),
    ev("reminder", "2024-04-20", "reminder"),
    ev("accepted", "2024-06-10", "accepted"),
    ev("dates", "2024-09-01", "dates_agreed"),
    ev("started", "2025-02-03", "started"),
  ];
  const items = buildTimeline(actions, events);

  it("puts everything in date order, an action before an event of the same day", () => {
    expect(items.map((i) => (i.kind === "action" ? i.action.id : i.event.id))).toEqual([
      "requested",
      "joint-letter",
      "reminder",
      "accepted",
      "meeting",
      "dates",
      "started",
    ]);
  });

  it("says of each event how long after the latest action it came: accepted 3 months after the joint letter", () => {
    const accepted = items.find((i) => i.kind === "event" && i.event.id === "accepted");
    expect(accepted?.kind === "event" && accepted.after).toEqual({
      action: actions[0],
      gap: { days: 92, months: 3, unit: "month", count: 3 },
    });
    const first = items[0];
    expect(first?.kind === "event" && first.after).toBeNull();
    const dates = items.find((i) => i.kind === "event" && i.event.id === "dates");
    expect(dates?.kind === "event" && dates.after?.action.id).toBe("meeting");
    expect(dates?.kind === "event" && dates.after?.gap.unit).toBe("day");
  });

  it("lists under each action the events that followed it until the next action", () => {
    const [letter, meeting] = items.filter((i) => i.kind === "action");
    expect(letter?.kind === "action" && letter.followedBy.map((f) => [f.event.id, f.gap.count])).toEqual([
      ["reminder", 1],
      ["accepted", 3],
    ]);
    expect(meeting?.kind === "action" && meeting.followedBy.map((f) => [f.event.id, f.gap.unit])).toEqual([
      ["dates", "day"],
      ["started", "month"],
    ]);
  });

  it("takes actions and events in any order, and copes with none of either", () => {
    expect(buildTimeline([...actions].reverse(), [...events].reverse())).toEqual(items);
    expect(buildTimeline([], events).every((i) => i.kind === "event" && i.after === null)).toBe(true);
    const alone = buildTimeline(actions, []);
    expect(alone.every((i) => i.kind === "action" && i.followedBy.length === 0)).toBe(true);
  });
});
