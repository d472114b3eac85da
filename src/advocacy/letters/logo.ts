import { sniff } from "../../platform/files/sniff";
import { AppError } from "../../platform/http/errors";

/** A logo checked to be a whole PNG or JPEG image, with its size in pixels for the renderers. */
export interface Logo {
  bytes: Uint8Array;
  type: "png" | "jpeg";
  width: number;
  height: number;
}

/** The same limit as an organisation's uploaded logo: a letterhead needs no more. */
export const LOGO_MAX_BYTES = 1024 * 1024;
const MAX_SIDE = 20_000;

const path = "organisation.logo";

/** Also thrown by callers that learn a file's size before reading it. */
export function logoTooLarge(bytes: number): AppError {
  const message = `the logo is ${(bytes / 1024 / 1024).toFixed(1)} MB; it must be at most 1 MB`;
  return new AppError(413, "file_too_large", `The ${message.slice(4)}.`, [{ path, message }]);
}

const notAnImage = (message: string) =>
  new AppError(415, "unsupported_file_type", `The logo cannot be used: ${message}.`, [{ path, message }]);

const u16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number) => u16(b, i) * 65536 + u16(b, i + 2);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

/** Width and height from the PNG header, if the file has one and is not cut short. */
function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 45 || u32(b, 8) !== 13 || ascii(b, 12, 4) !== "IHDR") return null;
  if (ascii(b, b.length - 8, 4) !== "IEND") return null;
  return { width: u32(b, 16), height: u32(b, 20) };
}

const sofMarkers = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Width and height from the JPEG frame header, walking the segments that come before it. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (sofMarkers.has(marker)) return { height: u16(b, i + 5), width: u16(b, i + 7) };
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    i += 2 + u16(b, i + 2);
  }
  return null;
}

/**
 * Checks that the bytes are a PNG or JPEG image of at most 1 MB, by their content: a text file
 * named `.png` or a truncated image is refused before any renderer sees it.
 */
export function checkLogo(bytes: Uint8Array): Logo {
  if (bytes.length > LOGO_MAX_BYTES) throw logoTooLarge(bytes.length);
  const kind = sniff(bytes);
  const size = kind === "png" ? pngSize(bytes) : kind === "jpeg" ? jpegSize(bytes) : null;
  if ((kind !== "png" && kind !== "jpeg") || !size) {
    throw notAnImage("it is not a PNG or JPEG image (judged by its content, not its name)");
  }
  if (size.width < 1 || size.height < 1 || size.width > MAX_SIDE || size.height > MAX_SIDE) {
    throw notAnImage(`its size (${size.width}×${size.height} pixels) is not that of a logo`);
  }
  return { bytes, type: kind, ...size };
}

/** The logo's size scaled down, never up, to fit a letterhead box, keeping its proportions. */
export function fitLogo(
  logo: Logo,
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(box.width / logo.width, box.height / logo.height, 1);
  return {
    width: Math.max(1, Math.round(logo.width * scale)),
    height: Math.max(1, Math.round(logo.height * scale)),
  };
}
