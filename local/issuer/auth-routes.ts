import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fallback } from '../gateway.ts';
import type { ModeratorDirectory } from './moderator-directory.ts';
import { SignInLimiter } from './sign-in-limiter.ts';
import type { TokenIssuer } from './token-issuer.ts';

// The local issuer's HTTP face: sign-in (a stand-in for Cognito's InitiateAuth with
// USER_PASSWORD_AUTH) and the JWKS that verifiers read.

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
};

export const authRoutes =
  (issuer: TokenIssuer, directory: ModeratorDirectory, limiter = new SignInLimiter()): Fallback =>
  async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/auth/.well-known/jwks.json') {
      json(res, 200, issuer.jwks());
      return true;
    }
    if (path !== '/auth/token') return false;
    if (req.method !== 'POST') {
      json(res, 405, { error: { code: 'method_not_allowed', message: 'Use POST' } });
      return true;
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      json(res, 400, { error: { code: 'invalid_json', message: 'Body must be JSON: {"username": "...", "password": "..."}' } });
      return true;
    }
    const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string') {
      json(res, 400, {
        error: { code: 'validation_failed', message: 'username and password are required', fields: [{ field: 'username', message: 'required' }, { field: 'password', message: 'required' }] },
      });
      return true;
    }
    const address = req.socket.remoteAddress ?? 'unknown';
    const begun = Date.now();
    const wait = limiter.begin(username, address, begun);
    if (wait > 0) {
      res.setHeader('retry-after', String(wait));
      json(res, 429, { error: { code: 'too_many_attempts', message: `Too many failed sign-ins; try again in ${wait} s` } });
      return true;
    }
    const moderator = await directory.verify(username, password);
    if (!moderator) {
      json(res, 401, { error: { code: 'invalid_credentials', message: 'Unknown username or wrong password' } });
      return true;
    }
    limiter.succeeded(username, address, begun);
    json(res, 200, { ...(await issuer.issue(moderator)), username: moderator.username });
    return true;
  };
