import { describe, expect, it } from "vitest";
import { attachmentKind, cleanFileName } from "./files";

const zip = (...names: string[]) => {
  // A local file header per entry: the signature, 26 bytes of fields, then the name in clear.
  const parts = names.map((n) =>
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(n)]),
  );
  return new Uint8Array(Buffer.concat(parts));
};

describe("the kind of an attachment, from its bytes", () => {
  it.each<[string, Uint8Array, string | null]>([
    ["a PDF", Buffer.from("%PDF-1.7\n"), "pdf"],
    ["a PNG", Buffer.from("89504e470d0a1a0a", "hex"), "png"],
    ["a JPEG", Buffer.from("ffd8ffe0", "hex"), "jpeg"],
    ["a Word file", zip("[Content_Types].xml", "word/document.xml"), "docx"],
    ["an Excel file", zip("[Content_Types].xml", "xl/workbook.xml"), null],
    ["an OpenDocument text", zip("mimetypeapplication/vnd.oasis.opendocument.text"), "odt"],
    ["an OpenDocument spreadsheet", zip("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), null],
    ["a script", Buffer.from("#!/bin/sh\n"), null],
    ["nothing", new Uint8Array(), null],
  ])("%s", (_, bytes, kind) => {
    expect(attachmentKind(bytes)).toBe(kind);
  });
});

describe("the name a file keeps", () => {
  it("drops folders and characters that break headers, and ends in its real type", () => {
    expect(cleanFileName("C:\\Users\\ana\\testimony.pdf", "pdf")).toBe("testimony.pdf");
    expect(cleanFileName('a"b<c>.docx', "docx")).toBe("abc.docx");
    expect(cleanFileName("photo.JPEG", "jpeg")).toBe("photo.JPEG");
    expect(cleanFileName("report.pdf", "png")).toBe("report.pdf.png");
    expect(cleanFileName("", "odt")).toBe("attachment.odt");
  });
});
