import type middy from '@middy/core';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { DomainError } from '../../shared/errors.ts';
import { ApiError } from '../../shared/http/errors.ts';
import { storageUnavailableError } from '../../shared/http/storage-unavailable.ts';
import { throttledError } from '../../shared/http/throttling.ts';
import { logger } from '../../shared/observability/logger.ts';
import { httpErrorOf } from './domain-errors.ts';

// Every failure leaves the API as `{"error": {"code", "message", "fields"?}}`. Our typed
// ApiErrors, the domain's errors (given their status by domain-errors.ts) and middy's own http errors (415 from the body parser, ...) keep their
// status; DynamoDB throttling is a 503 with Retry-After; anything else is a 500 whose
// details stay in the log.

interface MiddyHttpError {
  statusCode: number;
  expose?: boolean;
  message: string;
  cause?: { package?: string; message?: string };
}

const isMiddyHttpError = (error: unknown): error is MiddyHttpError =>
  typeof error === 'object' && error !== null && typeof (error as MiddyHttpError).statusCode === 'number';

const fromMiddy = (error: MiddyHttpError): ApiError => {
  if (error.cause?.package === '@middy/http-json-body-parser') {
    return error.statusCode === 415
      ? new ApiError(415, 'unsupported_media_type', 'Content-Type must be application/json')
      : new ApiError(400, 'invalid_json', `Request body is not valid JSON${error.cause.message ? `: ${error.cause.message}` : ''}`);
  }
  return new ApiError(error.statusCode, 'request_rejected', error.message);
};

const toResponse = (error: ApiError): APIGatewayProxyResultV2 => ({
  statusCode: error.statusCode,
  headers: { ...error.headers, 'content-type': 'application/json' },
  body: JSON.stringify(error.toBody()),
});

export const jsonErrors = (): middy.MiddlewareObj => ({
  onError: async (request) => {
    if (request.response !== undefined && request.error === undefined) return;
    const error = request.error;
    const throttled = throttledError(error);
    const unavailable = throttled ? undefined : storageUnavailableError(error);
    const mapped = error instanceof ApiError ? error : error instanceof DomainError ? httpErrorOf(error) : undefined;
    let apiError: ApiError;
    if (mapped) apiError = mapped;
    else if (throttled) {
      // A warning, not an error: the caller retries; many of them mean the capacity is too small.
      logger.warn('DynamoDB throttled the request; answered 503 with Retry-After', { error: error as Error });
      apiError = throttled;
    } else if (unavailable) {
      logger.error('Storage failed (DynamoDB or SQS answered 5xx after the SDK retried); answered 503', { error: error as Error });
      apiError = unavailable;
    } else if (isMiddyHttpError(error) && error.statusCode < 500 && error.expose !== false) apiError = fromMiddy(error);
    else {
      logger.error('Unhandled error', { error: error as Error });
      apiError = new ApiError(500, 'internal_error', 'Something went wrong on our side; the request can be retried');
    }
    request.response = toResponse(apiError);
  },
});
