import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, contextQuery, policyWithOverrides } from '../../shared/engine/index.ts';
import { comment, facts, judge, rules } from './helpers.ts';

const LONG = 'I really think the council should reconsider the parking plan for the high street';

describe('duplicates and floods', () => {
  it('flags the same text posted again and again by one author', () => {
    const decision = judge(LONG, facts({ byAnyone: 2, byAuthor: 2 }));

    expect(decision.outcome).toBe('flag');
    expect(decision.reasons[0].detail).toBe('Same text posted 3 times by this author in the last 24 h');
  });

  it('flags the same text from many authors', () => {
    const decision = judge(LONG, facts({ byAnyone: 4 }));

    expect(decision.outcome).toBe('flag');
    expect(decision.reasons[0].detail).toBe('Same text posted 5 times in the last 24 h');
  });

  it('lets short common replies repeat across authors', () => {
    expect(judge('love this song', facts({ byAnyone: 40 })).outcome).toBe('approve');
    expect(judge('who is watching in 2015?', facts({ byAnyone: 12 })).outcome).toBe('approve');
  });

  it('lets one author repeat a short reply a couple of times', () => {
    expect(judge('<3 <3', facts({ byAnyone: 2, byAuthor: 2 })).outcome).toBe('approve');
    expect(judge('<3 <3', facts({ byAnyone: 4, byAuthor: 4 })).outcome).toBe('flag');
  });

  it('flags an author posting faster than the flood limit', () => {
    expect(judge('hello again', facts({ authorRecent: 4 })).outcome).toBe('approve');

    const decision = judge('hello again', facts({ authorRecent: 5 }));

    expect(decision.outcome).toBe('flag');
    expect(decision.reasons[0].detail).toBe('6 comments in 5 min (limit 5)');
  });

  it('flags a network posting beyond three authors\' flood limit, naming flood.ip, and lets a shared address post up to it', () => {
    expect(judge('hello again', facts({ ipRecent: 14 })).outcome).toBe('approve');

    const decision = judge('hello again', facts({ ipRecent: 15 }));

    expect(decision.outcome).toBe('flag');
    expect(decision.reasons.map((r) => [r.rule, r.detail])).toEqual([['flood.ip', '16 comments from one network in 5 min (limit 15)']]);
  });

  it('puts the network key in the query only when the comment has one', () => {
    expect(contextQuery(comment('hi', { ipKey: 'ip_abc' }), DEFAULT_POLICY).ipKey).toBe('ip_abc');
    expect(contextQuery(comment('hi'), DEFAULT_POLICY)).not.toHaveProperty('ipKey');
  });

  it('makes the same text and flood windows part of the query', () => {
    const q = contextQuery(comment('Win a FREE iPhone!!!', { author: { name: 'Bob' } }), DEFAULT_POLICY);

    expect(q.authorKey).toBe('name:bob');
    expect(q.at).toBe(comment('').createdAt);
    expect(q.duplicateWindowMs).toBe(DEFAULT_POLICY.windows.duplicateMs);
    expect(q.floodWindowMs).toBe(DEFAULT_POLICY.windows.floodMs);
  });

  it('fingerprints near-same texts alike', () => {
    const a = contextQuery(comment('WIN a free iPhone 6 now!!!'), DEFAULT_POLICY).fingerprints;
    const b = contextQuery(comment('w1n a  FREE iphone 7 now'), DEFAULT_POLICY).fingerprints;
    const c = contextQuery(comment('now win a free iphone!'), DEFAULT_POLICY).fingerprints;
    const other = contextQuery(comment('the council meets on Tuesday'), DEFAULT_POLICY).fingerprints;

    expect(a.some((f) => b.includes(f))).toBe(true);
    expect(a.some((f) => c.includes(f))).toBe(true);
    expect(a.some((f) => other.includes(f))).toBe(false);
  });
});

describe('authors', () => {
  it('lowers spam suspicion for an author with approved comments', () => {
    const text = 'Check out my blog post about this';
    expect(judge(text).outcome).toBe('flag');

    const decision = judge(text, facts({ approved: 5 }));

    expect(decision.outcome).toBe('approve');
    expect(rules(decision)).toContain('author.trusted');
  });

  it('does not lower insult scores for trusted authors', () => {
    expect(judge('you are an idiot', facts({ approved: 50 })).outcome).toBe('flag');
  });

  it('does not trust an author with rejections', () => {
    expect(judge('Check out my blog post about this', facts({ approved: 5, rejected: 1 })).outcome).toBe('flag');
  });

  it('raises suspicion for an author with a record of rejections', () => {
    const decision = judge('nice post', facts({ rejected: 3, approved: 1 }));

    expect(decision.outcome).toBe('flag');
    expect(decision.reasons[0].detail).toBe('Author had 3 comments rejected before (1 approved)');
  });

  it('reports spam in the author name with spans in that field', () => {
    const name = 'Cheap Loans Online www.loans4u.biz';

    const decision = judge('Nice article, thanks', undefined, undefined, { author: { name } });

    expect(decision.outcome).toBe('flag');
    const reason = decision.reasons.find((r) => r.rule === 'author.name.link');
    expect(reason?.field).toBe('author.name');
    expect(reason && name.slice(...reason.spans[0])).toBe('www.loans4u.biz');
  });

  it('reports a shortened author website', () => {
    const decision = judge('Nice article', undefined, undefined, { author: { name: 'Ann', url: 'https://bit.ly/xyz' } });

    expect(decision.reasons[0].field).toBe('author.url');
  });

  it('leaves an ordinary author website alone', () => {
    expect(judge('Nice article', undefined, undefined, { author: { name: 'Ann Lee', url: 'https://annlee.net/blog' } }).reasons).toEqual([]);
  });

  it('applies the trust rule from the site policy', () => {
    const policy = policyWithOverrides({ version: 't1', trust: { minApproved: 10 } });

    expect(judge('Check out my blog post about this', facts({ approved: 5 }), policy).outcome).toBe('flag');
  });
});

describe('fingerprints', () => {
  it('tells apart texts without words', () => {
    const hearts = contextQuery(comment('😍😍😍'), DEFAULT_POLICY).fingerprints;
    const thumbs = contextQuery(comment('👍'), DEFAULT_POLICY).fingerprints;

    expect(hearts).not.toEqual(thumbs);
  });

  it('ignores case, markup, spacing and obfuscation for the exact fingerprint', () => {
    const a = contextQuery(comment('Buy <b>CHEAP</b>   pills now'), DEFAULT_POLICY).fingerprints[0];
    const b = contextQuery(comment('buy ch3ap pills now!!!'), DEFAULT_POLICY).fingerprints[0];

    expect(a).toBe(b);
  });
});
