// Insults aimed at a person. An insulting word counts only when it is aimed at someone:
// "you are a moron", "you moron", "are you stupid", "@sam is an idiot", "nice try, moron",
// "idiots like you", "don't be an idiot". Unaimed uses ("this idea is idiotic", "I was an
// idiot", "he called the minister a fool", "the word 'idiot'") add nothing here.

import type { Check, CheckInput, Finding } from './check.ts';
import { hitSpan, quoteWord, tokenSpan } from './check.ts';
import {
  CLAUSE_GLUE, CONDITIONAL, COPULAS, FILLERS, IMPERATIVE_BE, LINKS, NEGATIONS, SECOND_PERSON, YOU_ARE, YOUR,
} from '../lexicon/address.ts';
import { DIRECTED_PHRASES } from '../lexicon/phrases.ts';
import { strongestDisjoint } from '../lexicon/phrase-set.ts';

const WINDOW = 7;
/** "you ARE a joke" states it outright: stronger than "you joke". */
const STATED = 1.25;

type Aim = { how: 'you' | 'your' | 'mention' | 'imperative' | 'vocative' | 'like-you' | 'exclaim'; factor: number };

function isModifier(input: CheckInput, j: number): boolean {
  const w = input.tokens[j].w;
  if (FILLERS.has(w)) return true;
  const hit = input.hits[j];
  return hit !== undefined && (hit.entry.insult > 0 || hit.entry.profane);
}

/** Whether the insult at token i is aimed at a person, and how strongly. */
function aimOf(input: CheckInput, i: number): Aim | undefined {
  const { tokens } = input;
  const kind = input.hits[i]?.entry.kind;
  let unknownUsed = false;
  let sawIs = false;
  let sawBe = false;
  let stated = false;
  for (let j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
    if (tokens[j + 1].brk) break;
    const w = tokens[j].w;
    if (SECOND_PERSON.has(w) || YOU_ARE.has(w)) {
      if (sawIs) return undefined;
      const before = j > 0 && !tokens[j].brk ? tokens[j - 1].w : '';
      const factor = (stated || YOU_ARE.has(w) ? STATED : 1) * (CONDITIONAL.has(before) ? 0.4 : 1);
      return { how: 'you', factor };
    }
    if (COPULAS.has(w)) stated = true;
    if (YOUR.has(w)) {
      // "your stupid idea" criticises the idea; "your an idiot", "your so stupid" address the reader.
      if (sawIs) return undefined;
      const next = tokens[i + 1];
      const endsHere = next === undefined || next.brk || next.comma || CLAUSE_GLUE.has(next.w);
      const afterArticle = j + 1 < i && (tokens[j + 1].w === 'a' || tokens[j + 1].w === 'an' || tokens[j + 1].w === 'so');
      return endsHere || afterArticle ? { how: 'your', factor: STATED } : undefined;
    }
    if (w.startsWith('@') && w.length > 1) return { how: 'mention', factor: 1 };
    if (NEGATIONS.has(w)) return undefined;
    if (sawBe && IMPERATIVE_BE.has(w)) return { how: 'imperative', factor: 1 };
    if (w === 'be' || w === 'being' || w === 'acting') sawBe = true;
    if (w === 'is' || w === 'was' || w === "he's" || w === "she's") {
      sawIs = true;
      continue;
    }
    if (LINKS.has(w) || isModifier(input, j)) continue;
    // One unknown describing word right before a noun: "you LIBERAL idiot".
    if (!unknownUsed && j === i - 1 && kind === 'noun') {
      unknownUsed = true;
      continue;
    }
    // A group between "you" and "are": "you LIBERALS are idiots".
    if (j > 0 && (tokens[j - 1].w === 'you' || tokens[j - 1].w === 'u') && COPULAS.has(tokens[j + 1].w) && !tokens[j].brk) continue;
    break;
  }
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  // "idiots like you", "what an idiot you are"
  if (next && after && !next.brk && !after.brk) {
    if ((next.w === 'like' || next.w === 'as') && (SECOND_PERSON.has(after.w) || after.w === 'yourself')) {
      return { how: 'like-you', factor: 1 };
    }
    if (SECOND_PERSON.has(next.w) && (after.w === 'are' || after.w === 'r' || after.w === 'is')) {
      return { how: 'you', factor: 1 };
    }
    // "how stupid ARE YOU", "how dumb CAN YOU be"
    if ((next.w === 'are' || next.w === 'r' || next.w === 'can' || next.w === 'could' || next.w === 'must') && SECOND_PERSON.has(after.w)) {
      return { how: 'you', factor: 1 };
    }
  }
  if (kind !== 'noun') return undefined;
  // Vocative: "nice try, moron." / "Idiot!" / "Moron, read the article."
  let first = i;
  while (first > 0 && !tokens[first].brk && !tokens[first].comma && isModifier(input, first - 1)) first--;
  const clauseEnd = next === undefined || next.brk;
  if (tokens[first].comma && clauseEnd) return { how: 'vocative', factor: 1 };
  if (tokens[first].brk && (clauseEnd || next.comma)) {
    const word = tokens[first].w;
    if (word === 'what' || word === 'such') return { how: 'exclaim', factor: 0.5 };
    return { how: 'vocative', factor: (first === 0 && clauseEnd) || next?.comma ? 1 : 0.8 };
  }
  // The last word of the comment, not governed by an article or verb: "go away troll".
  if (next === undefined && first > 0 && !PROFANE_NOUNS.has(input.hits[i]?.term ?? '')) {
    for (let j = first - 1; j < i; j++) if (NOT_VOCATIVE_BEFORE.has(tokens[j].w)) return undefined;
    return { how: 'vocative', factor: 0.8 };
  }
  return undefined;
}

const NOT_VOCATIVE_BEFORE = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'our', 'its', 'of',
  'to', 'for', 'like', 'as', 'such', 'what', 'is', 'are', 'was', 'were', 'be', 'being', 'been', 'by',
  'with', 'from', 'about', 'than', 'all', 'any', 'some', 'no', 'other', 'every', 'and', 'or', 'more',
  'most', 'many', 'hate', 'love', 'feed', 'call', 'called', 'calling', 'i', 'me', 'we', 'us', 'they',
  'them', 'he', 'she', 'him', 'it', 'who', 'whose', 'your', 'ur', 'in', 'on', 'at',
]);

/** Profanity that insults only as a bare noun of address ("you little shit"), never as a verb or stem. */
const PROFANE_NOUNS = new Set(['fuck', 'shit']);

export const insultCheck: Check = (input, out) => {
  const { tokens, hits, comment } = input;
  for (let i = 0; i < tokens.length; i++) {
    const hit = hits[i];
    if (!hit || hit.entry.insult <= 0 || tokens[i].quoted) continue;
    // In "you stupid moron" only the last word of the phrase makes the signal.
    const nextHit = hits[i + 1];
    if (nextHit && nextHit.entry.insult > 0 && !tokens[i + 1].brk && !tokens[i + 1].comma) continue;
    if (PROFANE_NOUNS.has(hit.term)) {
      const after = tokens[i + 1];
      if (hit.stem || tokens[i].w.includes('*') === false && tokens[i].w !== hit.term) continue;
      if (after && !after.brk && !after.comma && !CLAUSE_GLUE.has(after.w)) continue;
      if (i > 0 && !SECOND_PERSON.has(tokens[i - 1].w) && !isModifier(input, i - 1)) continue;
    }
    const aim = aimOf(input, i);
    if (!aim) continue;
    // "you'd be a fool IF you think ...", "a fool TO believe it": a generalisation.
    const after = tokens[i + 1];
    const then = tokens[i + 2];
    const toVerb = after?.w === 'to' && then !== undefined && !TO_NOUN.has(then.w);
    const hedged = after !== undefined && !after.brk && (after.w === 'if' || after.w === 'not' || toVerb);
    if (hedged) aim.factor *= 0.5;
    const span = hitSpan(input, i);
    const word = quoteWord(comment.text, span, hit.term);
    const detail =
      hit.entry.kind === 'adj' ? `Calls someone ${word}` : `Addresses someone as ${word}`;
    out.push({
      rule: `insult.${aim.how}`,
      category: 'insult',
      weight: round(hit.entry.insult * aim.factor),
      spans: [span],
      detail,
    });
  }
  directedPhrases(input, out);
};

function directedPhrases(input: CheckInput, out: Finding[]): void {
  const { tokens } = input;
  for (const hit of strongestDisjoint(DIRECTED_PHRASES.matchAll(tokens, input.canonical), (d) => d.weight)) {
    const { weight, needs, label } = hit.data;
    const before = hit.start > 0 && !tokens[hit.start].brk ? tokens[hit.start - 1].w : undefined;
    if (needs === 'imperative') {
      // "shut up" / "go back to your cave" as an order, not "I had to go back to work".
      const ok = before === undefined || SECOND_PERSON.has(before) || IMPERATIVE_LEAD.has(before) || tokens[hit.start].comma;
      if (!ok) continue;
    } else if (needs === 'you') {
      let aimed = false;
      for (let j = hit.start - 1; j >= 0 && j >= hit.start - 5; j--) {
        if (SECOND_PERSON.has(tokens[j].w) || YOU_ARE.has(tokens[j].w)) aimed = true;
        if (aimed || tokens[j].brk) break;
      }
      if (!aimed) continue;
    }
    const span = tokenSpan(input, hit.start, hit.end);
    out.push({
      rule: 'insult.phrase',
      category: 'insult',
      weight,
      spans: [span],
      detail: `${label} "${input.comment.text.slice(span[0], span[1]).replace(/\s+/g, ' ')}"`,
    });
  }
}

/** "a disgrace TO THIS site" is still aimed; "a fool TO BELIEVE it" generalises. */
const TO_NOUN = new Set([
  'the', 'this', 'that', 'your', 'ur', 'our', 'my', 'his', 'her', 'their', 'a', 'an', 'all', 'every',
  'humanity', 'society', 'mankind', 'everyone', 'anyone', 'people', 'women', 'men', 'america', 'women',
]);

const IMPERATIVE_LEAD = new Set([
  'just', 'now', 'so', 'please', 'pls', 'plz', 'and', 'then', 'already', 'kindly', 'why', 'dont',
  "don't", 'should', 'can', 'oh', 'ok', 'okay', 'hey', 'seriously', 'pal', 'buddy', 'mate', 'lol',
]);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
