// Shared by the letter tests: images built byte by byte, and letter data for every template.
import { crc32, deflateSync } from "node:zlib";
import type { TemplateId } from "./templates";

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real PNG (8-bit RGB, one colour) that any decoder reads. */
export function png(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x33)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(raw)),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}

/** The markers of a JPEG up to its frame header: enough to read its size, not to decode it. */
export function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x0b, 8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

export const LETTER_DATE = "2025-06-01";

const common = {
  organisation: { name: "Ñandutí Human Rights Centre" },
  country: "MEX",
  place: "Oaxaca",
  date: LETTER_DATE,
  signer: { name: "Ana Pérez", title: "Director" },
  signatories: [{ name: "First Coalition", country: "DEU" }, { name: "Second Network" }],
};

const evidence = {
  whyNow: "Elections are due in March.\n\nThe new detention law takes effect in May.",
  situation: "Detention conditions have worsened since 2023.",
  facts: [
    {
      text: "412 complaints of ill-treatment were filed in 2024",
      source: "National Human Rights Commission, 2025",
    },
    { text: "Three detention centres hold twice their capacity" },
  ],
  whatVisitCouldChange: "A visit would open places of detention to independent scrutiny.",
  earlierCommunications: [{ date: "2024-02-10", text: "Joint letter to the Special Rapporteur" }],
  unimplementedRecommendations: [
    { text: "Establish an independent prison inspectorate", source: "A/HRC/31/57/Add.3, para. 42(c)" },
  ],
};

/** Data with every field of the template filled in, in the given language. */
export function fullData(template: TemplateId, language: string): Record<string, unknown> {
  switch (template) {
    case "visit-request":
      return {
        ...common,
        ...evidence,
        language,
        mandate: "sr-torture",
        whoToMeet: ["Families of detainees", "The national preventive mechanism"],
        safety: "Some witnesses fear reprisals; meetings should be confidential.",
      };
    case "invitation-appeal":
      return {
        ...common,
        ...evidence,
        language,
        mandate: "sr-torture",
        proposedDates: { from: "2025-10-06", to: "2025-10-17" },
        pendingRequests: [
          { mandate: "sr-torture", requestedOn: "2019-03-15", reminders: ["2023-02-01", "2021-01-10"] },
          { mandate: "wg-disappearances", requestedOn: "2025-05-20" },
        ],
        uprCommitments: [
          { text: "Cooperate fully with the special procedures", reference: "A/HRC/40/8, para. 132.7" },
        ],
      };
    case "standing-invitation-appeal":
      return {
        ...common,
        ...evidence,
        language,
        uprCommitments: [
          {
            text: "Consider extending a standing invitation to the special procedures",
            reference: "A/HRC/40/8, para. 132.1",
          },
        ],
        pendingRequests: [
          { mandate: "wg-disappearances", requestedOn: "2022-06-01", reminders: ["2024-01-15"] },
        ],
      };
    case "unofficial-visit-invitation":
      return {
        ...common,
        language,
        mandate: "wg-disappearances",
        event: {
          title: "Regional forum on the search for the disappeared",
          host: "University of Oaxaca",
          place: "Oaxaca",
          from: "2025-11-03",
          to: "2025-11-05",
          programme: ["Opening panel with families", "Workshop with search collectives"],
          whoPays: "The University covers travel and accommodation.",
          canLeadTo: "Direct contact with families and search collectives.",
          cannotLeadTo: "An official report or recommendations to the Government.",
        },
        whoToMeet: ["Search collectives"],
        safety: "Participants will be protected by the host's security plan.",
      };
  }
}
