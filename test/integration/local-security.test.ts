import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJWK, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { newComment } from '../../shared/comments/comment.ts';
import { freshCommentId } from '../../shared/comments/ids.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { addModerator, addSite, bearer, bootStack, request } from '../support/local-stack.ts';

// What the local runtime exposes and to whom: its servers on loopback only, moderator tokens
// checked as API Gateway checks them, sign-in limited, and no moderator decision on a comment
// the engine has not read.

let stack: LocalStack;
let dataDir: string;
let key: string;
let hasty: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sieve-security-'));
  stack = await bootStack({ dataDir });
  key = await addSite(stack, 'guarded');
  // Signed in before the sign-in tests lock this address out for a minute.
  hasty = await addModerator(stack, { username: 'hasty', sites: ['guarded'] });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Whether a TCP connection to host:port opens. */
const reachable = (host: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

const otherAddress = (): string | undefined =>
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('the local servers', () => {
  it.each(['gateway', 'dynamodb', 'sqs'])('%s answers on 127.0.0.1 and not on the machine\'s other address', async (name) => {
    const url = { gateway: stack.url, dynamodb: process.env.AWS_ENDPOINT_URL_DYNAMODB!, sqs: process.env.AWS_ENDPOINT_URL_SQS! }[name]!;
    const port = Number(new URL(url).port);
    const other = otherAddress();
    expect(other, 'this test needs a non-loopback IPv4 address on the machine').toBeDefined();

    expect(await reachable('127.0.0.1', port)).toBe(true);
    expect(await reachable(other!, port)).toBe(false);
  });
});

describe('moderator tokens', () => {
  /** A token signed with the local issuer's own key, with whatever claims the test needs. */
  const signed = async (claims: Record<string, unknown>, expires: boolean) => {
    const jwk = JSON.parse(readFileSync(join(dataDir, 'issuer-key.json'), 'utf8')) as JWK;
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk.kid! }).setSubject('s-1').setIssuer(stack.issuer.issuerUrl()).setAudience('sieve-console').setIssuedAt();
    if (expires) jwt = jwt.setExpirationTime('1h');
    return jwt.sign(await importJWK(jwk, 'RS256'));
  };

  it('refuses a token without exp, as API Gateway does', async () => {
    const claims = { 'cognito:username': 'noexp', 'cognito:groups': ['admins'], token_use: 'id' };

    const without = await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(await signed(claims, false)) });
    const withExp = await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(await signed(claims, true)) });

    expect(without.status).toBe(401);
    expect(withExp.status).toBe(200);
  });

  it('reads a group named "site:x,admins" as that one group, never as admins', async () => {
    const token = await addModerator(stack, { username: 'commas', sites: ['x,admins'] });

    const me = await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(token) });

    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ admin: false, sites: ['x,admins'] });
  });
});

describe('a moderator decision on a comment still pending', () => {
  it('is refused with 409 still_pending: the engine has not read it yet', async () => {
    const pending = newComment({
      id: freshCommentId(randomBytes(16)),
      siteId: 'guarded',
      submission: { postId: 'p', author: { name: 'Ada' }, text: 'Not yet through the engine.' },
      bodyHash: 'h',
      now: new Date(),
      correlationId: 'pending-decision',
    });
    await new CommentStore(createDocumentClient(), stack.tableName).create(pending);
    const res = await request(stack, 'POST', `/v1/moderation/comments/${pending.id}/decision`, { headers: bearer(hasty), json: { action: 'approve', revision: 0 } });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('still_pending');
    expect((await new CommentStore(createDocumentClient(), stack.tableName).get(pending.id))!.status).toBe('pending');
  });
});

describe('local sign-in', () => {
  const signIn = (username: string, password: string) =>
    fetch(`${stack.url}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

  it('answers 429 after 5 wrong passwords for one user, while another user still signs in', async () => {
    await addModerator(stack, { username: 'target', sites: ['guarded'], password: 'correct horse battery' });
    await addModerator(stack, { username: 'bystander', sites: ['guarded'], password: 'correct horse battery' });

    const wrong = [];
    for (let i = 0; i < 5; i++) wrong.push((await signIn('target', `wrong ${i}`)).status);
    const sixth = await signIn('target', 'correct horse battery');
    const other = await signIn('bystander', 'correct horse battery');

    expect(wrong).toEqual([401, 401, 401, 401, 401]);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await sixth.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
    expect(other.status).toBe(200);
  });

  it('answers 429 to one address guessing across many usernames, and keeps intake answering meanwhile', async () => {
    const post = async (text: string) => {
      const started = Date.now();
      const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId: 'p', author: { name: 'Ada' }, text } });
      return { status: res.status, ms: Date.now() - started };
    };
    const baseline = await post('Posted before a guessing spree.');

    const guesses = Array.from({ length: 30 }, (_, i) => signIn(`nobody-${i}`, 'guess'));
    const during = await post('Posted during a guessing spree.');
    const statuses = await Promise.all(guesses.map(async (g) => (await g).status));

    // 20 failures per address per minute, 5 of them spent by the test above.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(15);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
    expect(during.status).toBe(202);
    // Each scrypt ran on the thread pool: the intake waited for none of them.
    expect(during.ms).toBeLessThan(baseline.ms + 1000);
  });
});
