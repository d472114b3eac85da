/** Why a report could not be read or extracted; `message` is meant for the person who sent the file. */
export type ReportErrorCode =
  | "empty"
  | "too_large"
  | "encrypted"
  | "corrupt"
  | "no_text_layer"
  | "unsupported_format"
  | "not_text"
  | "unsupported_language";

export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReportError";
  }
}
