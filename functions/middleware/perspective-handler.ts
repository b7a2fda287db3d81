import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { logger } from '../../shared/observability/logger.ts';
import { metrics } from '../../shared/observability/metrics.ts';
import { perspectiveErrors } from './perspective-errors.ts';

/** The request body as text (API Gateway base64-encodes some bodies); the route parses it itself, for Perspective's errors. */
export const bodyOf = (event: APIGatewayProxyEventV2): string | undefined =>
  event.body === undefined ? undefined : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;

/** The middy chain of the Perspective routes: headers, Perspective-shaped errors, logging, metrics; the result is a 200 JSON body. */
export const perspectiveHandler = (handle: (event: APIGatewayProxyEventV2) => Promise<unknown>) =>
  middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(perspectiveErrors())
    .use(httpHeaderNormalizer())
    .use(logMetrics(metrics))
    .handler(async (event) => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(await handle(event)) }));
