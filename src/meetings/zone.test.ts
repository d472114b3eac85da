import { describe, expect, it } from "vitest";
import { fromZoned, isoInZone, isTimeZone, offsetMinutes, timeZones, zoned } from "./zone";

describe("wall-clock times in a time zone", () => {
  it("knows the zones the runtime ships, and UTC", () => {
    expect(isTimeZone("Africa/Nairobi")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(timeZones()[0]).toBe("UTC");
    expect(timeZones()).toContain("America/Tegucigalpa");
  });

  it("turns a local time into an instant and back", () => {
    const ms = fromZoned("2027-03-08", "09:00", "Africa/Nairobi");
    expect(new Date(ms).toISOString()).toBe("2027-03-08T06:00:00.000Z");
    expect(zoned(ms, "Africa/Nairobi")).toEqual({ date: "2027-03-08", time: "09:00" });
    expect(isoInZone(ms, "Africa/Nairobi")).toBe("2027-03-08T09:00:00+03:00");
    expect(isoInZone(ms, "America/Tegucigalpa")).toBe("2027-03-08T00:00:00-06:00");
    expect(isoInZone(fromZoned("2027-01-10", "23:30", "Asia/Kathmandu"), "Asia/Kathmandu")).toBe(
      "2027-01-10T23:30:00+05:45",
    );
  });

  it("follows daylight saving time, moving a skipped time forward and taking the first of a repeated one", () => {
    expect(offsetMinutes(Date.parse("2027-01-15T12:00:00Z"), "Europe/Paris")).toBe(60);
    expect(offsetMinutes(Date.parse("2027-07-15T12:00:00Z"), "Europe/Paris")).toBe(120);
    // 28 March 2027: clocks go from 02:00 to 03:00 in Paris; 02:30 does not exist.
    expect(isoInZone(fromZoned("2027-03-28", "02:30", "Europe/Paris"), "Europe/Paris")).toBe(
      "2027-03-28T03:30:00+02:00",
    );
    // 31 October 2027: 02:30 happens twice; the first is still summer time.
    expect(new Date(fromZoned("2027-10-31", "02:30", "Europe/Paris")).toISOString()).toBe(
      "2027-10-31T00:30:00.000Z",
    );
    expect(isoInZone(fromZoned("2027-07-01", "10:00", "Europe/Paris"), "Europe/Paris")).toBe(
      "2027-07-01T10:00:00+02:00",
    );
  });
});
