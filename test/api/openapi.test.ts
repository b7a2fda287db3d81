import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFunctions } from '../../functions/manifest.ts';
import type { LocalStack } from '../../local/stack.ts';
import { openApiDocument, openApiText } from '../../shared/api/openapi.ts';
import { submissionSchema } from '../../shared/comments/submission.ts';
import { addSite, bootStack, request } from '../support/local-stack.ts';

// The API description is generated from the schemas the handlers validate with; the copy in
// the repo must be exactly what they generate today, and the served one the same.

const CHECKED_IN = new URL('../../openapi.json', import.meta.url);

describe('openapi.json', () => {
  it('is what the schemas generate today (run `npm run openapi` after changing one)', () => {
    expect(readFileSync(CHECKED_IN, 'utf8')).toBe(openApiText());
  });

  it('documents every site-key and public route of the manifest under /v1, and only those', () => {
    const documented = Object.entries(openApiDocument().paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    // The /v1alpha1 routes answer Perspective API's own wire format, which its clients already
    // know (README: "Moving from Perspective API"); this document describes Sieve's API.
    const routed = httpFunctions()
      .filter((f) => f.trigger.auth !== 'moderator' && f.trigger.path.startsWith('/v1/'))
      .map((f) => `${f.trigger.method} ${f.trigger.path}`);
    expect(documented.sort()).toEqual(routed.sort());
  });

  it('describes the submission as the handler validates it: required fields, limits, no unknown fields', () => {
    const submission = openApiDocument().components.schemas.Submission as any;
    expect(submission.required).toEqual(['postId', 'text', 'author']);
    expect(submission.additionalProperties).toBe(false);
    expect(submission.properties.text.maxLength).toBe(10_000);
    // A body the schema accepts passes the handler's own check, and one it rejects fails it.
    expect(submissionSchema.safeParse({ postId: 'p', text: 'hi', author: { name: 'A' } }).success).toBe(true);
    expect(submissionSchema.safeParse({ postId: 'p', text: 'hi', author: { name: 'A' }, txt: 'x' }).success).toBe(false);
  });
});

describe('GET /v1/openapi.json', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await bootStack();
    await addSite(stack, 'docs-site');
  }, 30_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('serves the checked-in document without a key, with an ETag', async () => {
    const res = await request(stack, 'GET', '/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(readFileSync(CHECKED_IN, 'utf8')));
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await request(stack, 'GET', '/v1/openapi.json', { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
