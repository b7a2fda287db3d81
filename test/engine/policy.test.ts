import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, PolicyValidationError, parsePolicy, policySchema, policyWithOverrides } from '../../shared/engine/index.ts';
import { judge } from './helpers.ts';

function validationError(run: () => unknown): PolicyValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyValidationError) return error;
    throw error;
  }
  throw new Error('expected a PolicyValidationError');
}

describe('policy validation', () => {
  it('ships a valid default policy', () => {
    expect(DEFAULT_POLICY.version).toBe('default-3');
    expect(policySchema.safeParse(DEFAULT_POLICY).success).toBe(true);
    expect(parsePolicy(structuredClone(DEFAULT_POLICY))).toEqual(DEFAULT_POLICY);
  });

  it('names the bad field path in the message and the issues', () => {
    const error = validationError(() => policyWithOverrides({ thresholds: { spam: { flag: 'high' } } }));

    expect(error.message).toContain('thresholds.spam.flag: expected a number');
    expect(error.issues).toEqual([{ path: 'thresholds.spam.flag', message: 'expected a number' }]);
  });

  it('takes a number of reader reports that unpublishes a comment, never by default, and names a bad one', () => {
    const strict = policyWithOverrides({ reports: { unpublishAfter: 3 } });
    const zero = validationError(() => policyWithOverrides({ reports: { unpublishAfter: 0 } }));
    const typo = validationError(() => policyWithOverrides({ reports: { unpublishAfer: 3 } }));

    expect(DEFAULT_POLICY.reports.unpublishAfter).toBeNull();
    expect(strict.reports.unpublishAfter).toBe(3);
    expect(zero.issues).toEqual([{ path: 'reports.unpublishAfter', message: 'must be 1 or more' }]);
    expect(typo.issues).toEqual([{ path: 'reports.unpublishAfer', message: 'unknown field' }]);
  });

  it('names every bad field at once, including unknown ones', () => {
    const error = validationError(() =>
      policyWithOverrides({
        thresholds: { spma: { flag: 1 } },
        words: [{ term: 'x', action: 'block' }],
        windows: { floodLimit: 0 },
        links: { max: 1.5 },
      }),
    );

    expect(error.issues.map((i) => i.path).sort()).toEqual(['links.max', 'thresholds.spma', 'windows.floodLimit', 'words.0.action']);
    expect(error.message).toContain('words.0.action: expected one of reject, flag, allow');
    expect(error.message).toContain('thresholds.spma: unknown field');
  });

  it('rejects a flag level above the reject level', () => {
    const error = validationError(() => policyWithOverrides({ thresholds: { insult: { flag: 5, reject: 2 } } }));

    expect(error.issues[0].path).toBe('thresholds.insult.flag');
  });

  it('rejects a full document with missing sections', () => {
    const error = validationError(() => parsePolicy({ version: 'x' }));

    expect(error.issues.map((i) => i.path)).toContain('thresholds');
  });

  it('deep-merges overrides over the default', () => {
    const policy = policyWithOverrides({ version: 'site-7', thresholds: { spam: { flag: 2 } } });

    expect(policy.version).toBe('site-7');
    expect(policy.thresholds.spam).toEqual({ flag: 2, reject: 3 });
    expect(policy.thresholds.insult).toEqual(DEFAULT_POLICY.thresholds.insult);
  });

  it('disables an outcome with null', () => {
    const policy = policyWithOverrides({ thresholds: { insult: { flag: null, reject: null } } });

    expect(judge('you are an idiot', undefined, policy).outcome).toBe('approve');
  });

  it('can make profanity flag for a strict site', () => {
    const policy = policyWithOverrides({ version: 'strict', thresholds: { profanity: { flag: 1 } } });

    const decision = judge('what a shit day', undefined, policy);

    expect(decision.outcome).toBe('flag');
    expect(decision.policyVersion).toBe('strict');
  });
});

describe('site word lists', () => {
  it('rejects on a whole-word term, obfuscated or not', () => {
    const policy = policyWithOverrides({ version: 'w1', words: [{ term: 'brexit', action: 'reject', category: 'spam' }] });

    const decision = judge('B R E X I T forever', undefined, policy);

    expect(decision.outcome).toBe('reject');
    expect(decision.reasons[0]).toMatchObject({ rule: 'policy.words.reject', category: 'spam' });
  });

  it('keeps whole-word terms whole, and substring terms match inside words', () => {
    const whole = policyWithOverrides({ words: [{ term: 'cunt', action: 'flag' }] });
    const inside = policyWithOverrides({ words: [{ term: 'cunt', action: 'flag', match: 'substring' }] });

    expect(judge('Scunthorpe', undefined, whole).outcome).toBe('approve');
    expect(judge('Scunthorpe', undefined, inside).outcome).toBe('flag');
  });

  it('flags multi-word phrases', () => {
    const policy = policyWithOverrides({ words: [{ term: 'crypto scam', action: 'flag' }] });

    expect(judge('another Crypto  Scam story', undefined, policy).outcome).toBe('flag');
  });

  it('allows a built-in word for a site that does not mind it', () => {
    const policy = policyWithOverrides({ words: [{ term: 'moron', action: 'allow' }] });

    expect(judge('you are a moron', undefined, policy).outcome).toBe('approve');
    expect(judge('you are an idiot', undefined, policy).outcome).toBe('flag');
  });
});
