import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { addSite, bootStack, decided, request } from '../support/local-stack.ts';

// Per-network floods and the per-site intake limit through the real local stack: the blog's
// client.ip feeds a flood check without the address ever reaching the table, and a site
// submitting beyond its limit is answered 429 with Retry-After.

const LIMIT = 20;

// Sixteen different remarks: copies of one text would be a duplicate campaign, not this check.
const REMARKS = [
  'The new bus timetable suits me fine.',
  'Could the library open later on Thursdays?',
  'Parking near the station is still a mess.',
  'Lovely photos of the harvest festival.',
  'I hope the pool reopens before summer.',
  'The roadworks on Mill Lane took forever.',
  'Thanks for covering the school concert.',
  'Recycling collection was missed again this week.',
  'Great to see the market square busy.',
  'Who decided on the colour of those benches?',
  'The cycle path needs better lighting.',
  'Our street flooded after Sunday’s storm.',
  'Any news about the cinema renovation?',
  'The bakery on the corner deserves an award.',
  'Please publish the council meeting minutes sooner.',
  'Dog walkers keep the park remarkably tidy.',
];
const IP = '198.51.100.77';

let stack: LocalStack;
let floodKey: string;
let limitKey: string;

beforeAll(async () => {
  stack = await bootStack({ siteIntakePerMinute: LIMIT });
  floodKey = await addSite(stack, 'flood-site');
  limitKey = await addSite(stack, 'limit-site');
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

/** Waits out the end of a minute when fewer than `seconds` remain, so a burst stays inside one window. */
const roomInMinute = async (seconds: number) => {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 50));
};

describe('one network under many names', () => {
  it('flags the comment beyond three authors’ flood limit with flood.ip, and keeps no address in the table', async () => {
    await roomInMinute(25);
    const outcomes: Array<{ status: string; rules: string[] }> = [];
    for (let i = 0; i < 16; i++) {
      const res = await request(stack, 'POST', '/v1/comments', {
        key: floodKey,
        json: { postId: 'p-net', author: { name: `Reader ${i}`, id: `reader-${i}` }, text: REMARKS[i], client: { ip: IP } },
      });
      expect(res.status).toBe(202);
      const c = await decided(stack, floodKey, res.body.id);
      outcomes.push({ status: c.status, rules: c.decision.reasons.map((r: { rule: string }) => r.rule) });
    }
    expect(outcomes, JSON.stringify(outcomes)).toHaveLength(16);
    // Fifteen from one address pass (a household, an office); the sixteenth is a flood.
    expect(outcomes.slice(0, 15).filter((o) => o.status !== 'approved' || o.rules.includes('flood.ip'))).toEqual([]);
    expect(outcomes[15]).toEqual({ status: 'flagged', rules: ['flood.ip'] });

    const { Items = [] } = await createDocumentClient().send(new ScanCommand({ TableName: stack.tableName }));
    const table = JSON.stringify(Items);
    expect(table).not.toContain(IP);
    expect(table).not.toContain('198.51.100');
    // What is kept is the key: on the comments and on the network's item.
    expect(Items.filter((i) => String(i.pk).startsWith('NET#flood-site#ip_'))).toHaveLength(1);
    expect(Items.filter((i) => i.client?.ipHash?.startsWith('ip_'))).toHaveLength(16);
  }, 60_000);
});

describe('the per-site intake limit', () => {
  it('answers 429 with Retry-After and a JSON error past the limit, for that site only', async () => {
    await roomInMinute(10);
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      const res = await request(stack, 'POST', '/v1/comments', {
        key: limitKey,
        json: { postId: 'p-limit', author: { name: 'Burst' }, text: `Burst comment ${i}` },
      });
      statuses.push(res.status);
      if (i === LIMIT) {
        expect(res.status).toBe(429);
        const wait = Number(res.headers.get('retry-after'));
        expect(wait).toBeGreaterThanOrEqual(1);
        expect(wait).toBeLessThanOrEqual(60);
        expect(res.body).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining(`more than ${LIMIT} comments this minute`) } });
      }
    }
    expect(statuses.slice(0, LIMIT).every((s) => s === 202)).toBe(true);
    // The flood site has its own count.
    const other = await request(stack, 'POST', '/v1/comments', { key: floodKey, json: { postId: 'p-other', author: { name: 'Calm' }, text: 'Just one.' } });
    expect(other.status).toBe(202);
  }, 30_000);
});
