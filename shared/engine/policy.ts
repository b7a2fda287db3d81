// A site's moderation policy: versioned, validated with zod, and deep-merged over the
// default so a site only writes what it changes. Validation errors name every bad field
// by its path, because operators edit these documents by hand.

import { z } from 'zod';
import type { Category } from './types.ts';
import { RULES, isRuleId } from './rules.ts';

export const CATEGORIES = [
  'insult', 'threat', 'identity', 'profanity', 'spam', 'duplicate', 'flood', 'author',
] as const satisfies readonly Category[];

function obj<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, { error: 'expected an object' });
}

const category = z.enum(CATEGORIES, { error: `expected one of ${CATEGORIES.join(', ')}` });
const count = z.number({ error: 'expected a number' }).int('expected a whole number').min(0, 'must be 0 or more');
const positiveCount = z.number({ error: 'expected a number' }).int('expected a whole number').min(1, 'must be 1 or more');
const duration = z.number({ error: 'expected a number of milliseconds' }).int('expected a whole number').positive('must be greater than 0');
/** A score level; null disables that outcome for the category. */
const level = z.number({ error: 'expected a number' }).positive('must be greater than 0').nullable();

const threshold = z
  .strictObject({ flag: level, reject: level })
  .refine((t) => t.flag === null || t.reject === null || t.flag <= t.reject, {
    message: 'flag must not be above reject',
    path: ['flag'],
  });

const thresholds = obj(
  Object.fromEntries(CATEGORIES.map((c) => [c, threshold])) as Record<Category, typeof threshold>,
);

const wordRule = obj({
  /** A word or phrase; it is normalised like comment text, so "idiot" also catches "1d10t". */
  term: z.string({ error: 'expected a string' }).trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
  action: z.enum(['reject', 'flag', 'allow'], { error: 'expected one of reject, flag, allow' }),
  /** 'word': whole words only (the default); 'substring': anywhere, even inside a word. */
  match: z.enum(['word', 'substring'], { error: 'expected one of word, substring' }).default('word'),
  /** The category a reject or flag rule reports under. */
  category: category.default('profanity'),
});

/** Scores by rule id over the default score table; 0 turns a rule off. */
const scores = z
  .record(z.string(), z.number({ error: 'expected a number' }).min(0, 'must be 0 or more').max(10, 'at most 10'), { error: 'expected an object' })
  .superRefine((table, ctx) => {
    for (const id of Object.keys(table)) {
      if (!isRuleId(id)) ctx.addIssue({ code: 'custom', path: [id], message: 'unknown rule (see `sieve rules`)' });
      else if (RULES[id].kind === 'adjustment') ctx.addIssue({ code: 'custom', path: [id], message: 'not a scored rule' });
    }
  });

export const policySchema = obj({
  version: z.string({ error: 'expected a string' }).trim().min(1, 'must not be empty').max(100, 'at most 100 characters'),
  /** Score levels per category at which a comment is flagged or rejected. */
  thresholds,
  /** Rule scores by id over the defaults, e.g. {"spam.links.count": 0.5}. */
  scores,
  /** Site word lists, checked after the built-in ones; `allow` silences a built-in match. */
  words: z.array(wordRule, { error: 'expected a list' }),
  links: obj({
    /** More links than this is spam on its own. */
    max: count,
    allowShorteners: z.boolean({ error: 'expected true or false' }),
    /** Links to these domains (and their subdomains) are ignored, e.g. the site itself. */
    allowedDomains: z.array(z.string({ error: 'expected a string' }).trim().toLowerCase().min(1), { error: 'expected a list' }),
    /** Any link to these domains is rejected. */
    blockedDomains: z.array(z.string({ error: 'expected a string' }).trim().toLowerCase().min(1), { error: 'expected a list' }),
  }),
  /** Authors with a record of approved comments earn lower suspicion scores. */
  trust: obj({
    minApproved: positiveCount,
    maxRejected: count,
    /** Scores of the listed categories are multiplied by this for trusted authors. */
    factor: z.number({ error: 'expected a number' }).min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
    categories: z.array(category, { error: 'expected a list' }),
    /** Earlier rejections at or above this count add an author signal. */
    suspectAfterRejected: positiveCount,
  }),
  /** Readers' reports relayed by the blog (POST /v1/comments/{id}/reports). */
  reports: obj({
    /** After this many reports an approved comment leaves the post until a moderator decides; null: reports never unpublish. */
    unpublishAfter: positiveCount.nullable(),
  }),
  windows: obj({
    /** How far back the same text counts as a duplicate. */
    duplicateMs: duration,
    /** The flood window, and how many earlier comments by one author it allows. */
    floodMs: duration,
    floodLimit: positiveCount,
    /** Texts with fewer letters and digits than this are not compared with other authors' ("lol", "who is watching in 2015?"). */
    duplicateMinLength: count,
    /** How close in time the same short text from several authors is a campaign ("Vote for Zorg!" three times in a minute). */
    campaignMs: duration,
  }),
  /**
   * What erasing an author's personal data (`sieve authors erase`) does to their texts: kept
   * when keepText is true (the site's terms say so), else replaced by a tombstone (the default).
   */
  erasure: obj({ keepText: z.boolean({ error: 'expected true or false' }) }).optional(),
});

export type Policy = z.output<typeof policySchema>;

export class PolicyValidationError extends Error {
  readonly issues: { path: string; message: string }[];

  constructor(issues: { path: string; message: string }[]) {
    super(`Invalid policy: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'PolicyValidationError';
    this.issues = issues;
  }
}

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: base ? `${base}.${key}` : key, message: 'unknown field' });
    } else {
      issues.push({ path: base || '(policy)', message: issue.message });
    }
  }
  return issues;
}

export function parsePolicy(input: unknown): Policy {
  const result = policySchema.safeParse(input);
  if (!result.success) throw new PolicyValidationError(issuesOf(result.error));
  return result.data;
}

const DEFAULT_DOCUMENT = {
  version: 'default-3',
  thresholds: {
    insult: { flag: 1, reject: 3.5 },
    threat: { flag: 1, reject: 3 },
    identity: { flag: 1, reject: 3 },
    // Profanity is recorded as a label; on its own it never holds a comment back.
    profanity: { flag: null, reject: null },
    spam: { flag: 1, reject: 3 },
    duplicate: { flag: 1, reject: 3 },
    flood: { flag: 1, reject: 3 },
    author: { flag: 1, reject: null },
  },
  scores: {},
  words: [],
  links: { max: 2, allowShorteners: false, allowedDomains: [], blockedDomains: [] },
  trust: {
    minApproved: 3,
    maxRejected: 0,
    factor: 0.5,
    categories: ['spam', 'duplicate', 'flood', 'author'],
    suspectAfterRejected: 2,
  },
  reports: { unpublishAfter: null },
  windows: {
    duplicateMs: 24 * 60 * 60 * 1000,
    floodMs: 5 * 60 * 1000,
    floodLimit: 5,
    duplicateMinLength: 40,
    campaignMs: 3 * 60 * 1000,
  },
} satisfies z.input<typeof policySchema>;

export const DEFAULT_POLICY: Policy = deepFreeze(parsePolicy(DEFAULT_DOCUMENT));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays, scalars and null replace; undefined leaves the base value. */
function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/** A site's partial policy over the default. The version is the site's when it gives one. */
export function policyWithOverrides(overrides: unknown): Policy {
  if (overrides === undefined || overrides === null) return DEFAULT_POLICY;
  if (!isPlainObject(overrides)) throw new PolicyValidationError([{ path: '(policy)', message: 'expected an object' }]);
  return parsePolicy(deepMerge(DEFAULT_DOCUMENT, overrides));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
