import type middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ApiError } from '../../shared/http/errors.ts';
import { isJsonMediaType } from '../../shared/http/media-type.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../shared/http/json-depth.ts';

// A JSON request body: the media type read by its full syntax (middy's own check refuses
// `application/json ; charset=utf-8`, which is valid), nesting bounded before anything parses
// it, then middy's parser (prototype-pollution guard included).

const checkBody = (): middy.MiddlewareObj<APIGatewayProxyEventV2> => ({
  before: async ({ event }) => {
    if (!isJsonMediaType(event.headers?.['content-type'])) {
      throw new ApiError(415, 'unsupported_media_type', 'Content-Type must be application/json');
    }
    if (typeof event.body !== 'string') return;
    const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      throw new ApiError(400, 'json_too_deep', `Request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
  },
});

/** The two middlewares, in order, for handlers that take a JSON body. */
export const jsonBody = (): Array<middy.MiddlewareObj<APIGatewayProxyEventV2>> => [
  checkBody(),
  httpJsonBodyParser({ disableContentTypeCheck: true }) as middy.MiddlewareObj<APIGatewayProxyEventV2>,
];
