import { randomBytes } from "node:crypto";

let lastMs = 0;
let counter = 0;

/**
 * A UUID (version 7, RFC 9562) that sorts by creation time: thousands of letters written at once go
 * to the end of the primary key's index instead of all over it. Within one millisecond a 26-bit
 * counter (in the bits RFC 9562 leaves to the implementation) keeps them in order.
 */
export function orderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else counter++;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | ((counter >> 22) & 0x0f);
  bytes[7] = (counter >> 14) & 0xff;
  bytes[8] = 0x80 | ((counter >> 8) & 0x3f);
  bytes[9] = counter & 0xff;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
