import { expect, it } from 'vitest';
import { QUEUES } from '../../functions/manifest.ts';
import { backoffCeilingSeconds, MAX_DELIVERY_ATTEMPTS, RETRY_CAP_SECONDS, retryDelaySeconds } from '../../shared/webhooks/retry-schedule.ts';

const waits = (random: number) => Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => retryDelaySeconds(i + 1, random));
const hours = (seconds: number[]) => seconds.reduce((a, b) => a + b, 0) / 3600;

it('doubles from 30 s up to the 8-hour cap, under SQS’s 12-hour visibility ceiling', () => {
  expect([1, 2, 3, 4].map(backoffCeilingSeconds)).toEqual([30, 60, 120, 240]);
  expect(backoffCeilingSeconds(12)).toBe(RETRY_CAP_SECONDS);
  expect(RETRY_CAP_SECONDS).toBeLessThanOrEqual(12 * 3600);
});

it('jitters each wait between half and all of its ceiling', () => {
  expect(retryDelaySeconds(3, 0)).toBe(60);
  expect(retryDelaySeconds(3, 0.999999)).toBe(120);
  expect(retryDelaySeconds(3, 0.5)).toBe(90);
});

it('retries for about a day in all (16 to 33 hours, 24 on average)', () => {
  expect(hours(waits(0))).toBeGreaterThan(16);
  expect(hours(waits(0.5))).toBeGreaterThan(22);
  expect(hours(waits(0.5))).toBeLessThan(26);
  expect(hours(waits(0.999999))).toBeLessThan(33);
});

it('gives up exactly when the webhook queue sends the message to its dead-letter queue', () => {
  expect(QUEUES.webhooks.deadLetter.maxReceiveCount).toBe(MAX_DELIVERY_ATTEMPTS);
  // Messages outlive the schedule: the queue keeps them longer than every wait added up.
  expect(QUEUES.webhooks.retentionDays * 24).toBeGreaterThan(hours(waits(0.999999)));
});

it('shrinks to immediate retries at scale 0 (tests)', () => {
  expect(retryDelaySeconds(12, 0.7, 0)).toBe(0);
});
