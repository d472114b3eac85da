import { describe, expect, it } from "vitest";
import { misfit, normalise, overlaps, requestFacts, slotFacts } from "./fit";
import { at, request, slot } from "./fixtures/build";

const check = (r: Parameters<typeof request>[1], s: Parameters<typeof slot>[1]) =>
  misfit(requestFacts(request("r", r)), slotFacts(slot("s", s)));

describe("a request fits a slot", () => {
  it("when the slot is in a city it can reach, whatever the spelling", () => {
    expect(check({ cities: ["  nairobi "] }, { city: "Nairobi" })).toBeNull();
    expect(check({ cities: ["Kisumu", "Mombasa"] }, { city: "Nairobi" })).toBe("city");
    expect(check({ cities: [] }, {})).toBe("city");
    expect(normalise("Dar  es\tSalaam")).toBe("dar es salaam");
  });

  it("when the slot lies inside one availability window, comparing instants across offsets", () => {
    const morning = [{ start: at("08:00"), end: at("10:00") }];
    expect(check({ available: morning }, { start: at("09:00"), end: at("10:00") })).toBeNull();
    expect(check({ available: morning }, { start: at("09:30"), end: at("10:30") })).toBe("time");
    // Two windows that together cover the slot do not: the slot must lie inside one of them.
    const split = [
      { start: at("08:00"), end: at("09:30") },
      { start: at("09:30"), end: at("11:00") },
    ];
    expect(check({ available: split }, { start: at("09:00"), end: at("10:00") })).toBe("time");
    expect(check({ available: [] }, {})).toBe("time");
    // 06:00Z is 09:00 in Nairobi (UTC+3).
    const utc = [{ start: "2025-03-10T06:00:00Z", end: "2025-03-10T07:00:00Z" }];
    expect(check({ available: utc }, { start: at("09:00"), end: at("10:00") })).toBeNull();
  });

  it("when the slot has no theme or one the request raises", () => {
    expect(check({ themes: [] }, { theme: null })).toBeNull();
    expect(check({ themes: ["Land rights"] }, { theme: "land rights" })).toBeNull();
    expect(check({ themes: ["detention"] }, { theme: "land rights" })).toBe("theme");
  });

  it("when a request that needs privacy goes only to a private slot (others may use private slots)", () => {
    expect(check({ needsPrivate: true }, { private: false })).toBe("private");
    expect(check({ needsPrivate: true }, { private: true })).toBeNull();
    expect(check({ needsPrivate: false }, { private: true })).toBeNull();
  });

  it("names the first criterion that fails, in the order city, time, theme, privacy", () => {
    expect(check({ cities: ["Kisumu"], available: [], needsPrivate: true }, { theme: "x" })).toBe("city");
    expect(check({ available: [], needsPrivate: true }, { theme: "x" })).toBe("time");
    expect(check({ needsPrivate: true }, { theme: "x" })).toBe("theme");
  });

  it("holds one request in a private slot, whatever its capacity says", () => {
    expect(slotFacts(slot("s", { private: true, capacity: 5 })).capacity).toBe(1);
    expect(slotFacts(slot("s", { capacity: 5 })).capacity).toBe(5);
  });
});

describe("overlap", () => {
  const iv = (a: string, b: string) => ({ start: Date.parse(at(a)), end: Date.parse(at(b)) });
  it("is any shared moment; back-to-back meetings do not overlap", () => {
    expect(overlaps(iv("09:00", "10:00"), iv("09:30", "10:30"))).toBe(true);
    expect(overlaps(iv("09:00", "12:00"), iv("10:00", "11:00"))).toBe(true);
    expect(overlaps(iv("09:00", "10:00"), iv("10:00", "11:00"))).toBe(false);
    expect(overlaps(iv("10:00", "11:00"), iv("09:00", "10:00"))).toBe(false);
  });
});
