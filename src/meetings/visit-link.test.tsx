import { describe, expect, it } from "vitest";
import { createI18n } from "../platform/i18n";
import { ProgrammeLink } from "./visit-link";

describe("the programme's link on the visit page", () => {
  const i18n = createI18n("en");

  it("leads each reader where they have something, and shows nothing otherwise", () => {
    expect(String(<ProgrammeLink i18n={i18n} visitId="v1" kind="coordinate" />)).toContain(
      '<a href="/visits/v1/programme">Open the civil-society programme</a>',
    );
    expect(String(<ProgrammeLink i18n={i18n} visitId="v1" kind="mine" />)).toContain('<a href="/meetings">');
    expect(String(<ProgrammeLink i18n={i18n} visitId="v1" kind="start" />)).toContain(
      "Start the civil-society programme of this visit",
    );
    expect(String(<ProgrammeLink i18n={i18n} visitId="v1" kind={null} />)).toBe("");
  });

  it("speaks the reader's language", () => {
    expect(String(<ProgrammeLink i18n={createI18n("ar")} visitId="v1" kind="coordinate" />)).toContain(
      "افتح برنامج المجتمع المدني",
    );
  });
});
