import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, request, slot } from "./fixtures/build";
import { formatPath, parseInstance } from "./instance";

const paths = (input: unknown) => {
  const parsed = parseInstance(input);
  return parsed.ok ? [] : parsed.issues.map((i) => i.path);
};

describe("parsing an instance", () => {
  it("accepts the issue's shape and fills the defaults", () => {
    const parsed = parseInstance({ slots: [slot("s1")], requests: [request("r1")] });
    expect(parsed.ok && parsed.instance).toMatchObject({ maxMeetingsPerRequest: 1, pins: [], forbidden: [] });
  });

  it("names the JSON path of every bad field", () => {
    const fixture = JSON.parse(readFileSync(new URL("./fixtures/malformed.json", import.meta.url), "utf8"));
    expect(paths(fixture).sort()).toEqual(
      [
        "slots[0].capacity",
        "slots[0].end",
        "slots[1].start",
        "slots[1].private",
        "slots[1].id",
        "requests[1].priority",
        "requests[2].available[0].end",
        "requests[2].needsPrivate",
        "pins[0].request",
      ].sort(),
    );
  });

  it("wants times with an offset and an end after the start", () => {
    const bad = { slots: [slot("s1", { start: "2025-03-10T09:00:00" })], requests: [] };
    expect(paths(bad)).toEqual(["slots[0].start"]);
    const reversed = {
      slots: [],
      requests: [request("r", { available: [{ start: at("10:00"), end: at("10:00") }] })],
    };
    expect(paths(reversed)).toEqual(["requests[0].available[0].end"]);
  });

  it("refuses duplicate ids and pins or exclusions naming unknown ids", () => {
    const input = {
      slots: [slot("s1"), slot("s1")],
      requests: [request("r1"), request("r2"), request("r1")],
      pins: [{ request: "r1", slot: "s9" }],
      forbidden: [{ request: "r7", slot: "s1" }],
    };
    expect(paths(input).sort()).toEqual(
      ["forbidden[0].request", "pins[0].slot", "requests[2].id", "slots[1].id"].sort(),
    );
  });

  it("refuses what is not an instance at all", () => {
    expect(paths(null)).toEqual(["(root)"]);
    expect(paths({ slots: "none", requests: [] })).toEqual(["slots"]);
  });

  it("writes paths as in JavaScript", () => {
    expect(formatPath(["requests", 2, "available", 0, "end"])).toBe("requests[2].available[0].end");
    expect(formatPath(["odd key"])).toBe('["odd key"]');
    expect(formatPath([])).toBe("(root)");
  });
});
