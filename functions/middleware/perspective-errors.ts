// The Perspective routes answer errors in Google's shape, which Perspective clients read:
// {"error": {"code": 400, "message": "...", "status": "INVALID_ARGUMENT", "details"?: [...]}}.
// Domain errors get their status here (as domain-errors.ts gives Sieve's own routes theirs);
// DynamoDB throttling is UNAVAILABLE with Retry-After; anything else INTERNAL, details logged only.

import type middy from '@middy/core';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { ConflictError, DomainError, InvalidInputError, NotAuthenticatedError, NotFoundError } from '../../shared/errors.ts';
import { throttledError } from '../../shared/http/throttling.ts';
import { logger } from '../../shared/observability/logger.ts';
import { PerspectiveInputError } from '../../shared/perspective/errors.ts';

const ERROR_DETAIL_TYPE = 'type.googleapis.com/google.commentanalyzer.v1alpha1.Error';

// Google answers a missing key PERMISSION_DENIED (403) and a wrong one INVALID_ARGUMENT (400).
const STATUS_OF: ReadonlyArray<readonly [abstract new (...args: never[]) => DomainError, number, string]> = [
  [InvalidInputError, 400, 'INVALID_ARGUMENT'],
  [NotAuthenticatedError, 403, 'PERMISSION_DENIED'],
  [NotFoundError, 404, 'NOT_FOUND'],
  [ConflictError, 409, 'ABORTED'],
];

export const perspectiveErrorResponse = (code: number, status: string, message: string, details?: unknown[], headers: Record<string, string> = {}): APIGatewayProxyResultV2 => ({
  statusCode: code,
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify({ error: { code, message, status, ...(details?.length ? { details } : {}) } }),
});

const detailsOf = (error: DomainError): unknown[] | undefined =>
  error instanceof PerspectiveInputError && error.errorType ? [{ '@type': ERROR_DETAIL_TYPE, errorType: error.errorType, ...error.detail }] : undefined;

export const perspectiveErrors = (): middy.MiddlewareObj => ({
  onError: async (request) => {
    if (request.response !== undefined && request.error === undefined) return;
    const error = request.error;
    if (error instanceof DomainError) {
      const mapped = STATUS_OF.find(([kind]) => error instanceof kind);
      if (mapped) {
        request.response = perspectiveErrorResponse(mapped[1], mapped[2], error.message, detailsOf(error));
        return;
      }
    }
    const throttled = throttledError(error);
    if (throttled) {
      logger.warn('DynamoDB throttled the request; answered 503 with Retry-After', { error: error as Error });
      request.response = perspectiveErrorResponse(503, 'UNAVAILABLE', throttled.message, undefined, throttled.headers);
      return;
    }
    logger.error('Unhandled error', { error: error as Error });
    request.response = perspectiveErrorResponse(500, 'INTERNAL', 'Something went wrong on our side; the request can be retried');
  },
});
