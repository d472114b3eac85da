import { describe, expect, it } from "vitest";
import { z } from "zod";
import { orderedId } from "./ids";

describe("ordered ids", () => {
  it("are version 7 UUIDs that sort in the order they were made, within a millisecond too", () => {
    const ids = [
      orderedId(1_700_000_000_000),
      ...Array.from({ length: 5000 }, () => orderedId(1_700_000_000_000)),
    ];
    ids.push(orderedId(1_700_000_000_001));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 3)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.string().uuid().safeParse(id).success).toBe(true);
    }
    expect(ids[0]?.slice(0, 13)).toBe("018bcfe5-6800");
  });
});
