import { ApiError } from './errors.ts';

// DynamoDB or SQS failing on their side (a 5xx the SDK has already retried): AWS's own
// InternalServerError or ServiceUnavailable, or the local emulators' storage failing (a full or
// broken disk, local/emulators/dynamodb.ts). Nothing was accepted, and nothing is wrong with the
// request: a 503 the caller retries (an Idempotency-Key or externalId makes that safe), not a
// 500 that reads as Sieve's bug.

export const STORAGE_RETRY_AFTER_SECONDS = 5;

interface ServiceException {
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
}

const isServerFault = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null || !('$metadata' in error)) return false;
  const e = error as ServiceException;
  return e.$fault === 'server' || (e.$metadata?.httpStatusCode ?? 0) >= 500;
};

/** The 503 to answer when `error` is an AWS service (or its local stand-in) failing on its side; undefined otherwise. */
export const storageUnavailableError = (error: unknown): ApiError | undefined =>
  isServerFault(error)
    ? new ApiError(503, 'storage_unavailable', `Sieve's storage is failing for the moment; retry after ${STORAGE_RETRY_AFTER_SECONDS} seconds (with the same Idempotency-Key or externalId a retry never makes a second comment)`, {
        headers: { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS) },
        cause: error,
      })
    : undefined;
