import { describe, expect, it } from 'vitest';
import { MemoryContextSource } from '../../shared/engine/memory-context.ts';
import { backtest } from '../../shared/admin/backtest.ts';
import { describeDeadLetter } from '../../shared/admin/dead-letters.ts';
import { DurationError, parseDuration, parseSince } from '../../shared/admin/duration.ts';
import { expiriesAfter, keysStillListed } from '../../shared/admin/key-rotation.ts';
import { MAX_GRACE_MS, rotateSiteKey, type SiteAdminPorts } from '../../shared/admin/site-admin.ts';
import { diffPolicies } from '../../shared/admin/policy-diff.ts';
import { checkPolicyDocument, parsePolicyText, PolicyTextError, versionedDocument } from '../../shared/admin/policy-document.ts';
import { byVersionOrder, nextPolicyVersion } from '../../shared/admin/policy-versions.ts';
import { generatePassword, PASSWORD_BYTES, passwordProblems } from '../../shared/admin/passwords.ts';
import { DEFAULT_POLICY, PolicyValidationError, policyWithOverrides } from '../../shared/engine/index.ts';

// The pure parts of the operator commands: durations, key lifetimes, policy versions and
// diffs, passwords, dead-letter descriptions and the backtest replay.

const NOW = new Date('2024-03-04T09:00:00.000Z');

describe('rotating a key', () => {
  /** A site with one key, remembering every write the rotation makes. */
  const siteWithOneKey = () => {
    const writes: string[] = [];
    const site = { siteId: 'blog', name: 'Blog', status: 'active', createdAt: NOW.toISOString(), keyHashes: ['h1'] } as never;
    const ports: SiteAdminPorts = {
      getSite: async () => site,
      keysOf: async () => [{ keyHash: 'h1', siteId: 'blog', hint: 'sk_…a1', createdAt: NOW.toISOString() }],
      addKey: async () => void writes.push('addKey'),
      listKeys: async () => void writes.push('listKeys'),
      expireKey: async () => void writes.push('expireKey'),
      setStatus: async () => void writes.push('setStatus'),
    };
    return { ports, writes };
  };

  it.each([['too long', MAX_GRACE_MS + 1], ['no time at all', 99999999999999 * 604_800_000], ['not a number', Number.NaN], ['negative', -1]])(
    'refuses a grace that is %s before writing anything',
    async (_, graceMs) => {
      const { ports, writes } = siteWithOneKey();

      const rotation = rotateSiteKey({ siteId: 'blog', now: NOW, graceMs, keyBytes: Buffer.alloc(32, 7) }, ports);

      await expect(rotation).rejects.toThrow(/nothing was changed/);
      expect(writes).toEqual([]);
    },
  );

  it('rotates with a year of grace', async () => {
    const { ports, writes } = siteWithOneKey();

    const rotation = await rotateSiteKey({ siteId: 'blog', now: NOW, graceMs: MAX_GRACE_MS, keyBytes: Buffer.alloc(32, 7) }, ports);

    expect(rotation.ending).toEqual([{ hint: 'sk_…a1', expiresAt: '2025-03-04T09:00:00.000Z' }]);
    expect(writes).toEqual(['addKey', 'listKeys', 'expireKey']);
  });
});

describe('durations', () => {
  it('reads the forms operators type, and refuses a bare number other than 0', () => {
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('2s')).toBe(2_000);
    expect(parseDuration('0')).toBe(0);
    expect(() => parseDuration('24')).toThrow(DurationError);
    expect(() => parseDuration('soon')).toThrow(/not a duration/);
    expect(() => parseDuration('99999999999999w')).toThrow(/too long/);
  });

  it('reads --since as a date, a zoned date-time or a duration back from now', () => {
    expect(parseSince('2024-03-01', NOW)).toBe('2024-03-01T00:00:00.000Z');
    expect(parseSince('2024-03-01T12:00:00+02:00', NOW)).toBe('2024-03-01T10:00:00.000Z');
    expect(parseSince('7d', NOW)).toBe('2024-02-26T09:00:00.000Z');
    expect(() => parseSince('2024-03-01T12:00:00', NOW)).toThrow(/time zone/);
  });
});

describe('key lifetimes', () => {
  const keys = [
    { keyHash: 'open' },
    { keyHash: 'ending-soon', expiresAt: '2024-03-04T10:00:00.000Z' },
    { keyHash: 'ended', expiresAt: '2024-03-01T00:00:00.000Z' },
  ];

  it('gives keys in use an end after the grace period, never pushing an earlier end back', () => {
    // Act
    const expiries = expiriesAfter(keys, NOW, 24 * 3_600_000);

    // Assert
    expect(expiries).toEqual([{ keyHash: 'open', expiresAt: '2024-03-05T09:00:00.000Z' }]);
  });

  it('ends every key now with no grace, and drops ended keys from the site list', () => {
    // Act
    const expiries = expiriesAfter(keys, NOW, 0);
    const listed = keysStillListed(keys, expiries, NOW);

    // Assert
    expect(expiries.map((e) => e.keyHash)).toEqual(['open', 'ending-soon']);
    expect(listed).toEqual([]);
    expect(keysStillListed(keys, [], NOW)).toEqual(['open', 'ending-soon']);
  });
});

describe('policy versions and documents', () => {
  it('numbers versions after the highest one, skipping ids made by hand', () => {
    expect(nextPolicyVersion([])).toBe('v1');
    expect(nextPolicyVersion(['v1', 'v10', 'v2', 'manual'])).toBe('v11');
    expect(['v10', 'manual', 'v2', 'v1'].sort(byVersionOrder)).toEqual(['v1', 'v2', 'v10', 'manual']);
  });

  it('stores the version id as the document version, replacing one the file gave', () => {
    expect(versionedDocument({ version: 'mine', links: { max: 1 } }, 'v3')).toEqual({ version: 'v3', links: { max: 1 } });
  });

  it('reads YAML and JSON, and reports a parse error in the parser words', () => {
    expect(parsePolicyText('links:\n  max: 1\n', 'yaml')).toEqual({ links: { max: 1 } });
    expect(() => parsePolicyText('{"links": ', 'json')).toThrow(PolicyTextError);
  });

  it('refuses a document that is not an object of overrides, or has bad fields', () => {
    expect(() => checkPolicyDocument(['links'])).toThrow(PolicyValidationError);
    expect(checkPolicyDocument(null).policy).toEqual(DEFAULT_POLICY);
    try {
      checkPolicyDocument({ links: { max: 'two' } });
      expect.unreachable();
    } catch (error) {
      expect((error as PolicyValidationError).issues).toEqual([{ path: 'links.max', message: 'expected a number' }]);
    }
  });

  it('diffs two policies by field, lists by entry, and ignores the version', () => {
    // Prepare
    const before = policyWithOverrides({ version: 'v1', links: { max: 2, blockedDomains: ['a.example'] } });
    const after = policyWithOverrides({ version: 'v2', links: { max: 1, blockedDomains: ['b.example', 'a.example'] } });

    // Act
    const changes = diffPolicies(before, after);

    // Assert
    expect(changes).toEqual([
      { path: 'links.blockedDomains', from: ['a.example'], to: ['b.example', 'a.example'], added: ['b.example'], removed: [] },
      { path: 'links.max', from: 2, to: 1 },
    ]);
    expect(diffPolicies(before, before)).toEqual([]);
  });
});

describe('moderator passwords', () => {
  it('generates passwords that always pass the user pool policy', () => {
    for (const fill of [0, 255, 7]) {
      const password = generatePassword(new Uint8Array(PASSWORD_BYTES).fill(fill));
      expect(passwordProblems(password)).toEqual([]);
      expect(password).toHaveLength(24);
    }
    expect(generatePassword(new Uint8Array(PASSWORD_BYTES).fill(1))).not.toBe(generatePassword(new Uint8Array(PASSWORD_BYTES).fill(2)));
  });

  it('names what a weak password lacks', () => {
    expect(passwordProblems('short')).toEqual(['at least 12 characters', 'an upper-case letter', 'a digit', 'a symbol']);
  });
});

describe('dead letters', () => {
  it('reads comment, site and first-sent time from a message, and flags a foreign body', () => {
    // Act
    const letter = describeDeadLetter({
      MessageId: 'm1',
      Body: JSON.stringify({ commentId: 'c_1', siteId: 'blog', correlationId: 'r1' }),
      Attributes: { ApproximateReceiveCount: '5', SentTimestamp: String(NOW.getTime()) },
    });
    const foreign = describeDeadLetter({ MessageId: 'm2', Body: 'hello' });

    // Assert
    expect(letter).toEqual({ messageId: 'm1', commentId: 'c_1', siteId: 'blog', correlationId: 'r1', receiveCount: 5, firstSentAt: NOW.toISOString() });
    expect(foreign).toMatchObject({ messageId: 'm2', problem: 'body is not JSON' });
  });
});

describe('backtest replay', () => {
  it('counts outcomes under both policies and names the rule behind each flip', async () => {
    // Prepare
    const at = (minute: number) => NOW.getTime() + minute * 60_000;
    const comments = [
      { id: 'plain', text: 'The bus timetable changes on Monday.', createdAt: at(0) },
      { id: 'word', text: 'The zorblat is back at the bakery.', createdAt: at(1) },
      { id: 'link', text: 'Minutes are at https://council.example.org/minutes for everyone.', createdAt: at(2) },
    ];
    const proposed = policyWithOverrides({ links: { max: 0 }, words: [{ term: 'zorblat', action: 'reject' }] });

    // Act
    const result = await backtest(comments, { current: DEFAULT_POLICY, proposed }, () => new MemoryContextSource());

    // Assert
    expect(result.comments).toBe(3);
    expect(result.current).toEqual({ approve: 3, flag: 0, reject: 0 });
    expect(result.proposed).toEqual({ approve: 1, flag: 1, reject: 1 });
    expect(result.flips).toEqual([
      expect.objectContaining({ id: 'word', text: comments[1]!.text, from: 'approve', to: 'reject', reason: expect.objectContaining({ rule: 'policy.words.reject' }) }),
      expect.objectContaining({ id: 'link', text: comments[2]!.text, from: 'approve', to: 'flag', reason: expect.objectContaining({ rule: 'spam.links.count' }) }),
    ]);
    expect(result.flipCounts).toEqual({ 'approve->reject': 1, 'approve->flag': 1 });
  });
});
