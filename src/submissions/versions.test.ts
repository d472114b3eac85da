import { describe, expect, it } from "vitest";
import { revokeConsent } from "./consent";
import { jointSubmission, NOW } from "./fixtures";
import { AUTOSAVE_VERSION_MINUTES, differs, keepsVersion, restoreSnapshot, snapshotOf } from "./versions";

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("restoring a version", () => {
  it("brings back the title and parts, never a withdrawn consent", () => {
    const before = jointSubmission();
    const snapshot = snapshotOf(before);
    const later = {
      ...before,
      title: "Changed",
      parts: before.parts.slice(1),
      people: before.people.map((p) => revokeConsent(p, NOW.toISOString(), "u")),
    };
    expect(differs(snapshot, snapshotOf(later))).toBe(true);
    const restored = restoreSnapshot(later, snapshot);
    expect(restored.title).toBe(before.title);
    expect(restored.parts).toEqual(before.parts);
    expect(restored.people).toBe(later.people);
  });

  it("drops mentions of people no longer recorded", () => {
    const s = jointSubmission();
    const snapshot = snapshotOf(s);
    const restored = restoreSnapshot({ ...s, people: s.people.filter((p) => p.id !== "p-jose") }, snapshot);
    expect(restored.parts.find((p) => p.id === "case-jose")?.mentions).toEqual([]);
  });

  it("keeps a copy: changing the submission later does not change the snapshot", () => {
    const s = jointSubmission();
    const snapshot = snapshotOf(s);
    s.parts[0]?.mentions.push("p-amina");
    expect(snapshot.parts[0]?.mentions).toEqual([]);
  });
});

describe("when a save keeps a version", () => {
  const latest = { savedBy: "u1", savedAt: NOW, reason: "autosave" };
  it.each<[string, Parameters<typeof keepsVersion>[0], Parameters<typeof keepsVersion>[1], boolean]>([
    ["every explicit save", latest, { by: "u1", at: at(1), autosave: false }, true],
    ["the first autosave", undefined, { by: "u1", at: at(1), autosave: true }, true],
    [
      "not an autosave soon after the same person's autosave",
      latest,
      { by: "u1", at: at(1), autosave: true },
      false,
    ],
    [
      "an autosave after a while",
      latest,
      { by: "u1", at: at(AUTOSAVE_VERSION_MINUTES), autosave: true },
      true,
    ],
    ["an autosave by someone else", latest, { by: "u2", at: at(1), autosave: true }, true],
    [
      "an autosave after an explicit save",
      { ...latest, reason: "edit" },
      { by: "u1", at: at(1), autosave: true },
      true,
    ],
  ])("%s", (_, last, save, kept) => {
    expect(keepsVersion(last, save)).toBe(kept);
  });
});
