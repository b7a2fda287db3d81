// The one place a domain error gets its HTTP status: shared/ says what went wrong, this says
// how the API answers it. Code, message and fields pass through unchanged.

import { ConflictError, DomainError, InvalidInputError, NotAuthenticatedError, NotFoundError, RateLimitedError } from '../../shared/errors.ts';
import { ApiError } from '../../shared/http/errors.ts';

const STATUS_OF: ReadonlyArray<readonly [abstract new (...args: never[]) => DomainError, number]> = [
  [InvalidInputError, 400],
  [NotAuthenticatedError, 401],
  [NotFoundError, 404],
  [ConflictError, 409],
  [RateLimitedError, 429],
];

/** The API error a domain error answers as; an unmapped kind is a bug, answered as 500 by the caller. */
export const httpErrorOf = (error: DomainError): ApiError | undefined => {
  const status = STATUS_OF.find(([kind]) => error instanceof kind)?.[1];
  if (status === undefined) return undefined;
  const headers: Record<string, string> = error instanceof RateLimitedError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
  return new ApiError(status, error.code, error.message, { fields: error.fields, fieldCount: error.fieldCount, headers, cause: error });
};
