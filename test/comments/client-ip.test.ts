import { describe, expect, it } from 'vitest';
import { hashClientIp, networkOf } from '../../shared/comments/client-ip.ts';
import { admitSubmission, intakeWindowOf, retryAfterSeconds } from '../../shared/comments/intake-limit.ts';
import { RateLimitedError } from '../../shared/errors.ts';

const SALT = Buffer.alloc(32, 7);

describe('client IP keys', () => {
  it('keys an IPv4 address by itself and an IPv6 one by its /64, however it is written', () => {
    expect(networkOf('203.0.113.7')).toBe('203.0.113.7');
    expect(networkOf('2001:db8:0:1::5')).toBe('2001:0db8:0000:0001::/64');
    expect(networkOf('2001:DB8:0:1:ffff:1:2:3')).toBe('2001:0db8:0000:0001::/64');
    expect(networkOf('::1')).toBe('0000:0000:0000:0000::/64');
  });

  it('gives one network one key per site, different sites and salts different keys, and never holds the address', () => {
    const key = hashClientIp(SALT, 'blog', '203.0.113.7');
    expect(key).toMatch(/^ip_[\w-]{22}$/);
    expect(key).not.toContain('203');
    expect(hashClientIp(SALT, 'blog', '203.0.113.7')).toBe(key);
    expect(hashClientIp(SALT, 'other-blog', '203.0.113.7')).not.toBe(key);
    expect(hashClientIp(Buffer.alloc(32, 8), 'blog', '203.0.113.7')).not.toBe(key);
    expect(hashClientIp(SALT, 'blog', '2001:db8::1')).toBe(hashClientIp(SALT, 'blog', '2001:db8::ffff'));
  });
});

describe('the per-site intake limit', () => {
  const now = Date.UTC(2026, 11, 6, 22, 0, 45, 300);

  it('counts in whole minutes of the clock and says how long until the next', () => {
    expect(intakeWindowOf(now)).toBe(Date.UTC(2026, 11, 6, 22, 0, 0));
    expect(retryAfterSeconds(now)).toBe(15);
    expect(retryAfterSeconds(Date.UTC(2026, 11, 6, 22, 0, 59, 999))).toBe(1);
  });

  it('admits up to the limit, then refuses with the seconds to wait', async () => {
    const counts = new Map<string, number>();
    const count = async (siteId: string, windowStart: number) => {
      const key = `${siteId}@${windowStart}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return counts.get(key)!;
    };
    for (let i = 0; i < 3; i++) await admitSubmission({ siteId: 'blog', now, perMinute: 3 }, count);
    const refused = await admitSubmission({ siteId: 'blog', now, perMinute: 3 }, count).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 15 });
    // Another site, and the next minute, start afresh.
    await expect(admitSubmission({ siteId: 'other', now, perMinute: 3 }, count)).resolves.toBeUndefined();
    await expect(admitSubmission({ siteId: 'blog', now: now + 15_000, perMinute: 3 }, count)).resolves.toBeUndefined();
  });
});
