/**
 * Typed failures of the data layer, so views can tell "this does not exist" (a 404 view)
 * from "something went wrong" (an error view with Retry).
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly url: string) {
    super(`Not found: ${url}`);
  }
}

export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly url: string,
    /** HTTP status, or null when the request failed before a response (offline, bad JSON). */
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

export function isNotFound(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}
