/** An error the HTTP layer answers with its own status (4xx) instead of 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
