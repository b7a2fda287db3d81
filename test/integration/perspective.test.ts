import path from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { LabelStore } from '../../shared/store/labels.ts';
import { ModelStore } from '../../shared/store/models.ts';
import { addSite, bootStack } from '../support/local-stack.ts';
import { READER_COMMENTS, ZORBLAX_SPAM } from '../support/learning-site.ts';

// The Perspective-compatible routes on the local stack, driven the way Coral Talk drives
// Perspective: its endpoint setting ("{api}/v1alpha1"), the URL it builds from it (path.join
// of the endpoint's path and the operation, the key as ?key=) and the exact bodies it sends
// (coral-server/services/perspective: formatBody). No published Perspective client is
// installed in this repository, so plain fetch stands in for Coral's own fetch.

const SITE = 'talk';
const TENANT_URL = 'https://talk.news.example/';

let stack: LocalStack;
let key: string;
let captured = '';
const restore: Array<() => void> = [];

/** Coral's sendToPerspective: the endpoint's path joined with the operation, the key as a query parameter. */
const coralUrl = (endpoint: string, operation: string, apiKey: string): string => {
  const url = new URL(endpoint.trim());
  url.pathname = path.join(url.pathname, `/${operation}`);
  url.searchParams.set('key', apiKey.trim());
  return url.toString();
};

const post = async (url: string, body: unknown, raw?: string) => {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: raw ?? JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
};

/** Coral's analyze body: the comment, doNotStore, one requested model (TOXICITY), one language. */
const coralAnalyze = (text: string, apiKey = key, doNotStore = true) =>
  post(coralUrl(`${stack.url}/v1alpha1`, 'comments:analyze', apiKey), {
    comment: { text },
    doNotStore,
    requestedAttributes: { TOXICITY: {} },
    languages: ['en'],
  });

/** Coral's suggestscore body for a moderator's decision on one of its comments. */
const coralSuggest = (text: string, commentID: string, status: 'APPROVED' | 'DELETED', apiKey = key) =>
  post(coralUrl(`${stack.url}/v1alpha1`, 'comments:suggestscore', apiKey), {
    comment: { text },
    context: { entries: [{ text: JSON.stringify({ url: `https://news.example/story-1?commentID=${commentID}`, Coral_comment_id: commentID }) }] },
    attributeScores: { [status]: { summaryScore: { value: 1 } } },
    languages: ['en'],
    communityId: `Coral:${TENANT_URL}`,
    clientToken: `comment:${commentID}`,
  });

const analyze = (body: unknown, raw?: string) => post(`${stack.url}/v1alpha1/comments:analyze?key=${key}`, body, raw);

const capture = (stream: NodeJS.WriteStream) => {
  const original = stream.write;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    // Kept, not echoed: DEBUG lines of every request would bury the test report.
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof stream.write;
  restore.push(() => {
    stream.write = original;
  });
};

beforeAll(async () => {
  // DEBUG, so a text that reached any log line would be seen; the trainer runs only when told to.
  stack = await bootStack({ logLevel: 'DEBUG', scheduleIntervalMs: 3_600_000, siteCacheTtlMs: 100 });
  key = await addSite(stack, SITE);
  capture(process.stdout);
  capture(process.stderr);
}, 30_000);

afterAll(async () => {
  for (const undo of restore) undo();
  await stack?.stop();
});

const perspectiveError = (code: number, status: string) => ({ error: { code, status, message: expect.any(String) } });

describe("Coral Talk's analyze call", () => {
  it('answers the TOXICITY probability Coral reads, high for an insult and low for a civil comment, with the shape Perspective answers', async () => {
    // Act
    const insult = await coralAnalyze('You are a complete idiot and everyone here knows it.');
    const civil = await coralAnalyze('The council should publish the budget before the vote.');

    // Assert
    expect(insult.status).toBe(200);
    expect(insult.body).toMatchObject({
      attributeScores: { TOXICITY: { summaryScore: { value: expect.any(Number), type: 'PROBABILITY' }, spanScores: [{ begin: 0, end: 52, score: { type: 'PROBABILITY' } }] } },
      languages: ['en'],
    });
    expect(Object.keys(insult.body.attributeScores)).toEqual(['TOXICITY']);
    expect(insult.body.attributeScores.TOXICITY.summaryScore.value).toBeGreaterThanOrEqual(0.8);
    expect(insult.body.sieve.rules).toContain('insult.you');
    expect(civil.body.attributeScores.TOXICITY.summaryScore.value).toBeLessThan(0.1);
  });

  it('marks the insulting words when asked for span annotations, and returns every supported attribute asked for', async () => {
    const text = 'Great post. You are a moron.';
    const res = await analyze({ comment: { text }, requestedAttributes: { TOXICITY: {}, INSULT: {}, THREAT: {}, SPAM: {}, PROFANITY: {} }, spanAnnotations: true, clientToken: 'req-7' });

    expect(res.status).toBe(200);
    expect(Object.keys(res.body.attributeScores).sort()).toEqual(['INSULT', 'PROFANITY', 'SPAM', 'THREAT', 'TOXICITY']);
    const spans = res.body.attributeScores.INSULT.spanScores;
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.some((s: { begin: number; end: number }) => text.slice(s.begin, s.end).includes('moron'))).toBe(true);
    expect(res.body.attributeScores.INSULT.summaryScore.value).toBeGreaterThan(res.body.attributeScores.THREAT.summaryScore.value);
    expect(res.body.clientToken).toBe('req-7');
  });
});

describe('keys and bad input, in Perspective\'s error shape', () => {
  it('answers a missing key 403 PERMISSION_DENIED and a wrong key 400 INVALID_ARGUMENT', async () => {
    const missing = await post(`${stack.url}/v1alpha1/comments:analyze`, { comment: { text: 'hi' }, requestedAttributes: { TOXICITY: {} } });
    const wrong = await coralAnalyze('hello', 'sk_not-a-key-of-any-site-000000000');

    expect(missing).toEqual({ status: 403, body: { error: { code: 403, status: 'PERMISSION_DENIED', message: 'The request is missing a valid API key.' } } });
    expect(wrong).toMatchObject({ status: 400, body: perspectiveError(400, 'INVALID_ARGUMENT') });
    expect(wrong.body.error.message).toMatch(/API key not valid/);
  });

  it.each([
    ['empty text', { comment: { text: '   ' }, requestedAttributes: { TOXICITY: {} } }, /empty/],
    ['text over 20 KB', { comment: { text: 'a'.repeat(20 * 1024 + 1) }, requestedAttributes: { TOXICITY: {} } }, /too long/],
    ['an unknown attribute', { comment: { text: 'hello' }, requestedAttributes: { TOXICITY: {}, FLIRTATION: {} } }, /FLIRTATION/],
    ['no attribute', { comment: { text: 'hello' }, requestedAttributes: {} }, /empty/],
    ['no comment', { requestedAttributes: { TOXICITY: {} } }, /comment/],
  ])('answers %s 400 INVALID_ARGUMENT', async (_what, body, message) => {
    const res = await analyze(body);

    expect(res).toMatchObject({ status: 400, body: perspectiveError(400, 'INVALID_ARGUMENT') });
    expect(res.body.error.message).toMatch(message);
  });

  it('answers malformed JSON 400 INVALID_ARGUMENT', async () => {
    const res = await analyze(undefined, '{"comment": {"text": "hi"');

    expect(res).toMatchObject({ status: 400, body: perspectiveError(400, 'INVALID_ARGUMENT') });
    expect(res.body.error.message).toMatch(/^Invalid JSON payload received/);
  });

  it('drops an unknown attribute when dropUnsupportedAttributes is set', async () => {
    const res = await analyze({ comment: { text: 'hello there' }, requestedAttributes: { TOXICITY: {}, FLIRTATION: {} }, dropUnsupportedAttributes: true });

    expect(res.status).toBe(200);
    expect(Object.keys(res.body.attributeScores)).toEqual(['TOXICITY']);
  });

  it('tells a non-English request that the attribute does not read its language, as Perspective does, or drops it when asked', async () => {
    const spanish = await analyze({ comment: { text: 'Eres un idiota' }, requestedAttributes: { TOXICITY: {} }, languages: ['es'] });
    const dropped = await analyze({ comment: { text: 'Eres un idiota' }, requestedAttributes: { TOXICITY: {} }, languages: ['es'], dropUnsupportedAttributes: true });

    expect(spanish).toMatchObject({ status: 400, body: perspectiveError(400, 'INVALID_ARGUMENT') });
    expect(spanish.body.error.message).toBe('Attribute TOXICITY does not support request languages: es. Sieve reads English only.');
    expect(spanish.body.error.details).toEqual([
      expect.objectContaining({ errorType: 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE', languageNotSupportedByAttributeError: { detectedLanguages: ['es'], attribute: 'TOXICITY' } }),
    ]);
    expect(dropped).toMatchObject({ status: 200, body: { attributeScores: {}, languages: ['es'] } });
  });
});

describe('doNotStore', () => {
  it('leaves no trace of the text: no item in the table holds it and no log line contains it', async () => {
    // Arrange: texts no other test uses.
    const texts = ['Zyxquorb, you are a worthless idiot.', 'Plainly civil words about the qwmbrel bridge repairs.'];

    // Act
    for (const text of texts) expect((await coralAnalyze(text, key, true)).status).toBe(200);

    // Assert
    const { Items = [] } = await createDocumentClient().send(new ScanCommand({ TableName: stack.tableName }));
    const table = JSON.stringify(Items);
    expect(captured).toMatch(/Comment scored/);
    for (const marker of ['Zyxquorb', 'qwmbrel']) {
      expect(table).not.toContain(marker);
      expect(captured).not.toContain(marker);
    }
  });
});

describe("Coral Talk's suggestscore call", () => {
  const labelsOfSite = async () => {
    const found = [];
    for await (const label of new LabelStore(createDocumentClient(), stack.tableName).givenSince(SITE)) found.push(label);
    return found;
  };

  it('stores APPROVED as an "ok" label and DELETED as a label of what it is, once per clientToken', async () => {
    // Act
    const approved = await coralSuggest('Lovely photos of the harbour, thank you.', 'coral-1', 'APPROVED');
    const again = await coralSuggest('Lovely photos of the harbour, thank you.', 'coral-1', 'APPROVED');
    const deleted = await coralSuggest('You are a pathetic moron.', 'coral-2', 'DELETED');
    const spam = await coralSuggest('Cheap watches at https://deals.example and https://more.example, message me on whatsapp +44 7700 900123', 'coral-3', 'DELETED');

    // Assert
    expect(approved).toMatchObject({ status: 200, body: { clientToken: 'comment:coral-1', sieve: { label: 'ok', stored: 'created' } } });
    expect(again.body.sieve).toMatchObject({ label: 'ok', stored: 'unchanged', commentId: approved.body.sieve.commentId });
    expect(deleted.body.sieve).toMatchObject({ label: 'abuse', stored: 'created' });
    expect(spam.body.sieve).toMatchObject({ label: 'spam', stored: 'created' });
    const labels = await labelsOfSite();
    expect(labels.map((l) => [l.externalId, l.label, l.labelSource]).sort()).toEqual([
      ['comment:coral-1', 'ok', 'import'],
      ['comment:coral-2', 'abuse', 'import'],
      ['comment:coral-3', 'spam', 'import'],
    ]);
  });

  it('replaces the label when the moderator changes their mind about the same comment', async () => {
    const res = await coralSuggest('Lovely photos of the harbour, thank you.', 'coral-1', 'DELETED');

    expect(res.body.sieve).toMatchObject({ stored: 'updated', label: 'abuse' });
    expect((await labelsOfSite()).filter((l) => l.externalId === 'comment:coral-1').map((l) => l.label)).toEqual(['abuse']);
  });

  it('answers a wrong key and a verdict it cannot read in Perspective\'s error shape', async () => {
    const wrongKey = await coralSuggest('hello', 'coral-9', 'APPROVED', 'sk_not-a-key-of-any-site-000000000');
    const unknown = await post(`${stack.url}/v1alpha1/comments:suggestscore?key=${key}`, { comment: { text: 'hi' }, attributeScores: { LIKED: { summaryScore: { value: 1 } } } });

    expect(wrongKey).toMatchObject({ status: 400, body: perspectiveError(400, 'INVALID_ARGUMENT') });
    expect(unknown).toMatchObject({ status: 400, body: perspectiveError(400, 'INVALID_ARGUMENT') });
  });

  it("trains the site's next model version from Coral's verdicts, which then scores through analyze", async () => {
    // Arrange: readers Coral's moderators approved, and a supplement campaign (no rule knows it) they deleted.
    const before = await coralAnalyze('Three zorblax drops a day and my cravings vanished. Zorblax works.');
    for (const [n, text] of READER_COMMENTS.slice(0, 45).entries()) expect((await coralSuggest(text, `reader-${n}`, 'APPROVED')).status).toBe(200);
    for (const [n, text] of ZORBLAX_SPAM.slice(0, 45).entries()) expect((await coralSuggest(text, `zorblax-${n}`, 'DELETED')).status).toBe(200);

    // Act
    await stack.schedules.trainModels!.runNow();
    await new Promise((resolve) => setTimeout(resolve, 250));
    const after = await coralAnalyze('Three zorblax drops a day and my cravings vanished. Zorblax works.');

    // Assert
    const site = await new ModelStore(createDocumentClient(), stack.tableName).siteModels(SITE);
    expect(site?.pointers.active).toBe('m1');
    const manifest = await new ModelStore(createDocumentClient(), stack.tableName).manifest(SITE, 'm1');
    expect(manifest?.trainedOn).toMatchObject({ import: expect.any(Number) });
    expect(manifest!.trainedOn.import!).toBeGreaterThanOrEqual(90);
    expect(before.body.sieve.modelVersion).toBeUndefined();
    expect(after.body.sieve).toMatchObject({ modelVersion: 'm1', rules: expect.arrayContaining(['learned.abuse']) });
    expect(after.body.attributeScores.TOXICITY.summaryScore.value).toBeGreaterThan(before.body.attributeScores.TOXICITY.summaryScore.value);
  }, 30_000);
});
