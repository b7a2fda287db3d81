import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../web/src/config.ts';
import { SignInError, signIn } from '../../web/src/sign-in.ts';

// The console's sign-in against Cognito's wire format (no browser, no AWS: the service's
// answers are recorded shapes), and the runtime config it starts from.

const NOW = Date.parse('2026-01-01T00:00:00Z');
const COGNITO = { mode: 'cognito', region: 'eu-west-1', clientId: 'client-123' } as const;

const answering = (status: number, body: unknown) => {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { calls, fetchFn };
};

describe('signing in with Cognito', () => {
  it('sends USER_PASSWORD_AUTH to the region’s endpoint and keeps the IdToken with its expiry', async () => {
    const { calls, fetchFn } = answering(200, { AuthenticationResult: { IdToken: 'id.jwt', AccessToken: 'access.jwt', ExpiresIn: 3600 } });

    const session = await signIn(COGNITO, 'https://api.example', { username: 'mina', password: 'pw' }, NOW, fetchFn);

    expect(session).toEqual({ token: 'id.jwt', username: 'mina', expiresAt: NOW + 3600_000 });
    expect(calls[0]!.url).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(calls[0]!.init.headers).toEqual({
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    });
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'client-123', AuthParameters: { USERNAME: 'mina', PASSWORD: 'pw' } });
  });

  it('says "wrong username or password" for NotAuthorizedException', async () => {
    const { fetchFn } = answering(400, { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });

    await expect(signIn(COGNITO, '', { username: 'mina', password: 'nope' }, NOW, fetchFn)).rejects.toThrow(new SignInError('Wrong username or password.'));
  });

  it('explains a challenge it cannot complete instead of failing silently', async () => {
    const { fetchFn } = answering(200, { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's' });

    await expect(signIn(COGNITO, '', { username: 'mina', password: 'pw' }, NOW, fetchFn)).rejects.toThrow(/NEW_PASSWORD_REQUIRED/);
  });
});

describe('signing in locally', () => {
  it('posts to the token URL on the API and keeps the token until it expires', async () => {
    const { calls, fetchFn } = answering(200, { token: 't', expiresAt: '2026-01-01T01:00:00Z', username: 'mina' });

    const session = await signIn({ mode: 'local', tokenUrl: '/auth/token' }, 'http://localhost:3000', { username: 'mina', password: 'pw' }, NOW, fetchFn);

    expect(calls[0]!.url).toBe('http://localhost:3000/auth/token');
    expect(session).toEqual({ token: 't', username: 'mina', expiresAt: NOW + 3600_000 });
  });
});

describe('reading config.json', () => {
  it('accepts both auth modes and trims a trailing slash from the API URL', () => {
    expect(parseConfig({ apiUrl: '', auth: { mode: 'local', tokenUrl: '/auth/token' } })).toEqual({ apiUrl: '', auth: { mode: 'local', tokenUrl: '/auth/token' } });
    expect(parseConfig({ apiUrl: 'https://x.execute-api.eu-west-1.amazonaws.com/', auth: COGNITO }).apiUrl).toBe('https://x.execute-api.eu-west-1.amazonaws.com');
  });

  it('refuses a region that could point the password anywhere but Cognito', () => {
    expect(() => parseConfig({ apiUrl: '', auth: { ...COGNITO, region: 'evil.example/x' } })).toThrow(/not an AWS region/);
    expect(() => parseConfig({ apiUrl: 'javascript:alert(1)', auth: COGNITO })).toThrow(/apiUrl/);
    expect(() => parseConfig({ apiUrl: '', auth: { mode: 'magic' } })).toThrow(/auth.mode/);
  });
});
