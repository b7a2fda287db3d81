// An author name or website field that carries spam: a link or a sales pitch in the name
// ("Cheap Loans Online"), a shortened or keyword-stuffed website. Spans refer to the field.

import type { RuleId } from '../rules.ts';
import type { Check, Finding } from './check.ts';
import type { Policy } from '../policy.ts';
import { typed } from './check.ts';
import { normalise, plainSpan, textSpan } from '../normalise.ts';
import { tokenise } from '../tokens.ts';
import { findLinks, hostOf, linkFindings } from './links.ts';
import { SPAM_PHRASES } from '../lexicon/spam-phrases.ts';

const SALES_WORDS = new Set([
  'cheap', 'buy', 'sale', 'sales', 'discount', 'casino', 'casinos', 'loan', 'loans', 'seo', 'viagra',
  'cialis', 'porn', 'xxx', 'escort', 'escorts', 'crypto', 'bitcoin', 'forex', 'deals', 'deal', 'shop',
  'store', 'online', 'best', 'free', 'marketing', 'services', 'agency', 'replica', 'pills', 'pharmacy',
  'dating', 'betting', 'poker', 'insurance', 'mortgage', 'followers', 'likes', 'hack', 'cheats',
  'download', 'promo', 'coupon', 'outlet', 'wholesale', 'weight', 'diet', 'loss', 'essay', 'writing',
]);

export const authorFieldsCheck: Check = (input, out) => {
  const author = input.comment.author;
  if (!author) return;
  if (typeof author.name === 'string' && author.name) {
    for (const f of nameFindingsOf(author.name)) out.push({ ...f, spans: f.spans.map(([s, e]): [number, number] => [s, e]) });
  }
  if (typeof author.url === 'string' && author.url) urlFindings(author.url, input.policy, out);
};

/**
 * A name's findings depend on the name alone, and an author's name comes back with each of
 * their comments: remembered for the last names seen (a pure function, so hit or miss gives
 * the same findings). Besides the work, this spares the comment's own normalisation: reading
 * a name normalises it, and a span of the comment read afterwards (a learned reason) would
 * then run the comment's passes again.
 */
const NAME_MEMO_SIZE = 4096;
const nameMemo = new Map<string, readonly Finding[]>();

function nameFindingsOf(name: string): readonly Finding[] {
  let findings = nameMemo.get(name);
  if (findings === undefined) {
    const found: Finding[] = [];
    nameFindings(name, found);
    if (nameMemo.size >= NAME_MEMO_SIZE) nameMemo.clear();
    nameMemo.set(name, found);
    findings = found;
  }
  return findings;
}

function nameFindings(name: string, out: Finding[]): void {
  const norm = normalise(name);
  const field = 'author.name' as const;
  const links = findLinks(norm.plain);
  if (links.length > 0) {
    const span = plainSpan(norm, links[0].start, links[0].end);
    out.push({ rule: 'author.name.link', category: 'author', weight: 1, spans: [span], detail: `Author name contains a link "${typed(name, span)}"`, field });
  }
  const tokens = tokenise(norm.text);
  promotionInName(name, norm.plain, tokens, (s, e) => textSpan(norm, s, e), out);
  const sales = tokens.filter((t) => SALES_WORDS.has(t.w));
  if (sales.length > 0) {
    const spans = sales.map((t) => textSpan(norm, t.s, t.e));
    out.push({
      rule: 'author.name.sales',
      category: 'author',
      weight: Math.min(1.2, 0.5 * sales.length + (tokens.length >= 3 ? 0.2 : 0)),
      spans,
      detail: `Author name reads like an advert: "${typed(name, [0, name.length], 60)}"`,
      field,
    });
  }
}

// "sub4sub", "l4l" in a name are read before leetspeak turns the 4 into an a.
const NAME_SWAP_RE = /\b(?:sub|s|like|l|follow|f)\s?(?:4|for|2)\s?(?:sub|s|like|l|follow|f)\b/;

/**
 * "Sub To My Channel", "Check My Channel Out", "sub4sub gaming": a name that is an ask for
 * subscribers or a plug, read with the comment's own promotion and solicitation phrases.
 */
function promotionInName(name: string, plain: string, tokens: ReturnType<typeof tokenise>, spanOf: (s: number, e: number) => [number, number], out: Finding[]): void {
  let weight = 0;
  const spans: [number, number][] = [];
  for (const hit of SPAM_PHRASES.matchAll(tokens)) {
    const rule = hit.data.rule;
    if (!rule.startsWith('spam.promotion') && !rule.startsWith('spam.solicitation')) continue;
    weight += hit.data.weight;
    spans.push(spanOf(tokens[hit.start].s, tokens[hit.end - 1].e));
  }
  const swap = NAME_SWAP_RE.exec(plain);
  if (swap) {
    weight += 1.5;
    spans.push([swap.index, swap.index + swap[0].length]);
  }
  // One weak phrase ("Music Channel") names a channel; an ask or a swap promotes it.
  if (weight < 0.8) return;
  out.push({
    rule: 'author.name.promotion',
    category: 'author',
    weight: Math.min(1.2, Math.round(weight * 100) / 100),
    spans,
    detail: `Author name promotes a channel: "${typed(name, [0, name.length], 60)}"`,
    field: 'author.name',
  });
}

/** The link rules, read in the author's website field. */
const AS_AUTHOR_URL: Partial<Record<RuleId, RuleId>> = {
  'spam.links.shortener': 'author.url.shortener',
  'spam.links.blocked': 'author.url.blocked',
  'spam.links.referral': 'author.url.referral',
};

function urlFindings(url: string, policy: Policy, out: Finding[]): void {
  const norm = normalise(url);
  const field = 'author.url' as const;
  const { findings } = linkFindings(norm.plain, (s, e) => plainSpan(norm, s, e), policy, url, field);
  for (const f of findings) out.push({ ...f, category: 'author', rule: AS_AUTHOR_URL[f.rule] ?? 'author.url.shortener' });
  const host = hostOf(norm.plain.trim());
  // One space per separator, not per run: the tokens' offsets must stay those of the field ("://" is three characters).
  const tokens = tokenise(norm.text.replace(/[./_-]/g, ' '));
  const sales = tokens.filter((t) => SALES_WORDS.has(t.w) && t.w !== 'online' && t.w !== 'best');
  if (sales.length >= 1) {
    out.push({
      rule: 'author.url.sales',
      category: 'author',
      weight: Math.min(1.2, 0.5 * sales.length),
      spans: sales.map((t) => textSpan(norm, t.s, t.e)),
      detail: `Author website looks commercial: ${host || typed(url, [0, url.length], 60)}`,
      field,
    });
  }
}
