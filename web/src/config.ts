// The console's runtime configuration, served next to it as /console/config.json: written
// by the local runtime on this machine and by CDK in AWS, so one build runs in both.

export type AuthConfig = { mode: 'local'; tokenUrl: string } | { mode: 'cognito'; region: string; clientId: string };

export interface ConsoleConfig {
  /** Base URL of the API; empty means the console's own origin. */
  apiUrl: string;
  auth: AuthConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const text = (value: unknown, what: string): string => {
  if (typeof value !== 'string') throw new ConfigError(`config.json: ${what} must be a string`);
  return value;
};

export const parseConfig = (raw: unknown): ConsoleConfig => {
  if (typeof raw !== 'object' || raw === null) throw new ConfigError('config.json must hold an object');
  const r = raw as Record<string, unknown>;
  const apiUrl = text(r.apiUrl ?? '', 'apiUrl').replace(/\/+$/, '');
  if (apiUrl && !/^https?:\/\//.test(apiUrl)) throw new ConfigError('config.json: apiUrl must be empty or an http(s) URL');
  const auth = (r.auth ?? {}) as Record<string, unknown>;
  if (auth.mode === 'local') return { apiUrl, auth: { mode: 'local', tokenUrl: text(auth.tokenUrl ?? '/auth/token', 'auth.tokenUrl') } };
  if (auth.mode === 'cognito') {
    const region = text(auth.region, 'auth.region');
    // The region becomes part of a host name: accept only what a region looks like.
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new ConfigError(`config.json: auth.region ${JSON.stringify(region)} is not an AWS region`);
    return { apiUrl, auth: { mode: 'cognito', region, clientId: text(auth.clientId, 'auth.clientId') } };
  }
  throw new ConfigError('config.json: auth.mode must be "local" or "cognito"');
};

export const loadConfig = async (url = './config.json'): Promise<ConsoleConfig> => {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new ConfigError(`Could not load ${url}: HTTP ${res.status}`);
  return parseConfig(await res.json());
};
