import {
  ConditionalCheckFailedException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ThrottlingException,
} from '@aws-sdk/client-dynamodb';
import type middy from '@middy/core';
import { describe, expect, test } from 'vitest';
import { jsonErrors } from '../../functions/middleware/json-errors.ts';
import { THROTTLED_RETRY_AFTER_SECONDS, throttledError } from '../../shared/http/throttling.ts';

// What the SDK throws once its own retries are spent: the real exception classes, as the
// document client passes them through.
const metadata = { $metadata: { httpStatusCode: 400, requestId: 'R1', attempts: 3 } };
const serverMetadata = { $metadata: { httpStatusCode: 500, requestId: 'R2', attempts: 3 } };
const provisionedExceeded = () =>
  new ProvisionedThroughputExceededException({
    message: 'The level of configured provisioned throughput for the table was exceeded.',
    ...metadata,
  });

/** The middleware's error hook on a request whose handler threw `error`; returns the response it sets. */
const respondTo = async (error: unknown) => {
  const request = { error, response: undefined } as unknown as middy.Request;
  await jsonErrors().onError!(request);
  return request.response as { statusCode: number; headers: Record<string, string>; body: string };
};

describe('throttledError', () => {
  test.each([
    ['ProvisionedThroughputExceededException', provisionedExceeded],
    ['RequestLimitExceeded', () => new RequestLimitExceeded({ message: 'Throughput exceeds the current throughput limit for your account.', ...metadata })],
    ['ThrottlingException', () => new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput.', ...metadata })],
  ])('turns DynamoDB %s into a retryable 503 with Retry-After, keeping the SDK error private', (_, throttle) => {
    // Prepare
    const error = throttle();

    // Act
    const answer = throttledError(error);

    // Assert
    expect(answer).toMatchObject({ statusCode: 503, code: 'throttled', headers: { 'retry-after': String(THROTTLED_RETRY_AFTER_SECONDS) } });
    expect(answer!.message).toMatch(/retry after 5 seconds/);
    expect(answer!.cause).toBe(error);
    expect(JSON.stringify(answer!.toBody())).not.toMatch(/provisioned throughput|account/);
  });

  test.each([
    ['a failed condition', new ConditionalCheckFailedException({ message: 'The conditional request failed', ...metadata })],
    ['a DynamoDB server error', new InternalServerError({ message: 'Internal server error', ...serverMetadata })],
    ['a plain error', new Error('ProvisionedThroughputExceededException')],
    ['no error at all', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(throttledError(error)).toBeUndefined();
  });
});

describe('the JSON error middleware', () => {
  test('answers a throttled write 503 with a JSON error and Retry-After instead of a 500', async () => {
    // Act
    const response = await respondTo(provisionedExceeded());

    // Assert
    expect(response.statusCode).toBe(503);
    expect(response.headers).toEqual({ 'content-type': 'application/json', 'retry-after': '5' });
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'throttled', message: 'Sieve is over its storage capacity for the moment; retry after 5 seconds' },
    });
  });

  test('answers DynamoDB failing on its side (a 5xx after the SDK retried) with a retryable 503 storage_unavailable', async () => {
    // Act
    const response = await respondTo(new InternalServerError({ message: 'Internal server error', ...serverMetadata }));

    // Assert
    expect(response.statusCode).toBe(503);
    expect(response.headers).toEqual({ 'content-type': 'application/json', 'retry-after': '5' });
    expect(JSON.parse(response.body).error.code).toBe('storage_unavailable');
    expect(response.body).not.toContain('Internal server error');
  });

  test('still answers any other unexpected error with a generic 500', async () => {
    // Act
    const response = await respondTo(new TypeError("Cannot read properties of undefined (reading 'id')"));

    // Assert
    expect(response.statusCode).toBe(500);
    expect(response.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(response.body).error.code).toBe('internal_error');
  });
});
