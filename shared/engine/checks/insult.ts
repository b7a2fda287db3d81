// Insults aimed at a person. An insulting word counts only when it is aimed at someone:
// "you are a moron", "you moron", "are you stupid", "@sam is an idiot", "nice try, moron",
// "idiots like you", "don't be an idiot". Unaimed uses ("this idea is idiotic", "I was an
// idiot", "he called the minister a fool", "the word 'idiot'") add nothing here.

import type { Check, CheckInput, Finding } from './check.ts';
import type { Token } from '../tokens.ts';
import { MAX_SIGNALS, hitSpan, isReported, quoteWord, toldTo, tokenSpan } from './check.ts';
import {
  CLAUSE_GLUE, CONDITIONAL, COPULAS, FILLERS, IMPERATIVE_BE, LINKS, NEGATIONS, SECOND_PERSON, YOU_ARE, YOUR,
} from '../lexicon/address.ts';
import { DIRECTED_PHRASES } from '../lexicon/phrases.ts';
import { strongestDisjoint } from '../lexicon/phrase-set.ts';

const WINDOW = 7;
/** "you ARE a joke" states it outright: stronger than "you joke". */
const STATED = 1.25;

type Aim = { how: 'you' | 'your' | 'mention' | 'imperative' | 'vocative' | 'like-you' | 'exclaim' | 'author'; factor: number };

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
  let sawIs = -1;
  let sawBe = false;
  let stated = false;
  // Only articles and intensifiers so far: "you ABSOLUTE donkey" addresses the reader directly.
  let bare = true;
  for (let j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
    if (tokens[j + 1].brk) break;
    const w = tokens[j].w;
    if (SECOND_PERSON.has(w) || YOU_ARE.has(w)) {
      if (sawIs >= 0) return undefined;
      const before = j > 0 && !tokens[j].brk ? tokens[j - 1].w : '';
      // "he CALLED you an idiot" reports what someone said.
      if (REPORTING.has(before)) return undefined;
      const direct = bare && kind === 'noun' && SECOND_PERSON.has(w) && endsPhrase(tokens[i + 1]);
      // "ARE you always this thick?" asks what "you are" states.
      const asked = before === 'are' || before === 'r';
      const factor = (stated || direct || asked || YOU_ARE.has(w) ? STATED : 1) * (CONDITIONAL.has(before) ? 0.4 : 1);
      return { how: 'you', factor };
    }
    if (COPULAS.has(w)) stated = true;
    if (YOUR.has(w)) {
      // "your stupid idea" criticises the idea; "your an idiot", "your so stupid" address the reader.
      // "your OPPONENTS idiots" is about someone else.
      if (sawIs >= 0 || unknownUsed) break;
      const next = tokens[i + 1];
      const endsHere = next === undefined || next.brk || next.comma || CLAUSE_GLUE.has(next.w);
      const afterArticle = j + 1 < i && (tokens[j + 1].w === 'a' || tokens[j + 1].w === 'an' || tokens[j + 1].w === 'so');
      if (endsHere || afterArticle) return { how: 'your', factor: STATED };
      break;
    }
    if (w.startsWith('@') && w.length > 1) return { how: 'mention', factor: 1 };
    if (NEGATIONS.has(w)) return undefined;
    if (sawBe && IMPERATIVE_BE.has(w)) return { how: 'imperative', factor: 1 };
    if (w === 'be' || w === 'being' || w === 'acting') sawBe = true;
    if (w === 'is' || w === 'was' || w === "he's" || w === "she's") {
      // "whoever wrote this IS a moron", "the author is an idiot": the writer takes part too.
      if (sawIs < 0 && (w === 'is' || w === 'was') && participantIs(tokens, j)) return { how: 'author', factor: 1 };
      sawIs = j;
      continue;
    }
    if (!FILLERS.has(w) && !ARTICLES.has(w)) bare = false;
    // "are you always THIS thick?"
    if (w === 'this' && j === i - 1 && kind === 'adj') continue;
    if (LINKS.has(w) || isModifier(input, j)) continue;
    // "a complete AND utter moron"
    if ((w === 'and' || w === 'n') && j > 0 && isModifier(input, j - 1) && isModifier(input, j + 1)) continue;
    // One unknown describing word right before a noun: "you LIBERAL idiot", "you BASEMENT-DWELLING freak".
    if (!unknownUsed && kind === 'noun' && j === i - 1) {
      if (j > 0 && hyphenated(input, j - 1)) j--;
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
    // "what an absolute tool YOU ARE" states it as firmly as "you are".
    if (SECOND_PERSON.has(next.w) && (after.w === 'are' || after.w === 'r' || after.w === 'is')) {
      return { how: 'you', factor: STATED };
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
  // "Typical LEFTIE idiot, ...": one unknown describing word inside a clause-opening chain
  // (singular: "typical council idiots" is about a third party).
  const term = input.hits[i]?.term ?? '';
  if (first === i && first > 1 && !(term.endsWith('s') && !term.endsWith('ss')) && !tokens[first].brk && !tokens[first].comma && !NOT_VOCATIVE_BEFORE.has(tokens[first - 1].w) && isModifier(input, first - 2) && FILLERS.has(tokens[first - 2].w)) {
    let k = first - 2;
    while (k > 0 && !tokens[k].brk && !tokens[k].comma && isModifier(input, k - 1)) k--;
    if (tokens[k].brk && !ARTICLES.has(tokens[k].w)) first = k;
  }
  const clauseEnd = next === undefined || next.brk;
  if (tokens[first].comma && clauseEnd) return { how: 'vocative', factor: 1 };
  if (tokens[first].brk && (clauseEnd || next.comma)) {
    const word = tokens[first].w;
    if (word === 'what' || word === 'such') return { how: 'exclaim', factor: 0.6 };
    return { how: 'vocative', factor: (first === 0 && clauseEnd) || next?.comma ? 1 : 0.8 };
  }
  // "What a dumb b1tch." at the start of a clause: exclaimed at someone, weakly.
  if (first > 0 && (clauseEnd || next.comma) && (tokens[first - 1].w === 'what' || tokens[first - 1].w === 'such') && tokens[first - 1].brk) {
    return { how: 'exclaim', factor: 0.6 };
  }
  // "listen here, dipshit", "ok boomer, ...": a retort, then the name the reader is called.
  if (first > 0 && !tokens[first].brk && (clauseEnd || next.comma) && RETORTS.has(tokens[first - 1].w)) {
    return { how: 'vocative', factor: 1 };
  }
  // The last word of the comment, not governed by an article or verb: "go away troll".
  if (next === undefined && first > 0 && !PROFANE_NOUNS.has(input.hits[i]?.term ?? '')) {
    for (let j = first - 1; j < i; j++) if (NOT_VOCATIVE_BEFORE.has(tokens[j].w)) return undefined;
    return { how: 'vocative', factor: VOCATIVE_LEAD.has(tokens[first - 1].w) ? 1 : 0.8 };
  }
  return undefined;
}

const REPORTING = new Set(['call', 'called', 'calling', 'calls', 'named', 'labelled', 'labeled', 'branded']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** Whether the next token ends the insult phrase ("you idiot." / "you idiot, ..." / "you idiot and ..."). */
function endsPhrase(next: CheckInput['tokens'][number] | undefined): boolean {
  return next === undefined || next.brk || next.comma || CLAUSE_GLUE.has(next.w);
}

/** Token j and j + 1 were typed as one hyphenated word ("basement-dwelling"). */
function hyphenated(input: CheckInput, j: number): boolean {
  const { tokens, norm } = input;
  return j + 1 < tokens.length && tokens[j].e + 1 === tokens[j + 1].s && norm.text.charCodeAt(tokens[j].e) === 45;
}

/**
 * The subject before "is"/"was" at token `is` is the writer of the piece or comment being
 * discussed, a participant: "whoever wrote this", "the author", "OP".
 */
function participantIs(tokens: CheckInput['tokens'], is: number): boolean {
  const w = (k: number): string => (k >= 0 && !tokens[k + 1].brk ? tokens[k].w : '');
  const subject = w(is - 1);
  if (subject === 'op') return true;
  if (PARTICIPANT_NOUNS.has(subject)) {
    const det = w(is - 2);
    return det === 'the' || det === 'this' || det === 'your';
  }
  // "whoever wrote this (article)", "the person who wrote this"
  for (let k = is - 1; k >= 0 && k >= is - 5 && !tokens[k + 1].brk; k--) {
    if (WROTE.has(tokens[k].w)) {
      // "whoever wrote THIS", "the one who wrote THE ARTICLE", not "the man who wrote the letter".
      const who = w(k - 1);
      const what = k + 1 < is ? tokens[k + 1].w : '';
      const piece = what === 'this' || what === 'that' || what === 'it' || (what === 'the' && k + 2 < is && PIECES.has(tokens[k + 2].w));
      return (who === 'whoever' || who === 'who') && (piece || (who === 'whoever' && k + 1 === is));
    }
  }
  return false;
}

const PARTICIPANT_NOUNS = new Set(['author', 'writer', 'poster', 'commenter', 'commentor', 'op', 'blogger']);
const PIECES = new Set(['article', 'piece', 'post', 'comment', 'column', 'story', 'blog', 'headline', 'editorial']);
const WROTE = new Set(['wrote', 'writes', 'written', 'posted', 'posts', 'typed', 'penned']);

/** "nice try troll", "ok boomer": a retort, then the name the reader is called. */
const VOCATIVE_LEAD = new Set([
  'try', 'ok', 'okay', 'sure', 'whatever', 'thanks', 'yeah', 'yea', 'right', 'wow', 'lol', 'lmao',
  'hey', 'yes', 'no', 'sorry', 'bye', 'goodbye', 'cheers', 'nope', 'yep', 'ha', 'haha', 'hahaha',
  'pathetic', 'sad', 'loser', 'dude', 'again', 'buddy', 'pal', 'there', 'here', 'listen', 'look', 'up',
]);
/** Retorts that can open a clause and still be followed by a name: "listen here dipshit, ...". */
const RETORTS = new Set([
  'listen', 'look', 'hey', 'ok', 'okay', 'sure', 'whatever', 'thanks', 'yeah', 'yea', 'wow', 'lol', 'lmao',
  'bye', 'goodbye', 'nope', 'yep', 'try', 'cheers', 'sorry', 'here', 'ha', 'haha', 'up',
]);

const NOT_VOCATIVE_BEFORE = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'our', 'its', 'of',
  'to', 'for', 'like', 'as', 'such', 'what', 'is', 'are', 'was', 'were', 'be', 'being', 'been', 'by',
  'with', 'from', 'about', 'than', 'all', 'any', 'some', 'no', 'other', 'every', 'and', 'or', 'more',
  'most', 'many', 'hate', 'love', 'feed', 'call', 'called', 'calling', 'i', 'me', 'we', 'us', 'they',
  'them', 'he', 'she', 'him', 'it', 'who', 'whose', 'your', 'ur', 'in', 'on', 'at',
]);

/** Profanity that insults only as a bare noun of address ("you little shit"), never as a verb or stem. */
const PROFANE_NOUNS = new Set(['fuck', 'shit', 'ass']);

export const insultCheck: Check = (input, out) => {
  const { tokens, hits, comment } = input;
  let count = 0;
  for (let i = 0; i < tokens.length && count < MAX_SIGNALS; i++) {
    const hit = hits[i];
    if (!hit || hit.entry.insult <= 0 || tokens[i].quoted) continue;
    // In "you stupid moron" only the last word of the phrase makes the signal.
    const nextHit = hits[i + 1];
    if (nextHit && nextHit.entry.insult > 0 && !tokens[i + 1].brk && !tokens[i + 1].comma) continue;
    if (PROFANE_NOUNS.has(hit.term)) {
      const after = tokens[i + 1];
      const w = tokens[i].w;
      const spelled = w === hit.term || w.includes('*') || w === `@${hit.term.slice(1)}`;
      if (hit.stem || !spelled) continue;
      if (after && !after.brk && !after.comma && !CLAUSE_GLUE.has(after.w)) continue;
      if (i > 0 && !SECOND_PERSON.has(tokens[i - 1].w) && !isModifier(input, i - 1)) continue;
    }
    const aim = aimOf(input, i);
    if (!aim || isReported(input, i, i + 1)) continue;
    // "you'd be a fool IF you think ...", "a fool TO believe it": a generalisation. But "you
    // ARE an idiot if you believe this" still says it, and "TOO stupid to vote" is no hedge.
    const after = tokens[i + 1];
    const then = tokens[i + 2];
    const toVerb = after?.w === 'to' && then !== undefined && !TO_NOUN.has(then.w) && !TAKES_TO.has(hit.term) && !(i > 0 && tokens[i - 1].w === 'too');
    const hedged = after !== undefined && !after.brk && (after.w === 'if' || after.w === 'not' || toVerb);
    if (hedged) aim.factor *= after.w === 'if' && aim.how === 'you' && aim.factor >= STATED && !wouldBe(tokens, i) ? 0.85 : 0.5;
    // "what a DUMB b1tch", "you STUPID F*CKING moron": stacked insults say it louder.
    const stacked = stackedInsults(input, i);
    if (stacked > 0) aim.factor += Math.min(0.5, 0.25 * stacked);
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
    count++;
  }
  directedPhrases(input, out);
};

/** "you'd be", "you would be": a hypothetical, not a statement. */
function wouldBe(tokens: CheckInput['tokens'], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - WINDOW && !tokens[j + 1].brk; j--) {
    const w = tokens[j].w;
    if (w === 'would' || w === "you'd" || w === 'youd' || w === 'could' || w === 'might') return true;
  }
  return false;
}

/** How many insulting words come right before token i in the same phrase. */
function stackedInsults(input: CheckInput, i: number): number {
  let n = 0;
  for (let j = i - 1; j >= 0 && j >= i - 3 && !input.tokens[j + 1].brk && !input.tokens[j + 1].comma; j--) {
    const hit = input.hits[j];
    if (hit && (hit.entry.insult > 0 || (hit.entry.profane && !hit.stem))) n++;
    else if (!FILLERS.has(input.tokens[j].w)) break;
  }
  return n;
}

/** "Shut up and take my money!": delight at a product, said to no one. */
function cheerfulIdiom(tokens: readonly Token[], start: number, end: number): boolean {
  const words = (from: number, n: number) => tokens.slice(from, from + n).map((t) => t.w).join(' ');
  return words(start, end - start) === 'shut up' && words(end, 4) === 'and take my money';
}

function directedPhrases(input: CheckInput, out: Finding[]): void {
  const { tokens } = input;
  let count = 0;
  for (const hit of strongestDisjoint(DIRECTED_PHRASES.matchAll(tokens, input.canonical), (d) => d.weight)) {
    if (count >= MAX_SIGNALS) break;
    const { weight, needs, label } = hit.data;
    if (isReported(input, hit.start, hit.end) || toldTo(tokens, hit.start) || cheerfulIdiom(tokens, hit.start, hit.end)) continue;
    const before = hit.start > 0 && !tokens[hit.start].brk ? tokens[hit.start - 1].w : undefined;
    if (needs === 'imperative') {
      // "shut up" / "go back to your cave" as an order, not "I had to go back to work".
      const ok = before === undefined || SECOND_PERSON.has(before) || IMPERATIVE_LEAD.has(before) || tokens[hit.start].comma;
      if (!ok) continue;
    } else if (needs === 'you') {
      let aimed = false;
      for (let j = hit.start - 1; j >= 0 && j >= hit.start - 5; j--) {
        if (SECOND_PERSON.has(tokens[j].w) || YOU_ARE.has(tokens[j].w) || YOUR.has(tokens[j].w)) aimed = true;
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
    count++;
  }
}

/** Nouns followed by "to" and a noun, not a verb: "a disgrace to journalism". */
const TAKES_TO = new Set(['disgrace', 'embarrassment', 'menace', 'danger', 'insult', 'traitor', 'discredit', 'shame']);

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
