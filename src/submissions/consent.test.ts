import { describe, expect, it } from "vitest";
import { createI18n } from "../platform/i18n";
import { viewOf } from "./audience";
import {
  activeAt,
  analyse,
  covers,
  describeProblem,
  exportProblems,
  grantConsent,
  hasConsent,
  revokeConsent,
} from "./consent";
import {
  consent,
  jointSubmission,
  LAST_MONTH,
  NOW,
  part,
  people,
  person,
  submission,
  YESTERDAY,
} from "./fixtures";
import type { Audience, Submission } from "./model";

const brief = (s: Submission, audience: Audience, orgId?: string) =>
  exportProblems(s, audience, NOW, orgId).map(
    (p) => `${p.code}:${p.partId}:${p.personId}:${p.via}:${p.blocking}`,
  );

describe("consent", () => {
  it("covers its own audiences, and public covers every audience", () => {
    expect(covers({ audiences: ["expert"] }, "expert")).toBe(true);
    expect(covers({ audiences: ["expert"] }, "coalition")).toBe(false);
    expect(covers({ audiences: ["expert"] }, "public")).toBe(false);
    expect(covers({ audiences: ["coalition"] }, "expert")).toBe(false);
    expect(covers({ audiences: ["public"] }, "expert")).toBe(true);
    expect(covers({ audiences: ["public"] }, "coalition")).toBe(true);
  });

  it("counts from when it was given until the instant it was withdrawn", () => {
    const c = { givenOn: "2026-03-01T00:00:00Z", revokedOn: "2026-03-10T12:00:00Z" };
    expect(activeAt(c, new Date("2026-02-28T23:59:59Z"))).toBe(false);
    expect(activeAt(c, new Date("2026-03-05T00:00:00Z"))).toBe(true);
    expect(activeAt(c, new Date("2026-03-10T11:59:59Z"))).toBe(true);
    expect(activeAt(c, new Date("2026-03-10T12:00:00Z"))).toBe(false);
    expect(
      activeAt({ givenOn: "2026-03-01T00:00:00+03:00", revokedOn: null }, new Date("2026-02-28T21:00:00Z")),
    ).toBe(true);
  });

  it("is withdrawn without being erased, and can be given again", () => {
    const p = person("p", "Zawadi Njeri", { consents: [consent(["expert"]), consent(["coalition"])] });
    const withdrawn = revokeConsent(p, YESTERDAY, "u-lead");
    expect(withdrawn.consents).toHaveLength(2);
    expect(withdrawn.consents.every((c) => c.revokedOn === YESTERDAY && c.revokedBy === "u-lead")).toBe(true);
    expect(hasConsent(withdrawn, "expert", NOW)).toBe(false);
    const again = grantConsent(withdrawn, consent(["expert"], { id: "c-again", givenOn: NOW.toISOString() }));
    expect(hasConsent(again, "expert", NOW)).toBe(true);
    expect(again.consents.map((c) => c.revokedOn ?? null)).toEqual([YESTERDAY, YESTERDAY, null]);
  });

  it("withdraws one consent by id, and keeps the date of an earlier withdrawal", () => {
    const p = person("p", "Zawadi Njeri", {
      consents: [
        consent(["expert"], { id: "old", revokedOn: LAST_MONTH, revokedBy: "u-a" }),
        consent(["expert"], { id: "e" }),
        consent(["coalition"], { id: "k" }),
      ],
    });
    const after = revokeConsent(p, YESTERDAY, "u-b", "e");
    expect(after.consents.map((c) => [c.id, c.revokedOn ?? null, c.revokedBy ?? null])).toEqual([
      ["old", LAST_MONTH, "u-a"],
      ["e", YESTERDAY, "u-b"],
      ["k", null, null],
    ]);
    expect(hasConsent(after, "coalition", NOW)).toBe(true);
    expect(revokeConsent(p, YESTERDAY, "u-b").consents[0]?.revokedOn).toBe(LAST_MONTH);
  });
});

describe("export problems", () => {
  it("blocks, in the expert version, only the part about the witness who withdrew yesterday", () => {
    expect(brief(jointSubmission(), "expert")).toEqual(["no_consent:case-ruth:p-ruth:mention:true"]);
  });

  it("finds nothing to block in the public version when the only person in a public part agreed to it", () => {
    expect(brief(jointSubmission(), "public")).toEqual([]);
  });

  it("blocks in the partners' preview the parts about people who agreed only to the expert", () => {
    expect(brief(jointSubmission(), "coalition")).toEqual([
      "no_consent:case-jose:p-jose:mention:true",
      "no_consent:case-ruth:p-ruth:mention:true",
    ]);
    expect(brief(jointSubmission(), "organisation", "B")).toEqual(brief(jointSubmission(), "coalition"));
  });

  it("blocks nothing in the owner organisation's own preview: it holds the records", () => {
    expect(brief(jointSubmission(), "organisation")).toEqual([]);
  });

  it("blocks a public part about a person who agreed only to be named to the expert", () => {
    const s = submission([part("x", { mentions: ["p-jose"] })], [people.jose]);
    expect(brief(s, "public")).toEqual(["no_consent:x:p-jose:mention:true"]);
    expect(brief(s, "expert")).toEqual([]);
  });

  it("catches a name typed, in another case and without accents, in a public part without being marked", () => {
    const s = submission([part("x", { body: "We met JOSE GARCIA in May." })], [people.jose]);
    expect(brief(s, "public")).toEqual(["no_consent:x:p-jose:text:true"]);
    // The expert may read his name, but the author should still mark him.
    expect(brief(s, "expert")).toEqual(["not_marked:x:p-jose:text:false"]);
  });

  it("catches a contact typed in a part, and a name in a heading", () => {
    const s = submission(
      [
        part("mail", { body: "Write to Jose.Garcia@Example.org for details." }),
        part("phone", { body: "Call 0712 345 678." }),
        part("head", { heading: "Statement by Amina Khalil", body: "A statement." }),
      ],
      [people.jose, people.amina],
    );
    expect(brief(s, "public")).toEqual([
      "no_consent:mail:p-jose:text:true",
      "no_consent:phone:p-jose:text:true",
      "no_consent:head:p-amina:text:true",
    ]);
  });

  it("warns, without blocking, of a word of a name the version withholds", () => {
    const s = submission([part("x", { body: "Mr García's lawyer appealed." })], [people.jose]);
    expect(brief(s, "public")).toEqual(["partial_name:x:p-jose:text:false"]);
    expect(brief(s, "expert")).toEqual([]);
  });

  it("warns of a name in the title, which is withheld there", () => {
    const s = submission([part("x")], [people.jose], { title: "Free José García" });
    expect(brief(s, "public")).toEqual(["title_name:null:p-jose:text:false"]);
    expect(brief(s, "expert")).toEqual([]);
  });

  it("blocks a part once consent is withdrawn, and not before", () => {
    const s = submission([part("x", { audience: "expert", mentions: ["p-jose"] })], [people.jose]);
    const withdrawnAt = (at: string) => ({
      ...s,
      people: [revokeConsent(people.jose, at, "u-field")],
    });
    expect(brief(withdrawnAt(YESTERDAY), "expert")).toEqual(["no_consent:x:p-jose:mention:true"]);
    expect(brief(withdrawnAt(NOW.toISOString()), "expert")).toEqual(["no_consent:x:p-jose:mention:true"]);
    expect(brief(withdrawnAt("2026-03-10T13:00:00Z"), "expert")).toEqual([]);
  });

  it("ignores parts the view does not include", () => {
    const s = submission([part("x", { audience: "organisation", mentions: ["p-ruth"] })], [people.ruth]);
    expect(brief(s, "expert")).toEqual([]);
    expect(brief(s, "public")).toEqual([]);
  });

  it("withholds everyone in the public version, and no one the expert agreed to see", () => {
    const s = jointSubmission();
    expect([...analyse(s, { audience: "public" }, NOW).withheld].sort()).toEqual([
      "p-amina",
      "p-grace",
      "p-jose",
      "p-ruth",
    ]);
    expect([...analyse(s, { audience: "expert" }, NOW).withheld]).toEqual(["p-ruth"]);
    expect([...analyse(s, { audience: "expert" }, NOW).named].sort()).toEqual([
      "p-amina",
      "p-grace",
      "p-jose",
    ]);
  });
});

describe("problems in words", () => {
  const s = submission(
    [
      part("x", { heading: "José García's case", body: "JOSE GARCIA was beaten.", audience: "public" }),
      part("y", { heading: "", audience: "expert", mentions: ["p-ruth"] }),
    ],
    [people.jose, people.ruth],
  );
  const describe_ = (audience: Audience, locale: "en" | "fr" | "ar" = "en") => {
    const analysis = analyse(s, viewOf(audience, "A"), NOW);
    return analysis.problems.map((p) => describeProblem(p, analysis, s, createI18n(locale)));
  };

  it("names the person only in the expert version's problems", () => {
    expect(describe_("expert")).toEqual([
      "“José García's case” contains the name or contact of José García (victim) without marking them as mentioned. Mark them, so that the part follows their consent.",
      "“Part 2” is left out of the version for the expert: it names Ruth Otieno (witness), who has not agreed to appear in it.",
    ]);
  });

  it("refers to a role, and shows the heading withheld, in the public version's problems", () => {
    expect(describe_("public")).toEqual([
      "“[name withheld]'s case” is left out of the public version: it names a victim, who has not agreed to appear in it.",
    ]);
    expect(describe_("public", "fr")).toEqual([
      "« [nom masqué]'s case » est exclu de la version publique : il nomme une victime, qui n’a pas accepté d’y figurer.",
    ]);
    expect(describe_("public", "ar").join()).not.toMatch(/José|Jose|García|Garcia/i);
  });
});
