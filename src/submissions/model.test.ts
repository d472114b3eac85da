import { describe, expect, it } from "vitest";
import { createI18n } from "../platform/i18n";
import { consent, jointSubmission, part, person } from "./fixtures";
import { CallForInput, Consent, countdown, countdownLabel, reminderDue, Submission } from "./model";

const base = {
  id: "s",
  visitId: "v",
  ownerOrgId: "A",
  coalitionId: null,
  title: "T",
  language: "en",
  parts: [],
  people: [],
};
const issues = (input: unknown) =>
  Submission.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("submission schema", () => {
  it("accepts the joint fixture and a minimal submission", () => {
    expect(Submission.safeParse(jointSubmission()).success).toBe(true);
    expect(issues(base)).toEqual([]);
  });

  it("refuses a mention of a person it does not hold", () => {
    expect(issues({ ...base, parts: [part("x", { mentions: ["ghost"] })] })).toEqual([
      "parts.0.mentions: No person has the id ghost",
    ]);
  });

  it("refuses duplicate ids", () => {
    expect(issues({ ...base, parts: [part("x"), part("x")] })).toEqual(["parts: Two parts have the id x"]);
    expect(issues({ ...base, people: [person("p", "A B"), person("p", "C D")] })).toEqual([
      "people: Two people have the id p",
    ]);
  });

  it("refuses another organisation's part outside a joint submission", () => {
    expect(issues({ ...base, parts: [part("x", { contributorOrgIds: ["B"] })] })).toEqual([
      "parts.0.contributorOrgIds: Only a joint submission has parts from other organisations",
    ]);
    expect(issues({ ...base, coalitionId: "C", parts: [part("x", { contributorOrgIds: ["B"] })] })).toEqual(
      [],
    );
  });

  it("refuses an unknown audience, kind or role, and a bad language tag", () => {
    expect(issues({ ...base, language: "not a language" })).toEqual([
      "language: Use a language tag, e.g. en, fr or ar",
    ]);
    expect(Submission.safeParse({ ...base, parts: [{ ...part("x"), audience: "everyone" }] }).success).toBe(
      false,
    );
    expect(Submission.safeParse({ ...base, parts: [{ ...part("x"), kind: "gossip" }] }).success).toBe(false);
    expect(Submission.safeParse({ ...base, people: [{ ...person("p", "N"), role: "spy" }] }).success).toBe(
      false,
    );
  });

  it("refuses a consent to no one, to the organisation, or withdrawn before it was given", () => {
    expect(Consent.safeParse(consent([])).success).toBe(false);
    expect(Consent.safeParse({ ...consent(["expert"]), audiences: ["organisation"] }).success).toBe(false);
    expect(
      Consent.safeParse(consent(["expert"], { revokedOn: "2020-01-01T00:00:00Z" })).error?.issues[0]?.path,
    ).toEqual(["revokedOn"]);
  });
});

describe("call for input", () => {
  const call = {
    id: "call",
    visitId: "v",
    deadline: "2026-04-01T23:59:00+02:00",
    address: "sr-assembly@ohchr.org",
    languages: ["en", "fr", "es"],
    formats: ["docx", "pdf"],
    maxWords: 5000,
  };

  it("needs somewhere to send to, a language and a format", () => {
    expect(CallForInput.safeParse(call).success).toBe(true);
    expect(
      CallForInput.safeParse({ ...call, address: null, portalUrl: "https://www.ohchr.org/en/calls" }).success,
    ).toBe(true);
    expect(CallForInput.safeParse({ ...call, address: null }).error?.issues[0]?.message).toBe(
      "Give the address or the portal submissions go to",
    );
    expect(CallForInput.safeParse({ ...call, languages: [] }).success).toBe(false);
    expect(CallForInput.safeParse({ ...call, formats: ["exe"] }).success).toBe(false);
    expect(CallForInput.safeParse({ ...call, portalUrl: "javascript:alert(1)" }).success).toBe(false);
  });

  it.each([
    ["2026-03-18T21:59:00Z", { overdue: false, days: 14 }],
    ["2026-04-01T10:00:00Z", { overdue: false, days: 0 }],
    ["2026-04-01T21:58:59Z", { overdue: false, days: 0 }],
    ["2026-04-01T21:59:00Z", { overdue: true, days: 0 }],
    ["2026-04-04T22:00:00Z", { overdue: true, days: 3 }],
  ])("counts down at %s", (now, expected) => {
    const { overdue, days } = countdown(call, new Date(now));
    expect({ overdue, days }).toEqual(expected);
  });

  it("says how long is left, or how long ago it passed", () => {
    const en = createI18n("en");
    expect(countdownLabel(countdown(call, new Date("2026-03-30T12:00:00Z")), en)).toBe("2 days left");
    expect(countdownLabel(countdown(call, new Date("2026-04-01T12:00:00Z")), en)).toBe("Due today");
    expect(countdownLabel(countdown(call, new Date("2026-04-03T12:00:00Z")), en)).toBe(
      "The deadline passed 1 day ago",
    );
    expect(countdownLabel(countdown(call, new Date("2026-03-30T12:00:00Z")), createI18n("ar"))).toBe(
      "يبقى يومان",
    );
  });

  it("reminds 14, 7 and 2 days before, once each, and only the latest when a run was missed", () => {
    const at = (iso: string, sent: number[] = []) => reminderDue(call, new Date(iso), sent);
    expect(at("2026-03-10T00:00:00Z")).toBeNull();
    expect(at("2026-03-19T00:00:00Z")).toBe(14);
    expect(at("2026-03-19T00:00:00Z", [14])).toBeNull();
    expect(at("2026-03-26T00:00:00Z", [14])).toBe(7);
    expect(at("2026-03-31T00:00:00Z")).toBe(2);
    expect(at("2026-03-31T00:00:00Z", [14, 7, 2])).toBeNull();
    expect(at("2026-04-02T00:00:00Z")).toBeNull();
  });
});
