import { ProvisionedThroughputExceededException, RequestLimitExceeded, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { ApiError } from './errors.ts';

// DynamoDB refuses work it has no capacity for: a provisioned table or index beyond its units
// (auto scaling takes minutes to catch up with a burst), the account's request quota, or an
// on-demand table growing faster than it can double. The SDK has already retried with backoff
// by the time such an error reaches a handler, so the caller is asked to come back later: a
// 503 it can retry, not a 500 that reads as a bug. The queue worker needs none of this: a
// throttled record is a batch item failure, and SQS redelivers it.

/**
 * Capacity is metered per second and unused units bank burst credit, so a few seconds later
 * the table has room again; waiting longer would only hold comments back.
 */
export const THROTTLED_RETRY_AFTER_SECONDS = 5;

const THROTTLING = [ProvisionedThroughputExceededException, RequestLimitExceeded, ThrottlingException];

/** The 503 to answer when `error` is DynamoDB throttling the request; undefined for any other error. */
export const throttledError = (error: unknown): ApiError | undefined =>
  THROTTLING.some((type) => error instanceof type)
    ? new ApiError(
        503,
        'throttled',
        `Sieve is over its storage capacity for the moment; retry after ${THROTTLED_RETRY_AFTER_SECONDS} seconds`,
        { headers: { 'retry-after': String(THROTTLED_RETRY_AFTER_SECONDS) }, cause: error },
      )
    : undefined;
