import type { z } from "zod";

/** An error a person can act on; routes throw it and the error handler renders it as page or JSON. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError(404, "not_found", `${what} was not found.`);

/** Zod issues as `{ path, message }`, the path joined with dots so a person can find the field. */
export function issueDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
}

export function badRequest(error: z.ZodError): AppError {
  const details = issueDetails(error);
  const summary = details.map((d) => `${d.path}: ${d.message}`).join("; ");
  return new AppError(400, "invalid_request", `The request is not valid. ${summary}`, details);
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
