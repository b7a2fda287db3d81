import { z } from 'zod';
import { listingQuerySchema, postIdSchema } from '../comments/listing-query.ts';
import { idempotencyKeySchema, submissionSchema } from '../comments/submission.ts';
import { reportSchema } from '../reports/report-comment.ts';
import {
  acceptedSchema,
  commentPageSchema,
  commentViewSchema,
  errorSchema,
  publicCommentSchema,
  reportedSchema,
  webhookEventSchema,
} from './response-schemas.ts';

// The OpenAPI 3.1 description of the blog-facing API, generated from the very zod schemas
// the handlers validate requests with (and the response schemas the views are typed by), with
// zod 4's own JSON Schema output: OpenAPI 3.1 schemas are JSON Schema 2020-12. The checked-in
// openapi.json is this document (`npm run openapi` writes it; a test fails when they differ),
// and GET /v1/openapi.json serves it. The moderator routes are the console's, not documented here.

export const API_VERSION = '1.0.0';

type JsonSchema = Record<string, unknown>;

const REF_PREFIX = '#/components/schemas/';

const withoutIds = (schema: JsonSchema): JsonSchema => {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
};

/** A schema embedded inline: the request side (defaults optional), no $schema. */
const jsonSchema = (schema: z.ZodType): JsonSchema =>
  withoutIds(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema);

/**
 * Named schemas for components: requests as the handlers read them (io input), answers as they
 * are sent (io output); a schema used inside another becomes a $ref to its component.
 */
const components = (named: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> => {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, unrepresentable: 'any', uri: (id) => `${REF_PREFIX}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutIds(schema as JsonSchema)]));
};

const ref = (name: string) => ({ $ref: `${REF_PREFIX}${name}` });

const json = (schemaRef: object, description: string, headers?: object) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: schemaRef } },
});

const error = (description: string, headers?: object) => json(ref('Error'), description, headers);

/** Query parameters from a zod object: one parameter per key, its schema and whether it is required. */
const queryParameters = (schema: z.ZodObject) => {
  const whole = jsonSchema(schema) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(whole.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: (whole.required ?? []).includes(name),
    schema: property,
  }));
};

const SITE_KEY = [{ siteKey: [] }];

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };

export const openApiDocument = () => ({
  openapi: '3.1.0',
  info: {
    title: 'Sieve comment moderation API',
    version: API_VERSION,
    description:
      'Submit reader comments, read their moderation status, and list the public comments of a post. Every route but this description takes the site key in x-api-key. Decisions are also pushed to webhooks (see `webhooks`).',
  },
  components: {
    securitySchemes: { siteKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
    schemas: {
      ...components({ Submission: submissionSchema, Report: reportSchema }, 'input'),
      ...components(
        {
          Accepted: acceptedSchema,
          Reported: reportedSchema,
          Comment: commentViewSchema,
          PublicComment: publicCommentSchema,
          CommentPage: commentPageSchema,
          Error: errorSchema,
          WebhookEvent: webhookEventSchema,
        },
        'output',
      ),
    },
  },
  paths: {
    '/v1/comments': {
      post: {
        operationId: 'submitComment',
        summary: 'Submit a comment for moderation',
        security: SITE_KEY,
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description: 'The same key returns the same comment and creates nothing new',
            schema: jsonSchema(idempotencyKeySchema),
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref('Submission') } } },
        responses: {
          '202': json(ref('Accepted'), 'Stored and queued for moderation', { Location: { schema: { type: 'string' } } }),
          '400': error('Invalid body or header; every bad field is named'),
          '404': error('parentId names no comment of this site'),
          '409': error('Idempotency-Key (or externalId) already used for a different comment'),
          '429': error("The site's intake rate limit is reached", RETRY_AFTER),
          '503': error('Storage is over capacity for the moment', RETRY_AFTER),
        },
      },
    },
    '/v1/comments/{id}': {
      get: {
        operationId: 'getComment',
        summary: 'One comment of the calling site, with its status and decision',
        security: SITE_KEY,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': json(ref('Comment'), 'The comment'),
          '404': error('No comment with this id on this site'),
        },
      },
    },
    '/v1/comments/{id}/reports': {
      post: {
        operationId: 'reportComment',
        summary: "Relay a reader's report of a comment: an approved one moves to the site's Reported queue (and off its post after the policy's reports.unpublishAfter)",
        security: SITE_KEY,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: ref('Report') } } },
        responses: {
          '202': json(ref('Reported'), 'The report is recorded'),
          '400': error('Invalid body; every bad field is named'),
          '404': error('No comment with this id on this site'),
        },
      },
    },
    '/v1/posts/{postId}/comments': {
      get: {
        operationId: 'listPostComments',
        summary: 'The public comments of a post, for rendering a thread',
        security: SITE_KEY,
        parameters: [{ name: 'postId', in: 'path', required: true, schema: jsonSchema(postIdSchema) }, ...queryParameters(listingQuerySchema)],
        responses: {
          '200': json(ref('CommentPage'), 'A page of comments', {
            ETag: { schema: { type: 'string' } },
            'Cache-Control': { schema: { type: 'string' } },
          }),
          '304': { description: 'Not modified: the If-None-Match tag is still current' },
          '400': error('Invalid post id or query'),
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        security: [],
        responses: { '200': { description: 'The OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  webhooks: {
    commentEvent: {
      post: {
        summary: 'A comment was decided (comment.decided, comment.moderated) or its author erased (comment.erased)',
        parameters: [
          {
            name: 'Sieve-Signature',
            in: 'header',
            required: true,
            description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the endpoint secret>; reject if t is more than 5 minutes away',
            schema: { type: 'string' },
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref('WebhookEvent') } } },
        responses: { '2XX': { description: 'Received; any other answer is retried with backoff' } },
      },
    },
  },
});

/** The document as the checked-in file holds it. */
export const openApiText = (): string => `${JSON.stringify(openApiDocument(), null, 2)}\n`;
