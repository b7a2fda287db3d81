import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import type { LocalModerator } from './moderator-directory.ts';

// Signs moderator tokens shaped like Cognito ID tokens (sub, cognito:username,
// cognito:groups, token_use) with an RS256 key kept in the data folder, and verifies
// them against its own JWKS, as API Gateway's JWT authorizer verifies Cognito's: a token
// without `exp` is refused, as API Gateway refuses it.

export const LOCAL_AUDIENCE = 'sieve-console';
const TOKEN_LIFETIME_SECONDS = 3600;

export interface TokenIssuer {
  issue(moderator: LocalModerator, now?: Date): Promise<{ token: string; expiresAt: string }>;
  verify(token: string): Promise<Record<string, unknown> | undefined>;
  jwks(): { keys: JWK[] };
  issuerUrl(): string;
}

const loadOrCreateKey = async (file: string | undefined): Promise<JWK> => {
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `local-${Date.now().toString(36)}` };
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
};

export const createTokenIssuer = async (options: { keyFile?: string; issuerUrl: () => string }): Promise<TokenIssuer> => {
  const privateJwk = await loadOrCreateKey(options.keyFile);
  const privateKey = await importJWK(privateJwk, 'RS256');
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const keySet = createLocalJWKSet({ keys: [publicJwk] });

  return {
    issuerUrl: options.issuerUrl,
    jwks: () => ({ keys: [publicJwk] }),
    issue: async (moderator, now = new Date()) => {
      const iat = Math.floor(now.getTime() / 1000);
      const token = await new SignJWT({
        'cognito:username': moderator.username,
        'cognito:groups': moderator.groups,
        token_use: 'id',
      })
        .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid! })
        .setSubject(moderator.sub)
        .setIssuer(options.issuerUrl())
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(iat + TOKEN_LIFETIME_SECONDS)
        .sign(privateKey);
      return { token, expiresAt: new Date((iat + TOKEN_LIFETIME_SECONDS) * 1000).toISOString() };
    },
    verify: async (token) => {
      try {
        const { payload } = await jwtVerify(token, keySet, { issuer: options.issuerUrl(), audience: LOCAL_AUDIENCE, requiredClaims: ['exp'], algorithms: ['RS256'] });
        return payload as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
  };
};
