import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, newTotpSecret, otpauthUri, totp, verifyTotp } from "./totp";

// RFC 4226 appendix D and RFC 6238 appendix B test vectors (secret "12345678901234567890").
const rfcSecret = Buffer.from("12345678901234567890");

describe("TOTP", () => {
  it("matches the RFC 4226 HOTP vectors", () => {
    const expected = [
      "755224",
      "287082",
      "359152",
      "969429",
      "338314",
      "254676",
      "287922",
      "162583",
      "399871",
      "520489",
    ];
    expected.forEach((code, counter) => {
      expect(hotp(rfcSecret, counter)).toBe(code);
    });
  });

  it("matches the RFC 6238 SHA-1 vectors (8 digits)", () => {
    const b32 = base32Encode(rfcSecret);
    expect(totp(b32, new Date(59_000), 8)).toBe("94287082");
    expect(totp(b32, new Date(1_111_111_109_000), 8)).toBe("07081804");
    expect(totp(b32, new Date(2_000_000_000_000), 8)).toBe("69279037");
  });

  it("round-trips base32", () => {
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(s))).toBe(s);
  });

  it("accepts the current code and one step of drift, and nothing else", () => {
    const s = newTotpSecret();
    const now = new Date("2026-11-28T12:00:10Z");
    expect(verifyTotp(s, totp(s, now), now)).not.toBeNull();
    expect(verifyTotp(s, totp(s, new Date(now.getTime() - 30_000)), now)).not.toBeNull();
    expect(verifyTotp(s, totp(s, new Date(now.getTime() - 90_000)), now)).toBeNull();
    expect(verifyTotp(s, "abc123", now)).toBeNull();
  });

  it("builds an otpauth URI for authenticator apps", () => {
    expect(otpauthUri("ABC", "a@b.org")).toBe(
      "otpauth://totp/Visitdesk%3Aa%40b.org?secret=ABC&issuer=Visitdesk&algorithm=SHA1&digits=6&period=30",
    );
  });
});
