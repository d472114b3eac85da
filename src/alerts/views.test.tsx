import { describe, expect, it } from "vitest";
import { createI18n } from "../platform/i18n";
import { FollowButton, FollowingNavLink } from "./views";

const i18n = createI18n("en");

describe("follow button", () => {
  it("posts a follow, or a stop, with the target and the way back", () => {
    const off = String(
      <FollowButton
        i18n={i18n}
        csrf="tok"
        kind="mandate"
        target="sr-torture"
        following={false}
        returnTo="/m"
      />,
    );
    expect(off).toContain('action="/following/follow"');
    expect(off).toContain('name="target" value="sr-torture"');
    expect(off).toContain('name="returnTo" value="/m"');
    expect(off).toContain('name="_csrf" value="tok"');
    expect(off).toContain("Follow this mandate");
    const on = String(
      <FollowButton i18n={i18n} csrf="tok" kind="visit" target="v1" following returnTo="/visits/v1" />,
    );
    expect(on).toContain('action="/following/unfollow"');
    expect(on).toContain("You follow this.");
    expect(on).toContain("Stop following");
  });

  it("offers signed-out readers a way to sign in and come back", () => {
    const html = String(
      <FollowButton
        i18n={i18n}
        csrf="tok"
        kind="country"
        target="HND"
        following={false}
        returnTo="/countries/HND"
        signedIn={false}
      />,
    );
    expect(html).toContain('href="/signin?next=%2Fcountries%2FHND"');
    expect(html).not.toContain("<form");
  });

  it("shows the unread count only when there is one", () => {
    expect(String(<FollowingNavLink i18n={i18n} unread={0} />)).not.toContain("badge");
    expect(String(<FollowingNavLink i18n={i18n} unread={3} />)).toContain("3 unread notices");
  });
});
