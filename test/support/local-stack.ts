import { randomBytes } from 'node:crypto';
import { createSite } from '../../shared/sites/create-site.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { SiteStore } from '../../shared/store/sites.ts';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../local/stack.ts';

/**
 * Boots the real local runtime in this process (in memory unless a dataDir is given).
 * The batching window is cut from the manifest's 1 s to a quarter second: a burst still
 * reaches the worker as one batch, but each wait for a decision does not cost a second
 * (test/integration/poller-batching.test.ts pins the real window).
 */
export const bootStack = async (options: Partial<LocalStackOptions> = {}): Promise<LocalStack> =>
  startLocalStack({ port: 0, visibilityTimeoutSeconds: 1, queueBatchingWindowSeconds: 0.25, logLevel: 'SILENT', ...options });

export const addSite = async (stack: LocalStack, siteId: string): Promise<string> => {
  const { apiKey } = await createSite(
    { siteId, name: `Site ${siteId}`, now: new Date(), keyBytes: randomBytes(32) },
    new SiteStore(createDocumentClient(), stack.tableName),
  );
  return apiKey;
};

export interface HttpResult {
  status: number;
  headers: Headers;
  body: any;
}

export const request = async (
  stack: LocalStack,
  method: string,
  path: string,
  options: { key?: string; json?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<HttpResult> => {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers['x-api-key'] = options.key;
  let body: string | undefined = options.rawBody;
  if (options.json !== undefined) body = JSON.stringify(options.json);
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  const res = await fetch(`${stack.url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // keep the raw text
  }
  return { status: res.status, headers: res.headers, body: parsed };
};

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export const eventually = async <T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Waits until the comment has left `pending` and returns its body. */
export const decided = (stack: LocalStack, key: string, id: string) =>
  eventually(async () => {
    const res = await request(stack, 'GET', `/v1/comments/${id}`, { key });
    return res.status === 200 && res.body.status !== 'pending' ? res.body : undefined;
  }, `a decision on ${id}`);

/** Adds a moderator to the local issuer and signs in through its HTTP endpoint. */
export const addModerator = async (
  stack: LocalStack,
  input: { username: string; password?: string; sites: string[]; admin?: boolean },
): Promise<string> => {
  const password = input.password ?? 'correct horse battery';
  stack.moderators.add({ username: input.username, password, sites: input.sites, admin: input.admin ?? false });
  const res = await fetch(`${stack.url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: input.username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
};

/** Bearer header for a moderator token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
