import { describe, expect, it } from "vitest";
import {
  deadlineOfDay,
  deadlineProblem,
  followLink,
  letterSignatories,
  moveOne,
  orderSignatories,
  reorder,
  signOnState,
} from "./signon";

const at = (iso: string) => new Date(iso);
const deadline = deadlineOfDay("2026-03-31");

describe("sign-on deadline", () => {
  it("is open until the end of the deadline's day (UTC), and not open before a deadline is set", () => {
    expect(deadline.toISOString()).toBe("2026-03-31T23:59:59.999Z");
    expect(signOnState(null, at("2026-01-01T00:00:00Z"))).toBe("not_open");
    expect(signOnState(deadline, at("2026-03-31T23:59:59Z"))).toBe("open");
    expect(signOnState(deadline, at("2026-04-01T00:00:00Z"))).toBe("closed");
  });

  it("refuses a deadline already past or more than a year ahead", () => {
    const now = at("2026-01-15T12:00:00Z");
    expect(deadlineProblem(deadlineOfDay("2026-01-14"), now)).toBe("past");
    expect(deadlineProblem(deadlineOfDay("2026-01-15"), now)).toBeNull();
    expect(deadlineProblem(deadlineOfDay("2027-01-15"), now)).toBeNull();
    expect(deadlineProblem(deadlineOfDay("2027-02-20"), now)).toBe("too_far");
    expect(deadlineProblem(new Date("not a date"), now)).toBe("past");
  });
});

describe("mailed links", () => {
  const open = at("2026-03-01T00:00:00Z");
  const late = at("2026-04-02T00:00:00Z");

  it("confirms a pending signature once; a second use says it is confirmed already", () => {
    expect(followLink("confirm", { status: "pending" }, deadline, open)).toEqual({
      ok: true,
      status: "confirmed",
    });
    expect(followLink("confirm", { status: "confirmed" }, deadline, open)).toEqual({
      ok: false,
      status: 409,
      code: "already_confirmed",
    });
  });

  it("withdraws before the deadline, whether confirmed or not, once", () => {
    expect(followLink("withdraw", { status: "confirmed" }, deadline, open)).toEqual({
      ok: true,
      status: "withdrawn",
    });
    expect(followLink("withdraw", { status: "pending" }, deadline, open)).toEqual({
      ok: true,
      status: "withdrawn",
    });
    expect(followLink("withdraw", { status: "withdrawn" }, deadline, open)).toEqual({
      ok: false,
      status: 409,
      code: "already_withdrawn",
    });
    expect(followLink("confirm", { status: "withdrawn" }, deadline, open)).toEqual({
      ok: false,
      status: 409,
      code: "withdrawn",
    });
  });

  it("does nothing after the deadline: gone (410), whatever the signature's state", () => {
    for (const status of ["pending", "confirmed", "withdrawn"] as const)
      for (const use of ["confirm", "withdraw"] as const)
        expect(followLink(use, { status }, deadline, late)).toEqual({
          ok: false,
          status: 410,
          code: "sign_on_closed",
        });
  });
});

describe("order of signatories", () => {
  const s = (id: string, position: number | null, confirmed: string, listPublicly = true) => ({
    id,
    position,
    confirmedAt: at(confirmed),
    listPublicly,
  });
  const list = [
    s("c", null, "2026-02-03T00:00:00Z"),
    s("a", 2, "2026-02-05T00:00:00Z"),
    s("b", 1, "2026-02-04T00:00:00Z", false),
    s("d", null, "2026-02-01T00:00:00Z"),
  ];

  it("lists the places the owner gave first, then the others in order of confirmation", () => {
    expect(orderSignatories(list).map((x) => x.id)).toEqual(["b", "a", "d", "c"]);
  });

  it("accepts an order that names each signatory once, and numbers it from 1", () => {
    const result = reorder(["a", "b", "c"], ["c", "a", "b"]);
    expect(result.ok && [...result.positions]).toEqual([
      ["c", 1],
      ["a", 2],
      ["b", 3],
    ]);
  });

  it("refuses an order that leaves out, repeats or invents a signatory, saying which", () => {
    expect(reorder(["a", "b", "c"], ["a", "a", "x"])).toEqual({
      ok: false,
      unknown: ["x"],
      missing: ["b", "c"],
      repeated: ["a"],
    });
  });

  it("moves one signatory a place, and leaves the order as it is at either end", () => {
    expect(moveOne(["a", "b", "c"], "c", "up")).toEqual(["a", "c", "b"]);
    expect(moveOne(["a", "b", "c"], "a", "down")).toEqual(["b", "a", "c"]);
    expect(moveOne(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(moveOne(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(moveOne(["a", "b"], "z", "up")).toEqual(["a", "b"]);
  });

  it("names in the letter only those who agreed to be listed, in order, and counts the others", () => {
    const { named, unnamed } = letterSignatories(list);
    expect(named.map((x) => x.id)).toEqual(["a", "d", "c"]);
    expect(unnamed).toBe(1);
  });
});
