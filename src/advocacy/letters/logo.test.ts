import { describe, expect, it } from "vitest";
import { jpegHeader, png } from "./fixtures";
import { checkLogo, fitLogo, LOGO_MAX_BYTES } from "./logo";

function refusal(bytes: Uint8Array): { status: number; message: string; details: unknown } {
  try {
    checkLogo(bytes);
  } catch (err) {
    return err as { status: number; message: string; details: unknown };
  }
  throw new Error("expected the logo to be refused");
}

describe("checkLogo", () => {
  it("reads the size of a PNG and of a JPEG from their headers", () => {
    expect(checkLogo(png(120, 40))).toMatchObject({ type: "png", width: 120, height: 40 });
    expect(checkLogo(jpegHeader(640, 480))).toMatchObject({ type: "jpeg", width: 640, height: 480 });
  });

  it("refuses a text file, whatever its name", () => {
    const r = refusal(new TextEncoder().encode("this is not a picture, though it is called logo.png"));
    expect(r.status).toBe(415);
    expect(r.message).toBe(
      "The logo cannot be used: it is not a PNG or JPEG image (judged by its content, not its name).",
    );
    expect(r.details).toEqual([
      {
        path: "organisation.logo",
        message: "it is not a PNG or JPEG image (judged by its content, not its name)",
      },
    ]);
  });

  it("refuses an image of 40 MB before reading it", () => {
    const big = new Uint8Array(40 * 1024 * 1024);
    big.set(png(1, 1));
    const r = refusal(big);
    expect(r.status).toBe(413);
    expect(r.message).toBe("The logo is 40.0 MB; it must be at most 1 MB.");
    expect(checkLogo(png(800, 200)).bytes.length).toBeLessThan(LOGO_MAX_BYTES);
  });

  it("refuses a PNG cut short, a PDF and a JPEG without a frame", () => {
    const whole = png(10, 10);
    expect(refusal(whole.subarray(0, whole.length - 12)).status).toBe(415);
    expect(refusal(new TextEncoder().encode("%PDF-1.7\n...")).status).toBe(415);
    expect(refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xd9, 0, 0, 0, 0, 0, 0, 0, 0])).status).toBe(415);
    expect(refusal(jpegHeader(0, 10)).status).toBe(415);
  });
});

describe("fitLogo", () => {
  it("scales down to the box, keeping proportions, and never scales up", () => {
    const logo = checkLogo(png(400, 100));
    expect(fitLogo(logo, { width: 200, height: 64 })).toEqual({ width: 200, height: 50 });
    expect(fitLogo(checkLogo(png(100, 400)), { width: 200, height: 64 })).toEqual({ width: 16, height: 64 });
    expect(fitLogo(checkLogo(png(20, 10)), { width: 200, height: 64 })).toEqual({ width: 20, height: 10 });
  });
});
