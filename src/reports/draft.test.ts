import { describe, expect, it } from "vitest";
import {
  addRecommendation,
  type DraftRecommendation,
  draftProblems,
  editRecommendation,
  mergeWithNext,
  nextRef,
  planAcceptance,
  ReviewProblem,
  removeRecommendation,
  splitRecommendation,
  splitText,
} from "./draft";

const item = (key: string, ref: string, text: string, paragraph = `para of ${ref}`): DraftRecommendation => ({
  key,
  ref,
  addressee: "government",
  addresseeAsWritten: "the Government",
  heading: "Education",
  text,
  paragraph,
});

const list = [
  item("k1", "85(a)", "Adopt the law;", "chapeau (a) (b)"),
  item("k2", "85(b)", "Fund schools; (c) Train teachers.", "chapeau (a) (b)"),
  item("k3", "86", "Parliament should act."),
];

function problemCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof ReviewProblem) return err.code;
    throw err;
  }
  return undefined;
}

describe("reviewing the recommendations of a report", () => {
  it("splits an item where the reviewer broke the line, the second part with its own reference", () => {
    const next = splitRecommendation(list, "k2", "Fund schools;\n(c) Train teachers.", "85(c)", "k9");
    expect(next.map((r) => [r.key, r.ref, r.text])).toEqual([
      ["k1", "85(a)", "Adopt the law;"],
      ["k2", "85(b)", "Fund schools;"],
      ["k9", "85(c)", "(c) Train teachers."],
      ["k3", "86", "Parliament should act."],
    ]);
    // Both parts keep the source paragraph, heading and addressee.
    expect(next[2]).toMatchObject({
      paragraph: "chapeau (a) (b)",
      heading: "Education",
      addressee: "government",
    });
    // The list it came from is unchanged.
    expect(list[1]?.text).toBe("Fund schools; (c) Train teachers.");
  });

  it("refuses a split without a line break or with an empty part", () => {
    expect(
      problemCode(() => splitRecommendation(list, "k2", "Fund schools; (c) Train teachers.", "85(c)", "k9")),
    ).toBe("split_point");
    expect(problemCode(() => splitRecommendation(list, "k2", "Fund schools;\n   \n", "85(c)", "k9"))).toBe(
      "split_point",
    );
    expect(splitText("  first part\r\n\r\n  second\npart ")).toEqual(["first part", "second part"]);
  });

  it("merges an item with the next one, keeping the first reference and joining the paragraphs", () => {
    const merged = mergeWithNext(list, "k2");
    expect(merged.map((r) => r.ref)).toEqual(["85(a)", "85(b)"]);
    expect(merged[1]).toMatchObject({
      key: "k2",
      text: "Fund schools; (c) Train teachers. Parliament should act.",
      paragraph: "chapeau (a) (b)\n\npara of 86",
    });
    // Items from the same paragraph do not repeat it.
    expect(mergeWithNext(list, "k1")[0]?.paragraph).toBe("chapeau (a) (b)");
    expect(problemCode(() => mergeWithNext(list, "k3"))).toBe("no_next_item");
  });

  it("edits, deletes and adds by key", () => {
    expect(editRecommendation(list, "k3", { ref: "87", addressee: "parliament" })[2]).toMatchObject({
      key: "k3",
      ref: "87",
      addressee: "parliament",
      text: "Parliament should act.",
    });
    expect(removeRecommendation(list, "k1").map((r) => r.key)).toEqual(["k2", "k3"]);
    const added = item("new", "85(c)", "Train teachers.", "");
    expect(addRecommendation(list, added, "k2").map((r) => r.key)).toEqual(["k1", "k2", "new", "k3"]);
    expect(addRecommendation(list, added, null).map((r) => r.key)).toEqual(["new", "k1", "k2", "k3"]);
    expect(addRecommendation(list, added).map((r) => r.key)).toEqual(["k1", "k2", "k3", "new"]);
    expect(problemCode(() => removeRecommendation(list, "gone"))).toBe("unknown_item");
  });

  it("guesses the reference that follows", () => {
    expect(nextRef("85(b)")).toBe("85(c)");
    expect(nextRef("85(h)")).toBe("85(i)");
    expect(nextRef("85(z)")).toBe("85(aa)");
    expect(nextRef("85(bb)")).toBe("85(cc)");
    expect(nextRef("85(b)(i)")).toBe("85(b)(ii)");
    expect(nextRef("85(b)(iv)")).toBe("85(b)(v)");
    expect(nextRef("85")).toBe("86");
    expect(nextRef("p3")).toBe("p4");
  });

  it("names what stops acceptance: repeated, malformed references and empty texts", () => {
    const bad = [item("a", "85", "x"), item("b", "85", "y"), item("c", "85 b)", "z"), item("d", "86", "  ")];
    expect(draftProblems(bad).map((p) => [p.code, p.path])).toEqual([
      ["duplicate_ref", "items.1.ref"],
      ["bad_ref", "items.2.ref"],
      ["empty_text", "items.3.text"],
    ]);
    expect(draftProblems(list)).toEqual([]);
  });
});

describe("accepting a review again", () => {
  it("matches records by reference: kept ones keep their id, new ones are added, gone ones removed", () => {
    const existing = [
      { id: "r1", ref: "85(a)" },
      { id: "r2", ref: "85(b)" },
      { id: "r3", ref: "87" },
    ];
    const plan = planAcceptance(existing, list);
    expect(plan.kept.map((k) => [k.id, k.item.ref])).toEqual([
      ["r1", "85(a)"],
      ["r2", "85(b)"],
    ]);
    expect(plan.added.map((a) => a.ref)).toEqual(["86"]);
    expect(plan.removed).toEqual(["r3"]);
  });

  it("changes nothing the second time: every item is kept, none added or removed", () => {
    const first = planAcceptance([], list);
    expect(first.added).toHaveLength(3);
    const records = first.added.map((r, i) => ({ id: `id${i}`, ref: r.ref }));
    const second = planAcceptance(records, list);
    expect(second.added).toEqual([]);
    expect(second.removed).toEqual([]);
    expect(second.kept.map((k) => k.id)).toEqual(["id0", "id1", "id2"]);
  });
});
