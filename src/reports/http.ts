import { z } from "zod";
import type { AppContext } from "../platform/http/context";
import { AppError, badRequest } from "../platform/http/errors";
import { ReportError } from "./extract";
import { checkSize } from "./extract/read";
import { MAX_UPLOAD_BYTES, type Submission, uploadError } from "./service";

const PastedBody = z.object({
  text: z.string().describe("The report's text"),
  organisation: z.string().optional().describe("The id of the organisation the report is uploaded for"),
});

/** Room for the multipart envelope and the other fields around the file. */
const ENVELOPE = 64 * 1024;

function refuseIfTooLarge(bytes: number): void {
  try {
    checkSize(bytes, MAX_UPLOAD_BYTES);
  } catch (err) {
    throw err instanceof ReportError ? uploadError(err) : err;
  }
}

/**
 * What was sent to ingest: a file in the multipart field `file` (from the page or a script), or
 * the text itself, pasted into the field `text` or sent as JSON `{ "text": … }`. A declared size
 * over the limit is refused before the body is read.
 */
export async function submissionOf(
  c: AppContext,
): Promise<{ submission: Submission; organisation?: string }> {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw new AppError(400, "invalid_json", "The request body is not a valid JSON object.");
    }
    const parsed = PastedBody.safeParse(json);
    if (!parsed.success) throw badRequest(parsed.error);
    return { submission: { kind: "text", text: parsed.data.text }, organisation: parsed.data.organisation };
  }
  if (!type.startsWith("multipart/form-data"))
    throw new AppError(
      415,
      "unsupported_media_type",
      'Send the report as multipart/form-data (the file in the field "file", or its text in "text"), or as JSON { "text": … }.',
    );
  refuseIfTooLarge(Number(c.req.header("content-length") ?? "0") - ENVELOPE);
  const form = await c.req.parseBody();
  const organisation =
    typeof form.organisation === "string" && form.organisation ? form.organisation : undefined;
  const file = form.file;
  // A browser sends an empty, nameless file when none was chosen.
  if (file instanceof File && (file.size > 0 || file.name)) {
    refuseIfTooLarge(file.size);
    return {
      submission: {
        kind: "file",
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name || null,
      },
      organisation,
    };
  }
  if (typeof form.text === "string" && form.text.trim())
    return { submission: { kind: "text", text: form.text }, organisation };
  throw new AppError(400, "nothing_sent", "Choose a file to upload, or paste the report's text.", [
    { path: "file", message: "Missing" },
  ]);
}
