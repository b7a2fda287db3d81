import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { metrics } from '../../shared/observability/metrics.ts';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyEventV2WithLambdaAuthorizer,
  APIGatewayProxyResultV2,
  Context,
} from 'aws-lambda';
import { moderatorFromClaims, type Moderator } from '../../shared/review/moderator.ts';
import { ApiError } from '../../shared/http/errors.ts';
import { logger } from '../../shared/observability/logger.ts';
import { jsonBody } from './json-body.ts';
import { jsonErrors } from './json-errors.ts';

/** What the site-key authorizer puts in `requestContext.authorizer.lambda`. */
export interface SiteAuthContext {
  siteId: string;
}

export type SiteEvent = APIGatewayProxyEventV2WithLambdaAuthorizer<SiteAuthContext>;

/** Moderator routes: API Gateway's JWT authorizer has verified the token and passes its claims. */
export type ModeratorEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

export const callerModerator = (event: ModeratorEvent): Moderator => moderatorFromClaims(event.requestContext.authorizer?.jwt?.claims);

export interface JsonResult {
  statusCode: number;
  /** Undefined for an answer without a body (304). */
  body: unknown;
  headers?: Record<string, string>;
}

/** The site the caller's key belongs to, as API Gateway passed it from the authorizer. */
export const callerSite = (event: SiteEvent): string => {
  const siteId = event.requestContext.authorizer?.lambda?.siteId;
  if (!siteId) throw new ApiError(401, 'unauthorized', 'A valid x-api-key header is required');
  return siteId;
};

/** The caller's x-correlation-id (trimmed to something safe to log) or API Gateway's request id. */
export const correlationIdOf = (event: SiteEvent | ModeratorEvent): string => {
  const given = event.headers?.['x-correlation-id'];
  return given && /^[\w.:-]{1,100}$/.test(given) ? given : event.requestContext.requestId;
};

/** The middy chain every HTTP handler shares: headers, optional JSON body, JSON errors, logging. */
export const apiHandler = <E extends SiteEvent | ModeratorEvent = SiteEvent>(
  handle: (event: E, context: Context) => Promise<JsonResult>,
  /** jsonBody: parse a JSON request body. metrics: flush the EMF metrics the handler recorded. */
  options: { jsonBody?: boolean; metrics?: boolean } = {},
) => {
  const chain = middy<E, APIGatewayProxyResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(jsonErrors())
    .use(httpHeaderNormalizer());
  if (options.metrics) chain.use(logMetrics(metrics));
  if (options.jsonBody) for (const middleware of jsonBody()) chain.use(middleware as middy.MiddlewareObj<E, APIGatewayProxyResultV2>);
  return chain.handler(async (event, context) => {
    const result = await handle(event, context);
    if (result.body === undefined) return { statusCode: result.statusCode, headers: { ...result.headers }, body: '' };
    return {
      statusCode: result.statusCode,
      headers: { 'content-type': 'application/json', ...result.headers },
      body: JSON.stringify(result.body),
    };
  });
};
