// Threats and incitement to self-harm: a violent verb with a person as its object and an
// intent ("I will", "gonna", "someone should"), a passive wish ("you should be shot"), or
// one of the fixed phrases by family ("kill yourself", "I know where you live", "watch your
// back", "I'm coming for you", "break your legs", "hope you get run over"). Violence without a
// person ("this will kill the economy", "assassin's creed") is left alone, and so is a
// contest ("we'll smash you on Saturday").

import type { Token } from '../tokens.ts';
import type { Check, CheckInput } from './check.ts';
import { MAX_SIGNALS, isReported, toldTo, tokenSpan, typed } from './check.ts';
import { THREAT_PHRASES } from '../lexicon/phrases.ts';
import { strongestDisjoint } from '../lexicon/phrase-set.ts';
import { NEGATIONS, PERSON_NOUNS, SECOND_PERSON } from '../lexicon/address.ts';
import { WORD } from '../lexicon/word-bits.ts';
import { saidAfter } from './insult.ts';

// Verbs that are violent in any context ("kill you"), and verbs that are violent only
// with a person as subject ("I will beat you", not "Obama will beat you in November").
export const VIOLENT = new Set([
  'kill', 'kil', 'murder', 'shoot', 'stab', 'hang', 'lynch', 'strangle', 'choke', 'rape', 'bomb',
  'behead', 'slaughter', 'butcher', 'gut', 'torture', 'execute', 'bury', 'drown', 'shank', 'slit', 'gun',
]);
export const VIOLENT_WITH_SUBJECT = new Set(['beat', 'punch', 'hurt', 'slap', 'smash', 'burn', 'bash', 'stomp', 'hunt', 'skin', 'kick', 'strangle']);
export const PASSIVE = new Set([
  'killed', 'shot', 'hanged', 'hung', 'stabbed', 'murdered', 'lynched', 'beaten', 'raped', 'executed',
  'burned', 'burnt', 'slaughtered', 'gassed', 'butchered', 'strangled', 'buried', 'punched',
  'exterminated', 'tortured', 'beheaded', 'shanked', 'drowned', 'strung',
]);

const INTENT = new Set([
  'will', "i'll", 'ill', "we'll", 'gonna', 'gunna', 'going', 'shall', 'wanna', 'should', 'must',
  'gotta', "i'd", "i'm", 'im', 'imma', "i'ma", 'ima', 'lets', "let's", 'to', "he'll", "they'll",
  "someone's", 'would', 'could',
]);
const PERSON_SUBJECT = new Set(['i', 'we', 'someone', 'somebody', 'they', 'people', "i'll", 'ill', "we'll", "i'm", 'im', "i'd", 'imma', 'ima', "i'ma", 'gonna', 'gunna']);
const OBJECT_2P = new Set(['you', 'u', 'ya', 'your', 'ur', 'yourself', 'urself', 'yall', "y'all", 'yo', 'yours']);
const OBJECT_3P = new Set(['him', 'her', 'them', 'his', 'their']);
/** "shoot this guy", "stab that journalist": a person pointed at, as an object. */
const POINTING = new Set(['this', 'that', 'these', 'those']);
/** People by office, beside the everyday words for a person (lexicon/address.ts). */
const OFFICE_NOUNS = new Set([
  'author', 'writer', 'journalist', 'reporter', 'politician', 'minister', 'senator', 'mp', 'judge', 'cop', 'officer',
]);

/** Token k names a person: "this GUY", "that JOURNALIST", "this IDIOT". */
function isPersonAt(input: CheckInput, k: number): boolean {
  const w = input.tokens[k].w;
  const hit = input.hits[k];
  return PERSON_NOUNS.has(w) || OFFICE_NOUNS.has(w) || (hit !== undefined && hit.entry.kind === 'noun' && hit.entry.insult > 0);
}

/**
 * "we'll smash you ON SATURDAY", "beat you 3-0", "hammer you AT HOME": a game, not a fight.
 * Token `from` is the first after the object.
 */
function contestAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 4; k++) {
    if (k > from && tokens[k].brk) return false;
    const w = tokens[k].w;
    if (CONTEST_WORDS.has(w) || /^\d/.test(w)) return true;
  }
  return false;
}

const CONTEST_WORDS = new Set([
  'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'tonight', 'tomorrow', 'weekend',
  'next', 'final', 'finals', 'game', 'match', 'derby', 'league', 'cup', 'season', 'home', 'away', 'again', 'nil',
  'penalties', 'round', 'fixture', 'playoffs', 'ballot', 'polls', 'election', 'november', 'court', 'chess',
]);
const BE = new Set(['be', 'get', 'got', 'getting', 'been', 'gets']);
const INCITERS = new Set(['someone', 'somebody', "someone's", 'someones']);
const THIRD_PERSON = new Set(['he', 'she', 'they', "he's", "she's", 'him', 'her', 'them']);
/** Passive verbs that wish death, not just harm. */
const DEADLY = new Set(['killed', 'shot', 'hanged', 'hung', 'lynched', 'executed', 'murdered', 'gassed', 'beheaded', 'strung']);

/**
 * "should be dragged into the street AND beaten": the "be" of an earlier passive in the same
 * clause, when the violent participle is joined to it by "and"; -1 otherwise.
 */
function coordinatedBe(tokens: readonly Token[], v: number): number {
  if (tokens[v - 1].w !== 'and') return -1;
  for (let k = v - 2; k >= 1 && k >= v - 8; k--) {
    if (tokens[k + 1].brk) return -1;
    if (BE.has(tokens[k].w)) return k;
  }
  return -1;
}

/**
 * The end of a phrase without a joining word left outside a quotation: in 'the villain says
 * "I'll find you" and ...', the phrase "find you and" is the quoted words plus the narrator's "and".
 */
function quotedEnd(tokens: readonly Token[], start: number, end: number): number {
  const last = end - 1;
  return last > start && tokens[start].cite !== 0 && tokens[last].cite !== tokens[start].cite && JOINERS.has(tokens[last].w) ? last : end;
}

const JOINERS = new Set(['and', 'but', 'then', 'or']);

export const threatCheck: Check = (input, out) => {
  const { tokens, comment } = input;
  const limit = out.length + MAX_SIGNALS;
  for (const hit of strongestDisjoint(THREAT_PHRASES.matchAll(tokens, input.canonical), (d) => d.weight)) {
    if (out.length >= limit) return;
    if (hit.start > 0 && NEGATIONS.has(tokens[hit.start - 1].w) && !tokens[hit.start].brk) continue;
    // "being told to kill yourself", "the message 'I know where you live'", "..., she said": reported, not made.
    if (toldTo(tokens, hit.start) || isReported(input, hit.start, quotedEnd(tokens, hit.start, hit.end)) || saidAfter(tokens, hit.end)) continue;
    const span = tokenSpan(input, hit.start, hit.end);
    out.push({
      rule: hit.data.rule,
      category: 'threat',
      weight: hit.data.weight,
      spans: [span],
      detail: `${hit.data.label} "${typed(comment.text, span)}"`,
    });
  }
  for (let v = 0; v < tokens.length && out.length < limit; v++) {
    const f = tokens[v].f;
    if ((f & (WORD.violent | WORD.passive)) === 0) continue;
    if ((f & WORD.violent) !== 0) {
      // Object: "kill you", "beat the crap out of you", "find where you live".
      let object = 0;
      let objectEnd = v + 1;
      for (let k = v + 1; k < tokens.length && k <= v + 5; k++) {
        if (tokens[k].brk) break;
        if (OBJECT_2P.has(tokens[k].w)) { object = 2; objectEnd = k + 1; break; }
        // "shoot him", "shoot THE LOT OF them", "stab every one OF them".
        if ((k === v + 1 || tokens[k - 1].w === 'of') && OBJECT_3P.has(tokens[k].w)) { object = 3; objectEnd = k + 1; break; }
        if (k === v + 1 && POINTING.has(tokens[k].w) && k + 1 < tokens.length && !tokens[k + 1].brk && isPersonAt(input, k + 1)) { object = 3; objectEnd = k + 2; break; }
      }
      if (object === 0) continue;
      let intent = false;
      let subject = false;
      let negated = false;
      let start = v;
      for (let k = v - 1; k >= 0 && k >= v - 5; k--) {
        if (tokens[k + 1].brk) break;
        const t = tokens[k].w;
        if (NEGATIONS.has(t) || t === "won't" || t === 'wont' || t === "wouldn't" || t === "don't") negated = true;
        if (INTENT.has(t)) { intent = true; start = k; }
        if (PERSON_SUBJECT.has(t)) { subject = true; start = k; }
        if (SECOND_PERSON.has(t)) break;
      }
      if (!intent || negated || toldTo(tokens, v)) continue;
      const strong = VIOLENT.has(tokens[v].w);
      if (!strong && !subject) continue;
      if (!strong && contestAfter(tokens, objectEnd)) continue;
      // "I'll shoot you an email"
      const afterObject = tokens[objectEnd];
      if (afterObject && !afterObject.brk && (afterObject.w === 'a' || afterObject.w === 'an')) continue;
      // "someone should shoot him": incitement against a named or present person.
      const incites = object === 3 && strong && INCITERS.has(tokens[start].w);
      const weight = object === 2 ? (subject ? 1.5 : strong ? 1.2 : 1) : incites ? 1 : subject ? 0.8 : 0.5;
      const span = tokenSpan(input, start, objectEnd);
      if (isReported(input, start, objectEnd)) continue;
      out.push({ rule: 'threat.violence', category: 'threat', weight, spans: [span], detail: `Threatens violence: "${typed(comment.text, span)}"` });
    } else if (v >= 2 && !tokens[v].brk && !tokens[v - 1].brk && (BE.has(tokens[v - 1].w) || coordinatedBe(tokens, v) >= 0)) {
      // "you should be shot", "he deserves to get hanged", "... should be dragged out and beaten"
      const be = BE.has(tokens[v - 1].w) ? v - 1 : coordinatedBe(tokens, v);
      let who = 0;
      let wish = false;
      let start = be;
      for (let k = be - 1; k >= 0 && k >= be - 5; k--) {
        if (tokens[k + 1].brk) break;
        const t = tokens[k].w;
        if (t === 'should' || t === 'deserve' || t === 'deserves' || t === 'will' || t === 'must' || t === 'gonna' || t === 'hope' || t === 'ought' || t === "you'll" || t === 'need' || t === 'needs') wish = true;
        if (NEGATIONS.has(t)) { wish = false; break; }
        if (SECOND_PERSON.has(t) || t === "you'll" || t === 'ur' || t === "you're") { who = 2; start = k; break; }
        if (THIRD_PERSON.has(t)) { who = 3; start = k; break; }
      }
      if (!wish || who === 0 || isReported(input, start, v + 1)) continue;
      // "people like him should be hanged": death wished on a person, not a rough ride.
      // "They should be shot" is mostly a rant about an institution; "he", "him" name someone.
      const deadly = who === 3 && tokens[start].w !== 'they' && DEADLY.has(tokens[v].w) && !(v + 1 < tokens.length && !tokens[v + 1].brk && tokens[v + 1].w === 'down');
      const span = tokenSpan(input, start, v + 1);
      out.push({ rule: 'threat.wish', category: 'threat', weight: who === 2 ? 1.5 : deadly ? 1 : 0.6, spans: [span], detail: `Wishes violence on someone: "${typed(comment.text, span)}"` });
    }
  }
};
