import type { AuthConfig } from './config.ts';
import type { Session } from './session.ts';

// Exchanges a username and password for a bearer token: the local token issuer on this
// machine, Cognito's USER_PASSWORD_AUTH flow in AWS (a plain fetch: no SDK in the page).

export class SignInError extends Error {
  override name = 'SignInError';
}

type Fetch = typeof fetch;

const post = async (fetchFn: Fetch, url: string, headers: Record<string, string>, body: unknown) => {
  let res: Response;
  try {
    res = await fetchFn(url, { method: 'POST', headers, body: JSON.stringify(body) });
  } catch {
    throw new SignInError('Could not reach the sign-in service. Check your connection and try again.');
  }
  let json: any = null;
  try {
    json = await res.json();
  } catch {
    // an empty or non-JSON body; the status decides
  }
  return { res, json };
};

const signInLocal = async (fetchFn: Fetch, tokenUrl: string, username: string, password: string, now: number): Promise<Session> => {
  const { res, json } = await post(fetchFn, tokenUrl, { 'content-type': 'application/json' }, { username, password });
  if (res.status === 401 || res.status === 403) throw new SignInError('Wrong username or password.');
  if (!res.ok || typeof json?.token !== 'string') throw new SignInError(json?.error?.message ?? `Sign-in failed (HTTP ${res.status}).`);
  const expiresAt = Date.parse(json.expiresAt);
  return { token: json.token, username: json.username ?? username, expiresAt: Number.isNaN(expiresAt) ? now + 3600_000 : expiresAt };
};

const signInCognito = async (fetchFn: Fetch, region: string, clientId: string, username: string, password: string, now: number): Promise<Session> => {
  const { res, json } = await post(
    fetchFn,
    `https://cognito-idp.${region}.amazonaws.com/`,
    { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } },
  );
  if (!res.ok) {
    const type = String(json?.__type ?? '');
    if (/NotAuthorized|UserNotFound/.test(type)) throw new SignInError('Wrong username or password.');
    if (/PasswordResetRequired/.test(type)) throw new SignInError('This account must reset its password before signing in.');
    throw new SignInError(json?.message ?? `Sign-in failed (HTTP ${res.status}).`);
  }
  if (json?.ChallengeName) {
    // Challenges (a first-login new password, MFA) need flows this console does not offer yet.
    throw new SignInError(`This account needs an extra sign-in step (${json.ChallengeName}); ask an administrator to finish setting it up.`);
  }
  const result = json?.AuthenticationResult;
  if (typeof result?.IdToken !== 'string') throw new SignInError('Sign-in returned no token.');
  return { token: result.IdToken, username, expiresAt: now + Number(result.ExpiresIn ?? 3600) * 1000 };
};

export const signIn = (
  auth: AuthConfig,
  apiUrl: string,
  credentials: { username: string; password: string },
  now: number,
  fetchFn: Fetch = fetch,
): Promise<Session> =>
  auth.mode === 'local'
    ? signInLocal(fetchFn, /^https?:\/\//.test(auth.tokenUrl) ? auth.tokenUrl : apiUrl + auth.tokenUrl, credentials.username, credentials.password, now)
    : signInCognito(fetchFn, auth.region, auth.clientId, credentials.username, credentials.password, now);
