import { describe, expect, it } from "vitest";
import { argon2Hasher } from "./argon2";
import { passwordProblem } from "./password";

describe("password policy", () => {
  it.each([
    ["short1", "too_short"],
    ["x".repeat(257), "too_long"],
    ["password1234", "common"],
    ["iloveyou", "too_short"],
    ["LeaveMeAlone", "common"],
    ["amina.k-visits-2026", "contains_email"],
    ["correct horse battery staple", null],
  ])("%s → %s", (pw, problem) => {
    expect(passwordProblem(pw, "amina.k@example.org")).toBe(problem);
  });

  it("hashes with argon2id and verifies", async () => {
    const h = await argon2Hasher.hash("correct horse battery staple");
    expect(h).toMatch(/^\$argon2id\$/);
    expect(await argon2Hasher.verify(h, "correct horse battery staple")).toBe(true);
    expect(await argon2Hasher.verify(h, "correct horse battery stapler")).toBe(false);
    expect(await argon2Hasher.verify("not a hash", "x")).toBe(false);
  });
});
