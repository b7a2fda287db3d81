import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV, FUNCTIONS, type FunctionSpec } from '../../functions/manifest.ts';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { invoke, loadHandler, type LambdaHandler } from '../../local/invoke.ts';
import { REPO_ROOT } from '../../local/stack.ts';
import { ensureTable } from '../../local/provision.ts';
import { newComment } from '../../shared/comments/comment.ts';
import { CommentStore } from '../../shared/store/comments.ts';

// The decision handlers through their real middy chain (body parser, JSON errors) with a
// real DynamoDB API behind them: a reject carries a reason, an approve may not, and the
// reason is kept on the review, in the decision history and on the comment's label.

const TABLE = 'decision-reasons';
const SITE = 'site-r';

let emulator: Emulator;
let comments: CommentStore;
const handlers = new Map<string, { spec: FunctionSpec; handler: LambdaHandler }>();

const claims = { sub: 'u-ana', 'cognito:username': 'ana', 'cognito:groups': `[site:${SITE}]` };

const event = (path: string, options: { id?: string; body?: unknown; method?: string } = {}): APIGatewayProxyEventV2WithJWTAuthorizer =>
  ({
    version: '2.0',
    routeKey: `${options.method ?? 'POST'} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    ...(options.id ? { pathParameters: { id: options.id } } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method: options.method ?? 'POST', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'req-1',
      routeKey: `${options.method ?? 'POST'} ${path}`,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
      authorizer: { jwt: { claims, scopes: null }, principalId: '', integrationLatency: 0 },
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    isBase64Encoded: false,
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

const call = async (name: string, e: APIGatewayProxyEventV2WithJWTAuthorizer) => {
  const { spec, handler } = handlers.get(name)!;
  const result = (await invoke(spec, handler, e)) as { statusCode: number; body: string };
  return { status: result.statusCode, body: JSON.parse(result.body) };
};

let seq = 0;
/** A comment the engine flagged, as the worker leaves it. */
const flagged = async () => {
  const c = newComment({
    id: `c_reason${String(++seq).padStart(16, '0')}`,
    siteId: SITE,
    submission: { postId: 'post-r', author: { name: 'Sam' }, text: `Offer ${seq}: http://a.example http://b.example http://c.example` },
    bodyHash: 'h',
    now: new Date(),
    correlationId: 'corr',
  });
  await comments.create(c);
  await comments.recordDecision(c, { outcome: 'flag', scores: { spam: 1.5 }, reasons: [], policyVersion: 'default-1', by: 'engine' }, new Date());
  return (await comments.get(c.id))!;
};

const decide = (id: string, body: object) => call('decideComment', event(`/v1/moderation/comments/${id}/decision`, { id, body }));

beforeAll(async () => {
  emulator = await startDynamoDb();
  // The handlers build their clients at cold start from the environment, as in Lambda.
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: emulator.endpoint,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_DEV: 'true',
    [ENV.tableName]: TABLE,
    // Read at cold start by the review handlers; these sites have no webhooks, so nothing is sent.
    [ENV.queueUrl('webhooks')]: 'http://sqs.us-east-1.localhost:1/000000000000/unused-webhooks',
  });
  const client = new DynamoDBClient({});
  await ensureTable(client, TABLE);
  comments = new CommentStore(DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }), TABLE);
  for (const name of ['decideComment', 'decideComments', 'getReviewItem']) {
    const spec = FUNCTIONS.find((f) => f.name === name)!;
    handlers.set(name, { spec, handler: await loadHandler(REPO_ROOT, spec) });
  }
});

afterAll(async () => {
  await emulator?.stop();
});

describe('a reject with a reason', () => {
  it('keeps the reason on the review, in the decision history and as the comment’s label', async () => {
    // Prepare
    const c = await flagged();

    // Act
    const res = await decide(c.id, { action: 'reject', reason: 'spam', note: 'pill run', revision: c.revision });
    const detail = await call('getReviewItem', event(`/v1/moderation/comments/${c.id}`, { id: c.id, method: 'GET' }));

    // Assert
    expect(res).toEqual({ status: 200, body: { id: c.id, status: 'rejected', revision: c.revision + 1 } });
    expect(detail.body.comment.review).toMatchObject({ by: 'moderator:ana', action: 'reject', reason: 'spam', note: 'pill run' });
    expect(detail.body.comment).toMatchObject({ label: 'spam', labelSource: 'moderator' });
    expect(detail.body.history).toEqual([expect.objectContaining({ action: 'reject', reason: 'spam', from: 'flagged', to: 'rejected', note: 'pill run' })]);
  });

  it('still accepts a reject without a reason, as clients from before reasons send it, and labels nothing', async () => {
    // Prepare
    const c = await flagged();

    // Act
    const res = await decide(c.id, { action: 'reject', revision: c.revision });

    // Assert
    expect(res.status).toBe(200);
    const stored = await comments.get(c.id);
    expect(stored?.review).not.toHaveProperty('reason');
    expect(stored?.label).toBeUndefined();
  });

  it('labels a reject for "other" with nothing and an approval "ok"', async () => {
    // Prepare
    const other = await flagged();
    const fine = await flagged();

    // Act
    await decide(other.id, { action: 'reject', reason: 'other', revision: other.revision });
    await decide(fine.id, { action: 'approve', revision: fine.revision });

    // Assert
    expect((await comments.get(other.id))?.review?.reason).toBe('other');
    expect((await comments.get(other.id))?.label).toBeUndefined();
    expect((await comments.get(fine.id))).toMatchObject({ label: 'ok', labelSource: 'moderator' });
  });
});

describe('a bad reason', () => {
  it('refuses a reason with approve with a 400 naming the reason field, and changes nothing', async () => {
    // Prepare
    const c = await flagged();

    // Act
    const res = await decide(c.id, { action: 'approve', reason: 'spam', revision: c.revision });

    // Assert
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', fields: [{ field: 'reason', message: 'only a reject takes a reason (action is approve)' }] });
    expect((await comments.get(c.id))?.status).toBe('flagged');
  });

  it('refuses a reason that is not spam, abuse or other, naming the field and the choices', async () => {
    // Prepare
    const c = await flagged();

    // Act
    const res = await decide(c.id, { action: 'reject', reason: 'rude', revision: c.revision });

    // Assert
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ field: 'reason', message: 'expected one of spam, abuse, other' }]);
  });

  it('refuses a reason with a bulk approve, naming the field', async () => {
    // Prepare
    const c = await flagged();

    // Act
    const res = await call('decideComments', event('/v1/moderation/decisions', { body: { action: 'approve', reason: 'abuse', items: [{ id: c.id, revision: c.revision }] } }));

    // Assert
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
  });
});

describe('a bulk reject with a reason', () => {
  it('gives every comment the reason and the label, reporting per id', async () => {
    // Prepare
    const a = await flagged();
    const b = await flagged();

    // Act
    const res = await call(
      'decideComments',
      event('/v1/moderation/decisions', { body: { action: 'reject', reason: 'abuse', items: [a, b].map((c) => ({ id: c.id, revision: c.revision })) } }),
    );

    // Assert
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    for (const c of [a, b]) expect(await comments.get(c.id)).toMatchObject({ status: 'rejected', review: { reason: 'abuse' }, label: 'abuse', labelSource: 'moderator' });
  });
});
