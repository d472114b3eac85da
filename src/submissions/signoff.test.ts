import { describe, expect, it } from "vitest";
import { jointSubmission, NOW, YESTERDAY } from "./fixtures";
import type { Part, Submission } from "./model";
import { contentHash, contributors, readyToExport, signOff } from "./signoff";
import { merge } from "./similarity";

const edit = (s: Submission, id: string, change: Partial<Part>): Submission => ({
  ...s,
  parts: s.parts.map((p) => (p.id === id ? { ...p, ...change } : p)),
});
const signedByAll = (s: Submission) => [signOff(s, "A", "u-a", YESTERDAY), signOff(s, "B", "u-b", YESTERDAY)];

describe("sign-off", () => {
  it("asks every organisation whose parts are sent out", () => {
    expect(contributors(jointSubmission())).toEqual(["A", "B"]);
    expect(readyToExport(jointSubmission(), [])).toEqual({ ready: false, missing: ["A", "B"], stale: [] });
  });

  it("is ready once every contributor signed off the parts as they are", () => {
    const s = jointSubmission();
    expect(readyToExport(s, signedByAll(s))).toEqual({ ready: true, missing: [], stale: [] });
    expect(readyToExport(s, [signOff(s, "A", "u-a", YESTERDAY)])).toEqual({
      ready: false,
      missing: ["B"],
      stale: [],
    });
  });

  it.each<[string, string, Partial<Part>]>([
    ["the text", "recs-b", { body: "- Urge the Government to repeal the NGO law" }],
    ["the heading", "case-amina", { heading: "Testimony" }],
    ["the audience", "recs-b", { audience: "expert" }],
    ["the people mentioned", "case-amina", { mentions: [] }],
    ["the kind", "recs-b", { kind: "issues" }],
  ])("lapses for the organisation whose part changed: %s", (_, id, change) => {
    const s = jointSubmission();
    expect(readyToExport(edit(s, id, change), signedByAll(s))).toEqual({
      ready: false,
      missing: [],
      stale: ["B"],
    });
  });

  it("does not lapse when only an internal note changes, and does when a note becomes part of what is sent", () => {
    const s = jointSubmission();
    expect(readyToExport(edit(s, "b-org-note", { body: "Changed." }), signedByAll(s)).ready).toBe(true);
    expect(readyToExport(edit(s, "coalition-note", { body: "Changed." }), signedByAll(s)).ready).toBe(true);
    expect(readyToExport(edit(s, "b-org-note", { audience: "expert" }), signedByAll(s)).stale).toEqual(["B"]);
  });

  it("does not depend on the order of parts", () => {
    const s = jointSubmission();
    expect(contentHash({ parts: [...s.parts].reverse() }, "A")).toBe(contentHash(s, "A"));
  });

  it("lapses for both contributors when their recommendations are merged", () => {
    const s = jointSubmission();
    const [a, b] = ["recs-a", "recs-b"].map((id) => s.parts.find((p) => p.id === id) as Part) as [Part, Part];
    const merged = {
      ...s,
      parts: [...s.parts.filter((p) => p !== a && p !== b), merge(a, b, "recs", "en")],
    };
    expect(readyToExport(merged, signedByAll(s))).toEqual({ ready: false, missing: [], stale: ["A", "B"] });
  });

  it("counts an organisation's latest sign-off", () => {
    const s = jointSubmission();
    const changed = edit(s, "recs-b", { body: "- Changed" });
    const resigned = [...signedByAll(s), signOff(changed, "B", "u-b", NOW.toISOString())];
    expect(readyToExport(changed, resigned).ready).toBe(true);
    expect(readyToExport(changed, [...resigned].reverse()).ready).toBe(true);
  });
});
