// Insults aimed at a person. An insulting word counts only when it is aimed at someone, and
// the check works out whom a clause addresses:
// - the reader, as subject of the insult: "you are (intentionally) ignorant", "you sound like a
//   complete tool", "you are a lousy actor and a pathological liar", "idiots like you";
// - the reader, called by a name anywhere in a clause: "nice try, moron", "then get off the
//   internet moron", "first of all idiot, ...", "ok genius explain that";
// - another participant: "@sam is an idiot", "mike_r is a tool", "Janet is clearly an idiot",
//   "the guy above is a hack", "whoever wrote this is a moron";
// - the reader's family: "your kids are probably morons too".
// Unaimed uses ("this idea is idiotic", "I was an idiot", "he called the minister a fool",
// "the word 'idiot'") add nothing here. Fixed phrases (lexicon/phrases.ts) add by family.

import type { Check, CheckInput, Finding, WordHit } from './check.ts';
import type { Token } from '../tokens.ts';
import type { RuleId } from '../rules.ts';
import { MAX_SIGNALS, hitSpan, isReported, quoteWord, toldTo, tokenSpan } from './check.ts';
import {
  CLAUSE_GLUE, CONDITIONAL, COPULAS, DETERMINERS, FAMILY, FILLERS, GIVEN_NAMES, IMPERATIVE_BE, IMPERATIVE_VERBS,
  INTENSIFIERS, LINKS, NEGATIONS, OBJECT_WORDS, PARTICIPANT_NOUNS, PERSON_NOUNS, ROLE_NOUNS, SECOND_PERSON, YOU_ARE, YOUR,
} from '../lexicon/address.ts';
import { DIRECTED_PHRASES, type CompoundPhrase, type DirectedPhrase } from '../lexicon/phrases.ts';
import { strongestDisjoint, type PhraseHit } from '../lexicon/phrase-set.ts';
import { textSpan } from '../normalise.ts';

const WINDOW = 7;
/**
 * "What a moron." in a thread is said of the one just answered more often than not: a strong
 * name alone reaches the flag level, a mild one ("what a tool") needs company.
 */
const EXCLAIMED = 0.85;

/**
 * "What an idiot, HE got sent off again": when the next clause says whom, in the third person,
 * the exclamation is about someone talked about, not the reader.
 */
function exclaimedAt(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (next === undefined || !(next.comma || next.brk)) return EXCLAIMED;
  return THIRD_PERSON_OPENERS.has(next.w) ? EXCLAIMED / 2 : EXCLAIMED;
}

const THIRD_PERSON_OPENERS = new Set(['he', 'she', 'they', "he's", "she's", "they're", 'hes', 'shes', 'his', 'her', 'their', 'him', 'them']);
/** "you ARE a joke" states it outright: stronger than "you joke". */
const STATED = 1.25;
/** "a COMPLETE tool" says it as firmly as stating it. */
const INTENSIFIED = 1.25;
/** "you are a sick PERSON": a describing word about someone's whole self is firmer. */
const PERSON_HEAD_BONUS = 0.5;
/** Most words of a name's phrase before it ("a complete f*cking moron"): longer runs are lists, and walking them is quadratic. */
const MAX_CHAIN = 5;
/** Words of the first half of "you are a lousy actor AND a ... liar" the walk back may skip. */
const COORDINATED_SKIP = 3;

type How = 'you' | 'your' | 'mention' | 'name' | 'family' | 'imperative' | 'vocative' | 'like-you' | 'exclaim' | 'author' | 'near-you';

interface Aim {
  how: How;
  factor: number;
  /** Stated of someone ("you ARE slow", "are you thick?"): framed words need it. */
  stated: boolean;
}

const aim = (how: How, factor: number, stated: boolean): Aim => ({ how, factor, stated });

function isModifier(input: CheckInput, j: number): boolean {
  if ((classOf(input.tokens[j].w) & FILLER) !== 0) return true;
  const hit = input.hits[j];
  return hit !== undefined && (hit.entry.insult > 0 || hit.entry.profane);
}

/** "intentionally", "clearly": an -ly adverb between "you are" and the insult. */
function isAdverb(w: string): boolean {
  return w.length >= 5 && w.endsWith('ly') && !LY_NOUNS.has(w);
}

const LY_NOUNS = new Set([
  'family', 'reply', 'apply', 'supply', 'rely', 'ally', 'belly', 'bully', 'rally', 'tally', 'italy', 'july',
  'assembly', 'anomaly', 'monopoly', 'butterfly', 'holly', 'billy', 'molly', 'sally', 'kelly', 'emily', 'jelly',
]);

/** "you SOUND like a tool", "you ACT like a child": a statement about the reader. */
const STATING_LINKS = new Set([
  'sound', 'sounds', 'sounded', 'look', 'looks', 'looked', 'seem', 'seems', 'seemed', 'act', 'acts', 'acting',
  'behave', 'behaves', 'behaving', 'talk', 'talks', 'write', 'writes',
]);

/** The first token of the insult at token i (a compound's first word shares its hit). */
function startOf(input: CheckInput, i: number): number {
  let k = i;
  while (k > 0 && input.hits[k - 1] === input.hits[i] && !input.tokens[k].brk) k--;
  return k;
}

/** Whether the insult at token i is aimed at a person, and how strongly. */
function aimOf(input: CheckInput, i: number, head: number): Aim | undefined {
  return predicateAim(input, i) ?? echoAim(input.tokens, head >= 0 ? head : i) ?? onlyWouldAim(input, i) ?? writerAim(input, i) ?? verdictAim(input, i) ?? degreeAim(input, i) ?? vocativeAim(input, i);
}

/** "being THIS thick and ...": after "be(ing)" and a degree a mild word is a state whatever follows. */
function afterDegree(input: CheckInput, i: number): boolean {
  const { tokens } = input;
  const k = startOf(input, i) - 1;
  return k > 0 && !tokens[k + 1].brk && !tokens[k].brk && DEGREE.has(tokens[k].w) && (tokens[k - 1].w === 'being' || tokens[k - 1].w === 'be');
}

/** Degree words before a state: "being THIS stupid", "be SO dense". */
const DEGREE = new Set(['this', 'that', 'so']);
/** Subjects before "being" that put the state on someone other than the reader: "I'm being so dumb". */
const OTHER_BEING = new Set(["i'm", 'im', 'am', "he's", 'hes', "she's", 'shes', 'is', 'was', "they're", 'theyre', 'were', "we're", 'were', "it's", 'its']);

/**
 * "imagine being this stupid", "it must be exhausting being that dense", "are you paid to be
 * this stupid?", "imagine being this much of a clown": a state in a degree only the one answered
 * has shown. After "being" the reader is meant unless another subject holds it; after "be",
 * only when "you" came earlier in the clause.
 */
function degreeAim(input: CheckInput, i: number): Aim | undefined {
  const { tokens } = input;
  const { entry } = input.hits[i]!;
  if (entry.kind !== 'adj' && entry.kind !== 'noun') return undefined;
  if (entry.plural || entry.mass) return undefined;
  const back = (k: number): string => (k >= 0 && !tokens[k + 1].brk ? tokens[k].w : '');
  let k = startOf(input, i) - 1;
  // "this MUCH OF A clown"
  if (entry.kind === 'noun') {
    if (!(back(k) === 'a' || back(k) === 'an') || back(k - 1) !== 'of' || back(k - 2) !== 'much') return undefined;
    k -= 3;
  }
  if (!DEGREE.has(back(k))) return undefined;
  const verb = back(k - 1);
  if (verb === 'being') {
    const before = back(k - 2);
    if (OTHER_BEING.has(before)) return undefined;
    // The degree says it louder, as "so" does after "you are".
    return aim('you', INTENSIFIED, true);
  }
  if (verb !== 'be') return undefined;
  for (let j = k - 2; j >= 0 && j >= k - 2 - WINDOW; j--) {
    if ((classOf(tokens[j].w) & YOU) !== 0) return aim('you', INTENSIFIED, true);
    if (tokens[j].brk) break;
  }
  return undefined;
}

/**
 * A label thrown at the one answered, opening its clause: "TYPICAL brain dead LIBERAL", "just
 * ANOTHER ignorant teabagger spouting nonsense", "classic clueless leftie". After "typical" an
 * insulting word names a person only when what follows is a person or a political label:
 * "another stupid MISTAKE by the council" is about a thing.
 */
function verdictAim(input: CheckInput, i: number): Aim | undefined {
  const { tokens } = input;
  const { entry } = input.hits[i]!;
  if (entry.insult < 1 || entry.plural || (entry.kind !== 'adj' && entry.kind !== 'noun')) return undefined;
  let first = startOf(input, i);
  while (first > 0 && !tokens[first].brk && (input.hits[first - 1]?.entry.insult ?? 0) > 0) first--;
  const opener = first - 1;
  if (opener < 0 || tokens[first].brk || !VERDICT_OPENERS.has(tokens[opener].w)) return undefined;
  const lead = opener > 0 && !tokens[opener].brk ? tokens[opener - 1].w : '';
  if (!(opener === 0 || tokens[opener].brk || ((lead === 'just' || lead === 'yet' || lead === 'oh') && (opener === 1 || tokens[opener - 1].brk)))) return undefined;
  let end = i + 1;
  if (entry.kind === 'adj') {
    const noun = wordAhead(tokens, end);
    if (!(PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun) || LABELS.has(noun))) return undefined;
    end++;
  }
  const after = tokens[end];
  const closes = after === undefined || after.brk || after.comma || (after.w.length > 4 && after.w.endsWith('ing'));
  return closes ? aim('vocative', 1, false) : undefined;
}

const VERDICT_OPENERS = new Set(['typical', 'another', 'classic']);
/** Political and online labels a commenter is called by ("typical brain dead LIBERAL"). */
const LABELS = new Set([
  'liberal', 'lib', 'leftie', 'lefty', 'leftist', 'conservative', 'tory', 'righty', 'rightie', 'republican',
  'democrat', 'dem', 'socialist', 'commie', 'marxist', 'fascist', 'trumper', 'maga', 'boomer', 'millennial',
  'feminist', 'sjw', 'troll', 'shill', 'bot', 'fanboy', 'remoaner', 'brexiteer', 'yank', 'teabagger',
]);

/**
 * The one who wrote what is being answered, named by the insult and what they do: "what KIND OF
 * moron WRITES THIS", "THIS clown THINKS inflation is caused by ...", "THAT idiot ACTUALLY believes".
 * "what kind of idiot parks like that" and "this idiot keeps setting off fireworks" are about
 * strangers, so the verb must be one of writing or holding an opinion.
 */
function writerAim(input: CheckInput, i: number): Aim | undefined {
  const { tokens } = input;
  const entry = input.hits[i]!.entry;
  if (entry.kind !== 'noun' || entry.plural) return undefined;
  // Back over the insulting words before it only ("what kind of DUMB moron").
  let first = startOf(input, i);
  const stop = Math.max(0, first - MAX_CHAIN);
  while (first > stop && !tokens[first].brk && (input.hits[first - 1]?.entry.insult ?? 0) > 0) first--;
  const verb = wordAhead(tokens, i + 1) === 'actually' || wordAhead(tokens, i + 1) === 'really' || wordAhead(tokens, i + 1) === 'seriously' ? i + 2 : i + 1;
  const does = wordAhead(tokens, verb);
  if (first >= 3 && !tokens[first].brk && tokens[first - 1].w === 'of' && KINDS.has(tokens[first - 2].w) && tokens[first - 3].w === 'what') {
    const what = wordAhead(tokens, verb + 1);
    if ((WRITES.has(does) || OPINES.has(does)) && (what === 'this' || what === 'that' || what === 'these' || what === 'such' || OPINES.has(does))) return aim('author', 1, true);
    return undefined;
  }
  if (first >= 1 && !tokens[first].brk && (tokens[first - 1].w === 'this' || tokens[first - 1].w === 'that') && tokens[first - 1].brk && OPINES.has(does)) return aim('author', 1, true);
  return undefined;
}

/**
 * The fallback when no grammar above placed the insult: a strong insulting word in a clause that
 * speaks to the reader ("you obviously think like a moron", "you and your idiot mates", "you
 * lot are all spoilt brats") is probably aimed at them. Weak alone (a clause may hold "you" and
 * an insult about someone else), it decides with other signs. Not when someone else is the
 * subject between ("you know HE is an idiot"), the clause is a condition or about anyone ("IF
 * you ...", "ANYONE who ..."), "you" is an object ("agree WITH you"), or a negation stands between.
 */
function nearYouAim(input: CheckInput, i: number, head: number): Aim | undefined {
  const { tokens } = input;
  const entry = input.hits[i]!.entry;
  if (entry.insult < 1 || entry.framed || entry.sexual || (entry.kind !== 'noun' && entry.kind !== 'adj')) return undefined;
  // "your stupid IDEA", "you can git REFLOG": the word describes what follows.
  if (head < 0 && describesNext(tokens, i)) return undefined;
  const start = startOf(input, i);
  for (let j = start - 1; j >= 0 && j >= start - NEAR_REACH; j--) {
    if (tokens[j + 1].brk) return undefined;
    const w = tokens[j].w;
    const c = classOf(w);
    if ((c & NEGATION) !== 0 || OTHER_SUBJECTS.has(w) || CONDITIONAL.has(w)) return undefined;
    if ((c & (YOU | YOURE | POSSESSIVE)) !== 0) {
      const before = j > 0 && !tokens[j].brk ? tokens[j - 1].w : '';
      if (OBJECT_PREPOSITIONS.has(before) || REPORTING.has(before) || CONDITIONAL.has(before)) return undefined;
      return aim('near-you', NEAR_FACTOR, false);
    }
  }
  return undefined;
}

const NEAR_REACH = 8;
const NEAR_FACTOR = 0.5;
/** A subject other than the reader, or a relative clause about someone else, between "you" and the insult. */
const OTHER_SUBJECTS = new Set([
  'i', "i'm", 'im', "i've", 'ive', "i'd", 'he', 'she', 'they', 'we', "he's", 'hes', "she's", 'shes', "they're",
  'theyre', "we're", 'it', "it's", 'someone', 'somebody', 'people', 'who', 'which', 'whom', 'whose', 'my', 'me',
  'his', 'her', 'their', 'our', 'him', 'them', 'us', 'called', 'call', 'calling', 'calls',
]);

const KINDS = new Set(['kind', 'sort', 'type']);
const WRITES = new Set(['writes', 'wrote', 'posts', 'posted', 'types', 'typed', 'says', 'said', 'comments', 'publishes', 'upvotes']);
const OPINES = new Set(['thinks', 'believes', 'reckons', 'claims', 'argues', 'insists', 'pretends', 'supposes', 'assumes', 'imagines']);

/**
 * Walks back from the insult through its phrase to whoever it is said of: "you are (so) ...",
 * "your (an) ...", "@sam is ...", "the author is ...", "your kids are ...".
 */
function predicateAim(input: CheckInput, i: number): Aim | undefined {
  const { tokens } = input;
  const entry = input.hits[i]!.entry;
  const { kind } = entry;
  const start = startOf(input, i);
  const nounLike = kind === 'noun' || kind === 'name';
  let unknownUsed = false;
  let sawIs = -1;
  let sawBe = false;
  let stated = false;
  let intensified = false;
  // Only articles and intensifiers so far: "you ABSOLUTE donkey" addresses the reader directly.
  let bare = true;
  let article = false;
  // "you are a lousy actor AND a pathological liar": the conjunction crossed, and words skipped since.
  let coordinated = -1;
  let skipped = 0;
  let limit = start - WINDOW;
  for (let j = start - 1; j >= 0 && j >= limit; j--) {
    if (tokens[j + 1].brk) break;
    const w = tokens[j].w;
    const c = classOf(w);
    if ((c & (YOU | YOURE)) !== 0) {
      if (sawIs >= 0) return undefined;
      const contracted = (c & YOURE) !== 0;
      if (coordinated >= 0 && !stated && !contracted) return undefined;
      const before = j > 0 && !tokens[j].brk ? tokens[j - 1].w : '';
      // "he CALLED you an idiot" reports what someone said; "calling everyone who disagrees
      // WITH you a fascist": "you" is the object of a preposition, the name is someone else's.
      if (REPORTING.has(before) || (article && !stated && OBJECT_PREPOSITIONS.has(before))) return undefined;
      const direct = bare && nounLike && !contracted && endsPhrase(tokens[i + 1]);
      // "genius" insults only as a name after a retort ("you genius!" may be praise), and
      // "you troll THE comments" is a verb.
      if (kind === 'name' || (entry.verbal && !article && !direct)) return undefined;
      // "ARE you always this thick?" asks what "you are" states.
      const asked = before === 'are' || before === 'r';
      const firm = stated || direct || asked || contracted;
      const factor = (firm ? STATED : 1) * (intensified ? INTENSIFIED : 1) * (CONDITIONAL.has(before) ? 0.4 : 1);
      return aim('you', factor, stated || asked || contracted);
    }
    if (modalBefore(tokens, j)) continue;
    // "you are WITHOUT A DOUBT the most ignorant ...", "you MY FRIEND are a tool": an aside.
    const aside = asideEndingAt(tokens, j);
    if (aside > 0) {
      j -= aside - 1;
      continue;
    }
    if (c === 0) {
      // A word of no class: a handle, an insult or describing word, or the skipped half of a predicate.
      if (w.charCodeAt(0) === 64 && w.length > 1) return aim('mention', (stated ? STATED : 1) * (intensified ? INTENSIFIED : 1), stated);
      bare = false;
      if (coordinated >= 0 && skipped < COORDINATED_SKIP) {
        skipped++;
        continue;
      }
      if (isModifier(input, j) || isAdverb(w)) continue;
      // One unknown describing word right before a noun: "you LIBERAL idiot", "you BASEMENT-DWELLING
      // freak"; two after an article: "a KARMA WHORING loser".
      if (!unknownUsed && kind === 'noun' && j === start - 1) {
        if (j > 0 && hyphenated(input, j - 1)) j--;
        else if (j > 1 && !tokens[j].brk && classOf(tokens[j - 1].w) === 0 && ARTICLE_LIKE.has(tokens[j - 2].w)) j--;
        unknownUsed = true;
        continue;
      }
      // A group between "you" and "are": "you LIBERALS are idiots".
      if (j > 0 && (classOf(tokens[j - 1].w) & YOU) !== 0 && (classOf(tokens[j + 1].w) & COPULA) !== 0 && !tokens[j].brk) continue;
      break;
    }
    if ((c & STATING) !== 0) stated = true;
    // "your KIDS are probably morons too", "your MOM is ...": the reader's family.
    if ((c & KIN) !== 0 && stated && j > 0 && (classOf(tokens[j - 1].w) & POSSESSIVE) !== 0 && !tokens[j].brk && kind !== 'name') {
      return aim('family', STATED * (intensified ? INTENSIFIED : 1), true);
    }
    if ((c & POSSESSIVE) !== 0) {
      // "your stupid idea" criticises the idea; "your an idiot", "your so stupid" address the reader.
      // "your OPPONENTS idiots" is about someone else.
      if (sawIs >= 0 || unknownUsed || kind === 'name') break;
      const next = tokens[i + 1];
      const endsHere = next === undefined || next.brk || next.comma || CLAUSE_GLUE.has(next.w);
      // "your (CLEARLY) a moron": adverbs may come between the misspelt "you're" and its article.
      let k = j + 1;
      while (k < start && (isAdverb(tokens[k].w) || SUBJECT_ADVERBS.has(tokens[k].w))) k++;
      const afterArticle = k < start && (tokens[k].w === 'a' || tokens[k].w === 'an' || tokens[k].w === 'so' || tokens[k].w === 'such');
      if (endsHere || afterArticle) return aim('your', STATED * (intensified ? INTENSIFIED : 1), true);
      // "you and your IDIOT friends", "your moron brother": the reader's people.
      if (kind === 'noun' && j + 1 === start && next !== undefined && !next.brk && (FAMILY.has(next.w) || COMPANIONS.has(next.w))) return aim('family', STATED, true);
      break;
    }
    if ((c & NEGATION) !== 0) return undefined;
    if (sawBe && (c & ORDER_BE) !== 0) return aim('imperative', intensified ? INTENSIFIED : 1, true);
    // "CONGRATS ON being the most ignorant poster of the week": sarcastic praise of the reader.
    if (sawBe && w === 'on' && j > 0 && !tokens[j].brk && CONGRATS.has(tokens[j - 1].w)) return aim('you', STATED, true);
    if ((c & BE) !== 0) sawBe = true;
    if ((c & SAYS_IS) !== 0) {
      // "whoever wrote this IS a moron", "@mike_r is", "Janet is", "the guy above is".
      if (sawIs < 0 && kind !== 'name') {
        const who = subjectAim(input, j);
        if (who) return intensified ? { ...who, factor: who.factor * INTENSIFIED } : who;
      }
      sawIs = j;
      continue;
    }
    // "don't listen to THIS b*tch", "ignore THAT clown": a participant pointed out to the readers.
    if ((c & POINTER) !== 0 && kind === 'noun' && !entry.plural && pointedOut(tokens, j)) return aim('author', 1, true);
    if ((c & INTENSIFIER) !== 0) intensified = true;
    if ((c & ARTICLE) !== 0) article = true;
    if ((c & (FILLER | ARTICLE)) === 0) bare = false;
    // "are you always THIS thick?"
    // "THIS thick" says it as loudly as "so thick".
    if ((w === 'this' || w === 'that') && j === start - 1 && kind === 'adj') {
      intensified = true;
      continue;
    }
    if ((c & (LINK | FILLER | INTENSIFIER)) !== 0 || isModifier(input, j)) continue;
    // "a complete AND utter moron"
    if ((c & COORDINATOR) !== 0 && j > 0 && isModifier(input, j - 1) && isModifier(input, j + 1)) continue;
    // "you are a lousy actor AND a pathological liar", "you are stupid AND a liar": one predicate.
    if ((c & COORDINATOR) !== 0 && coordinated < 0 && predicateEnds(tokens, i) && opensPhrase(input, j + 1, start)) {
      coordinated = j;
      limit = j - WINDOW;
      continue;
    }
    if (coordinated >= 0 && skipped < COORDINATED_SKIP && (c & SAYS_IS) === 0) {
      skipped++;
      continue;
    }
    break;
  }
  return undefined;
}

const IS = new Set(['is', 'was', "he's", "she's", 'hes', 'shes']);
const OBJECT_PREPOSITIONS = new Set(['with', 'to', 'at', 'about', 'from', 'against', 'behind', 'than', 'of', 'on']);

/**
 * "you've GOT TO be the biggest idiot", "you HAVE TO be", "you GOTTA be", "you NEED TO stop being":
 * token j is part of a modal chain that ends in "be"/"being"/"stop", so the walk passes it.
 */
function modalBefore(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j].w;
  const next = tokens[j + 1];
  if (next === undefined || next.brk) return false;
  if (w === 'to') return next.w === 'be' || next.w === 'stop' || next.w === 'quit';
  if (!MODAL_HEADS.has(w)) return false;
  if (next.w === 'be' || next.w === 'gotta') return true;
  const then = tokens[j + 2];
  return (next.w === 'to' || next.w === 'got') && then !== undefined && !then.brk && (then.w === 'be' || then.w === 'to');
}

/**
 * The length of an aside ending at token j ("without a doubt", "my friend", "by far"), which
 * the walk back steps over, or 0.
 */
function asideEndingAt(tokens: readonly Token[], j: number): number {
  const w = tokens[j].w;
  const back = (n: number): string => (j - n >= 0 && !tokens[j - n + 1].brk ? tokens[j - n].w : '');
  if (w === 'doubt') return back(1) === 'a' && back(2) === 'without' ? 3 : back(1) === 'no' || back(1) === 'without' ? 2 : 0;
  if (w === 'question' && (back(1) === 'without' || back(1) === 'no')) return 2;
  if (w === 'down' && back(1) === 'hands') return 2;
  if (w === 'far' && back(1) === 'by') return 2;
  if (w === 'course' && back(1) === 'of') return 2;
  if (w === 'fact' && back(1) === 'in') return 2;
  if (ADDRESSED_AS.has(w) && back(1) === 'my') return 2;
  return 0;
}

const GROUP_OF_YOU = new Set(['all', 'lot', 'guys', 'people', 'two', 'both', 'lads']);

const CONGRATS = new Set(['congrats', 'congratulations', 'grats', 'kudos', 'well', 'done']);

const ADDRESSED_AS = new Set(['friend', 'dear', 'man', 'boy', 'girl', 'lad', 'son']);
/** Who the reader goes about with: "your idiot FRIENDS". */
const COMPANIONS = new Set(['friend', 'friends', 'mates', 'mate', 'buddies', 'pals', 'mum', 'crew', 'gang', 'followers', 'fans', 'kind']);

/** How much of an insult is left when the writer says they are joking. */
const TAKEN_BACK = 0.6;
const JOKING = new Set(['jk', 'jking', 'joking', 'kidding', 'jest']);
const LOVED = new Set(['you', 'ya', 'u', 'this', 'it', 'ur', 'your', 'yall', 'him', 'her', 'them']);

/**
 * Whether the comment takes its insult back: it says it is a joke ("jk", "(joking)", "just
 * kidding", not "no joke") or its love ("love you really", "I love this channel", not "I love
 * how you ...").
 */
function takenBack(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].w;
    if (w === 'love' && k + 1 < tokens.length && !tokens[k + 1].brk && LOVED.has(tokens[k + 1].w)) return true;
    if (!JOKING.has(w)) continue;
    const before = k > 0 && !tokens[k].brk ? tokens[k - 1].w : '';
    if (before !== 'not' && before !== 'no' && before !== "i'm" && before !== 'im') return true;
  }
  return false;
}

const MODAL_HEADS = new Set(['got', 'gotta', 'have', 'has', 'need', 'needs', 'ought', 'seem', 'seems', 'appear', 'appears', 'happen', 'happens']);

/** "ignore THIS ...", "don't listen to THIS ...": token j (this/that) points someone out. */
function pointedOut(tokens: readonly Token[], j: number): boolean {
  if (j === 0 || tokens[j].brk) return false;
  const before = tokens[j - 1].w;
  if (before === 'to') return j > 1 && !tokens[j - 1].brk && LISTEN.has(tokens[j - 2].w);
  return POINTING_VERBS.has(before);
}

const LISTEN = new Set(['listen', 'listening', 'reply', 'replying', 'respond', 'responding', 'talking', 'talk']);
const POINTING_VERBS = new Set(['ignore', 'ignoring', 'block', 'report', 'mute', 'downvote']);

/**
 * "Only a braindead sheep WOULD WRITE THIS": said of whoever wrote it, a participant. "Only an
 * idiot would believe that" generalises, like "anyone who believes that is a moron".
 */
function onlyWouldAim(input: CheckInput, i: number): Aim | undefined {
  const { tokens } = input;
  const modal = tokens[i + 1]?.w;
  if (modal !== 'would' && modal !== 'could') return undefined;
  let first = startOf(input, i);
  const stop = Math.max(0, first - MAX_CHAIN);
  while (first > stop && !tokens[first].brk && isModifier(input, first - 1)) first--;
  if (first === 0 || tokens[first].brk || tokens[first - 1].w !== 'only') return undefined;
  if (!ARTICLES.has(tokens[first].w)) return undefined;
  const verb = tokens[i + 2];
  const what = tokens[i + 3];
  if (verb === undefined || what === undefined || verb.brk || what.brk || input.hits[i]!.entry.kind === 'name') return undefined;
  return WRITE.has(verb.w) && (what.w === 'this' || what.w === 'that' || what.w === 'something') ? aim('author', 1, true) : undefined;
}

const WRITE = new Set(['write', 'say', 'post', 'type', 'comment', 'upvote', 'publish', 'print']);
const COORDINATORS = new Set(['and', 'or', '&', 'plus', 'but']);
const ARTICLE_LIKE = new Set(['a', 'an', 'one', 'such', 'total', 'complete', 'absolute', 'utter', 'real']);

/** Words of the grammar, never a describing word: "the", "is", "you" ... */
function isClosedWord(w: string): boolean {
  return (classOf(w) & (YOU | YOURE | COPULA | NEGATION | SAYS_IS | COORDINATOR | CLOSED)) !== 0;
}

/** The insult at token i ends its predicate: "... and a liar.", "... and an idiot too". */
function predicateEnds(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return endsPhrase(next) || next.w === 'too' || next.w === 'probably' || next.w === 'both' || next.w === 'either';
}

/** After "and", the second half of a predicate starts: "and A liar", "and KIND OF a moron", "and stupid". */
function opensPhrase(input: CheckInput, k: number, start: number): boolean {
  const w = input.tokens[k].w;
  return k === start || ARTICLES.has(w) || FILLERS.has(w) || isModifier(input, k) || isAdverb(w) || LINKS.has(w);
}

/** Where in the thread someone wrote: "the guy ABOVE (me)", "Dave UP THERE". */
const HERE = new Set(['above', 'below', 'before', 'earlier']);
/** What is being commented on: "the author of this BLOG", "the girl in the VIDEO". */
const PIECES = new Set([
  'article', 'piece', 'post', 'comment', 'column', 'story', 'blog', 'headline', 'editorial', 'video', 'vlog',
  'clip', 'channel', 'site', 'forum', 'thread', 'page', 'stream', 'podcast', 'website', 'board', 'paper',
]);
/** Pieces whose people are their makers, not the news they report: "the kid in the VIDEO". */
const MADE_BY_THEIR_PEOPLE = new Set(['video', 'vlog', 'clip', 'channel', 'stream', 'podcast']);
const PIECE_PREPOSITIONS = new Set(['of', 'in', 'on', 'from', 'behind', 'at']);

/**
 * Who the subject before "is"/"was" (token `is`) is, when it is a participant: a handle
 * ("@mike_r", "greg_1974"), a first name ("Janet"), "OP", the author of the piece, "the guy
 * above", "this guy", the reader's family; or, for "he's"/"she's", someone just named.
 */
function subjectAim(input: CheckInput, is: number): Aim | undefined {
  const { tokens } = input;
  const w = tokens[is].w;
  if (w !== 'is' && w !== 'was') return antecedentAim(input, is);
  if (is === 0 || tokens[is].brk) return undefined;
  let end = is;
  let located = false;
  if ((wordBack(tokens, end - 1) === 'me' || wordBack(tokens, end - 1) === 'us') && HERE.has(wordBack(tokens, end - 2))) {
    end -= 2;
    located = true;
  } else if (HERE.has(wordBack(tokens, end - 1))) {
    end -= 1;
    located = true;
  } else if (wordBack(tokens, end - 1) === 'there' && wordBack(tokens, end - 2) === 'up') {
    end -= 2;
    located = true;
  }
  const subject = wordBack(tokens, end - 1);
  if (subject === '') return undefined;
  const handle = handleAt(input, end - 1);
  if (handle !== undefined) return aim(handle, STATED, true);
  if (subject === 'op') return aim('author', STATED, true);
  const det = wordBack(tokens, end - 2);
  if (PARTICIPANT_NOUNS.has(subject) && (located || det === 'the' || det === 'this' || det === 'your' || det === 'our')) return aim('author', STATED, true);
  if (PERSON_NOUNS.has(subject) && located && (det === 'the' || det === 'that')) return aim('author', STATED, true);
  // "this guy is an idiot": someone pointed at in the thread, less surely a participant.
  if (PERSON_NOUNS.has(subject) && det === 'this' && !PLURAL_PERSONS.has(subject)) return aim('author', 1, true);
  if (GIVEN_NAMES.has(subject) && (located || end - 1 === 0 || tokens[end - 1].brk || tokens[end - 1].comma || OBJECT_VERBS.has(wordBack(tokens, end - 2)))) {
    return aim('name', located ? STATED : 1, true);
  }
  if (FAMILY.has(subject) && YOUR.has(det)) return aim('family', STATED, true);
  if (ofThePiece(tokens, end)) return aim('author', STATED, true);
  if (wroteThis(tokens, is)) return aim('author', STATED, true);
  return undefined;
}

const PLURAL_PERSONS = new Set(['guys', 'men', 'women', 'people']);
/** "ignore PETE, he's ...", "don't listen to JANET": someone named to the readers. */
const OBJECT_VERBS = new Set(['ignore', 'to', 'block', 'report', 'ignoring']);

/** "the author of this blog", "the mod on this forum", "the girl in the video" before token `end`. */
function ofThePiece(tokens: readonly Token[], end: number): boolean {
  const piece = wordBack(tokens, end - 1);
  if (!PIECES.has(piece)) return false;
  const det = wordBack(tokens, end - 2);
  if (det !== 'this' && det !== 'the' && det !== 'that' && det !== 'your') return false;
  if (!PIECE_PREPOSITIONS.has(wordBack(tokens, end - 3))) return false;
  const who = wordBack(tokens, end - 4);
  return PARTICIPANT_NOUNS.has(who) || (PERSON_NOUNS.has(who) && MADE_BY_THEIR_PEOPLE.has(piece));
}

/** "ignore Pete hes an ignoramus", "greg_1974, he's a troll": the one just named. */
function antecedentAim(input: CheckInput, is: number): Aim | undefined {
  const { tokens } = input;
  for (let k = is - 1; k >= 0 && k >= is - 4; k--) {
    const w = tokens[k].w;
    if (SECOND_PERSON.has(w) || IS.has(w)) return undefined;
    const handle = handleAt(input, k);
    if (handle !== undefined) return aim(handle, 1, true);
    if (GIVEN_NAMES.has(w) && k > 0 && OBJECT_VERBS.has(tokens[k - 1].w)) return aim('name', 1, true);
  }
  return undefined;
}

/**
 * "@mike_r", "greg_1974", "LindaB": a handle ending at token k, typed with an @, an underscore,
 * a dot or digits, or a capital at its end. Read from the original text, since the normalised
 * one turns digits into letters.
 */
function handleAt(input: CheckInput, k: number): 'mention' | 'name' | undefined {
  const { tokens, norm } = input;
  let first = k;
  while (first > 0 && first > k - 3 && joined(input, first - 1, first)) first--;
  if (tokens[first].w.startsWith('@') && tokens[first].w.length > 1) return 'mention';
  if (first < k) return 'name';
  // Reading the original text costs a copy of the offset maps: only for words that start with
  // a first name and run on ("davegg" for "dave99", "lindab" for "LindaB").
  const w = tokens[k].w;
  if (!GIVEN_NAMES.has(w.slice(0, -1)) && !(w.length > 4 && startsWithName(w))) return undefined;
  const [s, e] = textSpan(norm, tokens[k].s, tokens[k].e);
  const typed = input.comment.text.slice(s, e);
  const numbered = NUMBERED_NAME.exec(typed);
  if (numbered !== null && GIVEN_NAMES.has(numbered[1].toLowerCase())) return 'name';
  return INITIALLED_NAME.test(typed) ? 'name' : undefined;
}

/** "davegg": a first name with more after it. */
function startsWithName(w: string): boolean {
  for (let n = 2; n <= w.length - 2 && n <= 9; n++) if (GIVEN_NAMES.has(w.slice(0, n))) return true;
  return false;
}

/** A first name and a number ("dave99"), not a product ("covid19", "ps5"). */
const NUMBERED_NAME = /^([A-Za-z]+)\d{2,}$/;
/** A name ending in an initial typed as a capital ("LindaB", "SteveK"). */
const INITIALLED_NAME = /^[A-Z]?[a-z]{2,}[A-Z]$/;

/** Tokens a and b were one handle in the typing: "mike_r", "sandra.k". */
function joined(input: CheckInput, a: number, b: number): boolean {
  const { tokens, norm } = input;
  if (tokens[a].e + 1 !== tokens[b].s) return false;
  const c = norm.text.charCodeAt(tokens[a].e);
  return c === 95 || c === 46;
}

/** Token k's word when it lies in the same clause as the token after it, else "". */
function wordBack(tokens: readonly Token[], k: number): string {
  return k >= 0 && !tokens[k + 1].brk ? tokens[k].w : '';
}

/** Token k's word when no clause break comes before it, else "". */
function wordAhead(tokens: readonly Token[], k: number): string {
  return k < tokens.length && !tokens[k].brk ? tokens[k].w : '';
}

/** Whether the next token ends the insult phrase ("you idiot." / "you idiot, ..." / "you idiot and ..."). */
function endsPhrase(next: Token | undefined): boolean {
  return next === undefined || next.brk || next.comma || CLAUSE_GLUE.has(next.w);
}

/** Token j and j + 1 were typed as one hyphenated word ("basement-dwelling"). */
function hyphenated(input: CheckInput, j: number): boolean {
  const { tokens, norm } = input;
  return j + 1 < tokens.length && tokens[j].e + 1 === tokens[j + 1].s && norm.text.charCodeAt(tokens[j].e) === 45;
}

/**
 * "whoever wrote this IS", "the one who made the video IS": the writer or maker of the piece
 * being discussed, a participant. Not "the man who wrote the letter".
 */
function wroteThis(tokens: readonly Token[], is: number): boolean {
  for (let k = is - 1; k >= 0 && k >= is - 5 && !tokens[k + 1].brk; k--) {
    if (WROTE.has(tokens[k].w)) {
      const who = wordBack(tokens, k - 1);
      const what = k + 1 < is ? tokens[k + 1].w : '';
      const piece = what === 'this' || what === 'that' || what === 'it' || ((what === 'the' || what === 'this') && k + 2 < is && PIECES.has(tokens[k + 2].w));
      return (who === 'whoever' || who === 'who') && (piece || (who === 'whoever' && k + 1 === is));
    }
  }
  return false;
}

const WROTE = new Set([
  'wrote', 'writes', 'written', 'posted', 'posts', 'typed', 'penned', 'runs', 'run', 'edited', 'edits', 'made',
  'makes', 'filmed', 'moderates', 'owns', 'published', 'produced', 'uploaded', 'approved',
]);

/**
 * "your reply is brain dead AND SO ARE YOU", "as dim AS YOU (are)", "idiots LIKE YOU", "what an
 * idiot YOU ARE", "how stupid ARE YOU": the reader named after the insult.
 */
function echoAim(tokens: readonly Token[], i: number): Aim | undefined {
  let k = i + 1;
  if (wordAhead(tokens, k) === 'and') k++;
  if (wordAhead(tokens, k) === 'so' && (wordAhead(tokens, k + 1) === 'are' || wordAhead(tokens, k + 1) === 'r') && SECOND_PERSON.has(wordAhead(tokens, k + 2))) return aim('like-you', 1, true);
  if (wordAhead(tokens, k) === 'just') k++;
  const next = wordAhead(tokens, i + 1);
  const after = wordAhead(tokens, i + 2);
  if (next === '' || after === '') return undefined;
  // "as thick AS YOU": the comparison says it of the reader.
  if (wordAhead(tokens, k) === 'as' && SECOND_PERSON.has(wordAhead(tokens, k + 1)) && i > 0 && tokens[i - 1].w === 'as') return aim('like-you', STATED, true);
  if ((wordAhead(tokens, k) === 'like' || wordAhead(tokens, k) === 'as') && (SECOND_PERSON.has(wordAhead(tokens, k + 1)) || wordAhead(tokens, k + 1) === 'yourself')) return aim('like-you', 1, true);
  // "what an absolute tool YOU ARE" states it as firmly as "you are"; "what a bunch of idiots YOU ALL ARE".
  if (SECOND_PERSON.has(next) && (after === 'are' || after === 'r' || after === 'is')) return aim('you', STATED, true);
  if (SECOND_PERSON.has(next) && GROUP_OF_YOU.has(after) && (wordAhead(tokens, i + 3) === 'are' || wordAhead(tokens, i + 3) === 'r')) return aim('you', STATED, true);
  // "what a tw@t THIS BLOKE IS": someone pointed at in the thread.
  if ((next === 'this' || next === 'that') && PERSON_NOUNS.has(after) && (wordAhead(tokens, i + 3) === 'is' || wordAhead(tokens, i + 3) === 'was')) return aim('author', 1, true);
  // "how stupid ARE YOU", "how dumb CAN YOU be"
  if ((next === 'are' || next === 'r' || next === 'can' || next === 'could' || next === 'must') && SECOND_PERSON.has(after)) return aim('you', 1, true);
  return undefined;
}

/**
 * A noun the reader is called by. A bare singular noun with no article cannot be the object
 * or subject of its clause, so where one stands after a complete phrase ("zip it CLOWN", "wrong
 * again PINHEAD the plant closed"), after an opening word ("ok GENIUS explain that", "first of
 * all IDIOT, ..."), or at the end of an order or a clause about "you" ("then get off the internet
 * MORON", "you don't know what you're talking about MORON"), it names the reader.
 */
function vocativeAim(input: CheckInput, i: number): Aim | undefined {
  const { tokens } = input;
  const hit = input.hits[i]!;
  const { entry } = hit;
  if (entry.kind !== 'noun' && entry.kind !== 'name') return undefined;
  const name = entry.kind === 'name';
  const start = startOf(input, i);
  const next = tokens[i + 1];
  // Vocative: "nice try, moron." / "Idiot!" / "Moron, read the article."
  let first = start;
  const stop = Math.max(0, start - MAX_CHAIN);
  if (!name) while (first > stop && !tokens[first].brk && !tokens[first].comma && isModifier(input, first - 1)) first--;
  // "nice ONE idiot": "one" after praise closes the retort, it does not count the noun.
  if (first < start && tokens[first].w === 'one' && first > 0 && !tokens[first].brk && PRAISE_BEFORE_ONE.has(tokens[first - 1].w)) first++;
  // "Typical LEFTIE idiot, ...": one unknown describing word inside a clause-opening chain
  // (singular: "typical council idiots" is about a third party).
  if (!name && first === start && first > 1 && !entry.plural && !tokens[first].brk && !tokens[first].comma && !NOT_VOCATIVE_BEFORE.has(tokens[first - 1].w) && isModifier(input, first - 2) && FILLERS.has(tokens[first - 2].w)) {
    let k = first - 2;
    const far = Math.max(0, k - MAX_CHAIN);
    while (k > far && !tokens[k].brk && !tokens[k].comma && isModifier(input, k - 1)) k--;
    if (tokens[k].brk && !ARTICLES.has(tokens[k].w)) first = k;
  }
  const clauseEnd = next === undefined || next.brk;
  const phraseEnd = clauseEnd || next.comma;
  const single = !entry.plural && !entry.mass;
  // "moron IF you ...", "pinhead THE plant closed": a new clause begins without a stop.
  const newClause = !phraseEnd && single && startsClause(tokens, i + 1);
  // "Worst update ever, absolute GARBAGE": a bare thing-noun after a pause describes the thing.
  if (THING_NOUNS.has(hit.term) && (tokens[first].comma || tokens[first].brk)) return undefined;
  if (tokens[first].comma && first > 0) {
    if (clauseEnd) return aim('vocative', 1, false);
    // Not "Me, THE idiot who bought it": an article makes it a description.
    if (!name && single && !governsChain(tokens, first, start) && (newClause || (next.comma && !listed(input, first, i)))) return aim('vocative', 1, false);
  }
  if (tokens[first].brk && !name) {
    if (phraseEnd) {
      const word = tokens[first].w;
      if (word === 'what' || word === 'such') return aim('exclaim', exclaimedAt(tokens, i), false);
      return aim('vocative', (first === 0 && clauseEnd) || next?.comma ? 1 : 0.8, false);
    }
    // "Moron, you..." typed without the comma.
    if (single && (SECOND_PERSON.has(next.w) || YOU_ARE.has(next.w))) return aim('vocative', 1, false);
  }
  // "What a dumb b1tch." at the start of a clause: exclaimed at someone, weakly.
  // "lol what a moron", "wow, what an idiot": an interjection may open the clause.
  if (!name && first > 0 && phraseEnd && (tokens[first - 1].w === 'what' || tokens[first - 1].w === 'such') && (tokens[first - 1].brk || (first > 1 && INTERJECTIONS.has(tokens[first - 2].w) && (tokens[first - 2].brk || first === 2)))) {
    return aim('exclaim', exclaimedAt(tokens, i), false);
  }
  if (first === 0 || tokens[first].brk || tokens[first].comma) return undefined;
  const prev = tokens[first - 1].w;
  // "you (an) idiot" is the walk back's to judge; "he called you AN idiot" is no name.
  const bareName = !SECOND_PERSON.has(prev) && !YOU_ARE.has(prev) && !governsChain(tokens, first, start);
  if (single && bareName && (phraseEnd || newClause) && !VERB_BEFORE.has(prev)) {
    // "ok GENIUS", "first of all IDIOT", "nice try CLOWN": after the words that open a retort.
    if (prev !== 'no' && opensRetort(tokens, first)) return aim('vocative', 1, false);
    // "zip it CLOWN", "wrong again PINHEAD", "thanks for nothing GENIUS"; not "call me idiot".
    if (OBJECT_WORDS.has(prev) && !(first > 1 && REPORTING.has(tokens[first - 2].w))) return aim('vocative', 1, false);
    // "then get off the internet MORON", "you don't know what you're talking about MORON";
    // not "just use GIT", where the order's object is the noun itself.
    const open = !NOT_VOCATIVE_BEFORE.has(prev) || (phraseEnd && stranded(tokens, first));
    const addressed = !open || IMPERATIVE_VERBS.has(prev) ? undefined : addressedClause(input, first);
    const complete = phraseEnd || !entry.verbal;
    if (complete && addressed !== undefined && (addressed === 'order' || name || !governed(input, first))) return aim('vocative', 1, false);
  }
  // "bet you'd like that, wouldn't you BABE": a name after a question tag.
  if (name && phraseEnd && SECOND_PERSON.has(prev) && first > 1 && TAG_AUXILIARIES.has(tokens[first - 2].w)) return aim('vocative', 1, false);
  // The last word of the comment, not governed by an article or verb: "go away troll".
  if (next === undefined && !PROFANE_NOUNS.has(hit.term)) {
    for (let j = first - 1; j < start; j++) if (NOT_VOCATIVE_BEFORE.has(tokens[j].w)) return undefined;
    // "just use GIT", "go play TROLL": a bare noun right after an order or a verb is its object.
    if (first === start && (IMPERATIVE_VERBS.has(prev) || VERB_BEFORE.has(prev))) return undefined;
    if (VOCATIVE_LEAD.has(prev)) return aim('vocative', 1, false);
    if (!name) return aim('vocative', 0.8, false);
  }
  return undefined;
}

const INTERJECTIONS = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'ha', 'wow', 'omg', 'oh', 'god', 'jeez', 'geez', 'man', 'dude', 'ugh', 'yikes', 'bro', 'christ', 'lolol', 'boy', 'damn']);

/** Mass nouns for things as much as people: a vocative needs "you" ("you absolute garbage"). */
const THING_NOUNS = new Set(['garbage', 'trash', 'filth', 'crap', 'shit', 'joke', 'disgrace', 'failure', 'embarrassment']);

/** An article or determiner inside the chain [first, start) before the noun: "AN idiot". */
function governsChain(tokens: readonly Token[], first: number, start: number): boolean {
  for (let j = first; j < start; j++) if (NOT_VOCATIVE_BEFORE.has(tokens[j].w)) return true;
  return false;
}

/** "apples, pears, idiots": a list of words rather than a name of address. */
function listed(input: CheckInput, first: number, i: number): boolean {
  const before = input.hits[first - 1];
  const after = input.hits[i + 2];
  return (before !== undefined && before.entry.insult > 0) || (after !== undefined && after.entry.insult > 0);
}

/** Words that can begin a clause with no stop before them: "... moron IF you", "... clown NOBODY is". */
function startsClause(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].w;
  return CLAUSE_OPENERS.has(w) || SECOND_PERSON.has(w) || YOU_ARE.has(w) || YOUR.has(w) || IMPERATIVE_VERBS.has(w);
}

const CLAUSE_OPENERS = new Set([
  'i', "i'm", 'im', "i've", 'ive', "i'd", "i'll", 'ill', 'we', 'he', 'she', 'they', 'it', "it's", 'its', 'nobody', 'noone',
  'everyone', 'everybody', 'someone', 'the', 'this', 'that', "that's", 'thats', 'my', 'his', 'her', 'their',
  'our', 'if', 'since', 'because', 'cause', 'cuz', 'coz', 'unless', 'when', 'while', 'though', 'although',
  'why', 'how', 'what', 'who', 'where', 'there', "there's", 'not', 'lol', 'lmao', 'haha', 'nothing',
]);

/** The clause from its start up to token `first` is only opening words: "ok", "first of all", "nice try". */
function opensRetort(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0; k--) {
    // "NICE ONE dumbass", "GOOD ONE genius": "one" only after a word of praise.
    if (tokens[k].w === 'one' && k > 0 && !tokens[k].brk && PRAISE_BEFORE_ONE.has(tokens[k - 1].w)) continue;
    if (!RETORT_WORDS.has(tokens[k].w)) return false;
    if (tokens[k].brk || tokens[k].comma) return true;
    if (k < first - 4) return false;
  }
  return true;
}

const PRAISE_BEFORE_ONE = new Set(['nice', 'good', 'great', 'well']);

const RETORT_WORDS = new Set([
  'ok', 'okay', 'k', 'kk', 'well', 'so', 'then', 'now', 'hey', 'hi', 'hello', 'oi', 'listen', 'look', 'sure',
  'thanks', 'thank', 'cheers', 'yeah', 'yea', 'yes', 'no', 'nope', 'yep', 'lol', 'lmao', 'rofl', 'haha', 'ha',
  'hah', 'oh', 'ah', 'um', 'uh', 'huh', 'hmm', 'wow', 'whoa', 'first', 'of', 'all', 'seriously', 'honestly',
  'sorry', 'right', 'fine', 'nice', 'try', 'good', 'great', 'job', 'done', 'congrats', 'congratulations',
  'bravo', 'wrong', 'again', 'newsflash', 'fyi', 'alright', 'aight', 'bye', 'goodbye', 'whatever', 'sigh',
  'ugh', 'meh', 'duh', 'yawn', 'here', 'thing', 'news', 'flash', 'dear', 'listen', 'please', 'pls', 'mr',
]);

/**
 * Whether the clause holding token `first` is said to the reader: it names "you" before it,
 * or it opens (after any opening words) with an order. "order" for an order, "you" for "you".
 */
function addressedClause(input: CheckInput, first: number): 'order' | 'you' | undefined {
  const { tokens } = input;
  let k = first - 1;
  let you = false;
  for (; k > 0 && k >= first - 16 && !tokens[k].brk; k--) {
    if ((classOf(tokens[k].w) & (YOU | YOURE | POSSESSIVE)) !== 0 || tokens[k].w === 'yourself') you = true;
  }
  if ((classOf(tokens[k].w) & (YOU | YOURE | POSSESSIVE)) !== 0) you = true;
  // Skip the opening words to the first word of the clause proper.
  let open = k;
  while (open < first - 1 && RETORT_WORDS.has(tokens[open].w) && !IMPERATIVE_VERBS.has(tokens[open].w)) open++;
  if (IMPERATIVE_VERBS.has(tokens[open].w) || (tokens[open].w === 'just' && IMPERATIVE_VERBS.has(tokens[open + 1]?.w ?? ''))) return 'order';
  return you ? 'you' : undefined;
}

/** "what you're talking ABOUT moron": a preposition left at the end of a question clause. */
function stranded(tokens: readonly Token[], first: number): boolean {
  if (!STRANDABLE.has(tokens[first - 1].w)) return false;
  for (let k = first - 2; k >= 0 && k >= first - 10; k--) {
    if (WH_WORDS.has(tokens[k].w)) return true;
    if (tokens[k].brk) return false;
  }
  return false;
}

const STRANDABLE = new Set(['about', 'of', 'with', 'for', 'on', 'at', 'to', 'from', 'in']);
const WH_WORDS = new Set(['what', 'who', 'which', 'whom', 'where']);

/** "the council IDIOT": an article one or two words back governs the noun. */
function governed(input: CheckInput, first: number): boolean {
  const { tokens } = input;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if (DETERMINERS.has(tokens[k].w)) return true;
    if (tokens[k].brk || tokens[k].comma || isClosedWord(tokens[k].w)) return false;
  }
  return false;
}

const REPORTING = new Set(['call', 'called', 'calling', 'calls', 'named', 'labelled', 'labeled', 'branded']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** "nice try troll", "ok boomer": a retort, then the name the reader is called. */
const VOCATIVE_LEAD = new Set([
  'try', 'ok', 'okay', 'sure', 'whatever', 'thanks', 'yeah', 'yea', 'right', 'wow', 'lol', 'lmao',
  'hey', 'yes', 'no', 'sorry', 'bye', 'goodbye', 'cheers', 'nope', 'yep', 'ha', 'haha', 'hahaha',
  'pathetic', 'sad', 'loser', 'dude', 'again', 'buddy', 'pal', 'there', 'here', 'listen', 'look', 'up',
  'done', 'job', 'off', 'lost', 'out', 'away', 'it', 'me', 'nothing', 'dreaming',
]);

const NOT_VOCATIVE_BEFORE = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'our', 'its', 'of',
  'to', 'for', 'like', 'as', 'such', 'what', 'is', 'are', 'was', 'were', 'be', 'being', 'been', 'by',
  'with', 'from', 'about', 'than', 'all', 'any', 'some', 'no', 'other', 'every', 'and', 'or', 'more',
  'most', 'many', 'hate', 'love', 'feed', 'call', 'called', 'calling', 'i', 'me', 'we', 'us', 'they',
  'them', 'he', 'she', 'him', 'it', 'who', 'whose', 'your', 'ur', 'in', 'on', 'at', 'after', 'before',
  'into', 'onto', 'under', 'through', 'against', 'without', 'within', 'among', 'between', 'behind',
  'beside', 'near', 'toward', 'towards', 'upon', 'via', 'per', 'despite', 'except', 'versus', 'vs',
  "it's", 'its', "that's", 'thats', 'which', 'whom', 'another', 'each', 'one', 'two', 'half', 'first',
]);

/** "wouldn't you", "don't you": a question tag, after which a name addresses the reader. */
const TAG_AUXILIARIES = new Set([
  "wouldn't", 'wouldnt', "don't", 'dont', "didn't", 'didnt', "aren't", 'arent', "won't", 'wont', "can't", 'cant',
  "couldn't", 'couldnt', "isn't", 'isnt', "haven't", 'havent', 'right', 'are', 'do', 'did', 'would', 'will',
]);

/** A verb or auxiliary before a bare noun makes it a verb or a role: "go TROLL elsewhere", "turned TRAITOR". */
const VERB_BEFORE = new Set([
  'go', 'goes', 'went', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'shall', 'did',
  'does', 'do', "don't", 'dont', "didn't", 'didnt', "can't", 'cant', "won't", 'wont', 'cannot', 'never',
  'play', 'played', 'playing', 'plays', 'turn', 'turned', 'turning', 'become', 'became', 'just', 'not',
  'gonna', 'wanna', 'gotta', "i'll", "i'd", "we'll", "they'll", "you'll", 'let', 'lets', "let's",
]);

/** Profanity that insults only as a bare noun of address ("you little shit"), never as a verb or stem. */
const PROFANE_NOUNS = new Set(['fuck', 'shit', 'ass']);

type DirectedHit = PhraseHit<DirectedPhrase | CompoundPhrase>;

/**
 * The insult words of the comment, with two-word insults typed apart ("knuckle dragger",
 * "brain-dead") read as one: each word of such a pair carries the pair's hit.
 */
function withCompounds(input: CheckInput, found: readonly DirectedHit[]): CheckInput {
  let hits: CheckInput['hits'] | undefined;
  const { tokens } = input;
  for (const { data, start, end } of found) {
    if (!('compound' in data)) continue;
    const { term, entry } = data.compound;
    // "yes, man" is two words; a compound is typed as one phrase.
    if (input.compiled.allowWords.has(term) || tokens[end - 1].comma) continue;
    hits ??= input.hits.slice();
    const hit: WordHit = { term, stem: false, entry, s: tokens[start].s, e: tokens[end - 1].e };
    for (let k = start; k < end; k++) hits[k] = hit;
  }
  return hits === undefined ? input : { ...input, hits };
}

export const insultCheck: Check = (given, out) => {
  const found = DIRECTED_PHRASES.matchAll(given.tokens, given.canonical);
  const input = withCompounds(given, found);
  const { tokens, hits, comment } = input;
  let count = 0;
  // Read once, and only for a comment with an insult to weigh.
  let joking: boolean | undefined;
  // The mild insulting words that made a signal: a phrase that holds one reads the same words.
  const named: Named[] = [];
  for (let i = 0; i < tokens.length && count < MAX_SIGNALS; i++) {
    const hit = hits[i];
    if (!hit || hit.entry.insult <= 0 || tokens[i].quoted) continue;
    // In "you stupid moron" only the last word of the phrase makes the signal, unless the next
    // one opens a clause of its own ("nice try clown NOBODY is buying it").
    const nextHit = hits[i + 1];
    if (nextHit && nextHit.entry.insult > 0 && !tokens[i + 1].brk && !tokens[i + 1].comma && (nextHit === hit || !CLAUSE_OPENERS.has(tokens[i + 1].w))) continue;
    if (PROFANE_NOUNS.has(hit.term) && !profaneNounAimed(input, i, hit)) continue;
    // "a TOOL user", "a GIT expert", "a GENIUS move": the word describes the next noun; but
    // "typical MORON comment", "a-hole behaviour FROM YOU" insult whoever wrote or did it.
    const madeBy = hit.entry.kind === 'noun' && modifiesNext(tokens, i) ? productAim(input, i) : undefined;
    if (hit.entry.kind !== 'adj' && modifiesNext(tokens, i) && madeBy === undefined) continue;
    const head = hit.entry.kind === 'adj' ? personHead(tokens, i) : -1;
    // "a SLOW reader", "are you SLOW cooking it": mild words insult only when stated of
    // someone and nothing follows ("you are slow", "are you thick?").
    if (hit.entry.framed && (head >= 0 || (!predicateFinal(tokens, i) && !afterDegree(input, i)))) continue;
    // "you LUCKY bastard", "you CHEEKY sod", "you crazy GENIUS": fond words, not abuse.
    if (affectionate(input, i)) continue;
    const aim = madeBy ?? aimOf(input, i, head) ?? nearYouAim(input, i, head);
    if (!aim || isReported(input, startOf(input, i), i + 1) || saidAfter(tokens, i + 1)) continue;
    if (hit.entry.framed && !aim.stated) continue;
    // "Janet is a stupid NAME": about a thing of theirs, not the person.
    if (hit.entry.kind === 'adj' && head < 0 && THIRD_PERSON_AIMS.has(aim.how) && describesNext(tokens, i)) continue;
    if (aim.how !== 'vocative') aim.factor *= hedge(input, i, aim);
    // "You're dumb if you think I'm paying that. JK": teasing the writer takes back.
    joking ??= takenBack(tokens);
    if (joking) aim.factor *= TAKEN_BACK;
    // "what a DUMB b1tch", "you STUPID F*CKING moron": stacked insults say it louder.
    const stacked = stackedInsults(input, i);
    if (stacked > 0) aim.factor += Math.min(0.5, 0.25 * stacked);
    // "stop being SUCH A baby", "you WHINY baby": a child's name as an insult, not a come-on.
    const childish = hit.entry.sexual && CHILDISH.has(hit.term) && (stacked > 0 || suchA(tokens, startOf(input, i)));
    const sexual = hit.entry.sexual && !childish;
    const strength = childish ? 1 : head >= 0 ? Math.min(1.2, hit.entry.insult + PERSON_HEAD_BONUS) : hit.entry.insult;
    const wordSpan = hitSpan(input, i);
    const span = head >= 0 ? tokenSpan(input, startOf(input, i), head + 1) : wordSpan;
    const word = quoteWord(comment.text, wordSpan, hit.term);
    const rule: RuleId = sexual ? 'insult.harassment' : `insult.${aim.how}`;
    const weight = round(strength * aim.factor);
    // A mild word ("crazy", "nasty") inside a phrase is weighed once, by the stronger reading:
    // "are you crazy?" by the word, "a nasty piece of work" by the phrase.
    if (hit.entry.insult < 1 && aim.how !== 'near-you') named.push({ token: i, at: out.length, weight });
    out.push({
      rule,
      category: 'insult',
      weight,
      spans: [span],
      detail: sexual ? `Calls someone ${word}` : hit.entry.kind === 'adj' ? `Calls someone ${word}` : `Addresses someone as ${word}`,
    });
    count++;
  }
  directedPhrases(input, found, out, named);
};

/** A mild insulting word that made a signal: its token, where its finding is in `out`, its weight. */
interface Named {
  token: number;
  at: number;
  weight: number;
}

/**
 * "you LUCKY bastard", "you JAMMY git": a fond word just before the name makes it banter; and
 * "you genius", "you crazy genius" after "you" is praise (a name insults only as a retort).
 */
function affectionate(input: CheckInput, i: number): boolean {
  const { tokens } = input;
  const start = startOf(input, i);
  if (start === 0 || tokens[start].brk) return false;
  if (FOND.has(tokens[start - 1].w)) return true;
  if (input.hits[i]!.entry.kind !== 'name' || input.hits[i]!.entry.sexual) return false;
  let j = start - 1;
  if (j > 0 && !tokens[j].brk && isModifier(input, j)) j--;
  return SECOND_PERSON.has(tokens[j].w) && !tokens[j + 1].brk;
}

const FOND = new Set([
  'lucky', 'jammy', 'cheeky', 'clever', 'brilliant', 'beautiful', 'gorgeous', 'magnificent', 'handsome',
  'talented', 'wonderful', 'glorious', 'legendary', 'lovely', 'adorable', 'amazing', 'awesome', 'sweet',
]);

const CHILDISH = new Set(['baby']);

/** "such a", "a big", "a little", "a cry" right before token `start`. */
function suchA(tokens: readonly Token[], start: number): boolean {
  if (start < 2 || tokens[start].brk || tokens[start - 1].brk) return false;
  const a = tokens[start - 1].w;
  const b = tokens[start - 2].w;
  return (b === 'such' && a === 'a') || (b === 'a' && (a === 'big' || a === 'little' || a === 'cry' || a === 'whiny'));
}

/** "you little SHIT": profanity insults only as a bare noun of address, spelled out. */
function profaneNounAimed(input: CheckInput, i: number, hit: WordHit): boolean {
  const { tokens } = input;
  const after = tokens[i + 1];
  const w = tokens[i].w;
  const spelled = w === hit.term || w.includes('*') || w === `@${hit.term.slice(1)}`;
  if (hit.stem || !spelled) return false;
  if (after && !after.brk && !after.comma && !CLAUSE_GLUE.has(after.w)) return false;
  // "Shit, I forgot": at the start of a clause it is an exclamation.
  return i > 0 && !tokens[i].brk && (SECOND_PERSON.has(tokens[i - 1].w) || isModifier(input, i - 1));
}

/**
 * "you'd be a fool IF you think ...", "a fool TO believe it", "a fool NOT TO": a generalisation.
 * But "you ARE an idiot if you believe this" still says it, and "TOO stupid to vote" is no hedge.
 */
function hedge(input: CheckInput, i: number, aim: Aim): number {
  const { tokens } = input;
  const hit = input.hits[i]!;
  const after = tokens[i + 1];
  const then = tokens[i + 2];
  if (after === undefined || after.brk) return 1;
  const toVerb = after.w === 'to' && then !== undefined && !TO_NOUN.has(then.w) && !TAKES_TO.has(hit.term) && !(i > 0 && tokens[i - 1].w === 'too');
  const notTo = after.w === 'not' && then?.w === 'to';
  if (after.w !== 'if' && !notTo && !toVerb) return 1;
  return after.w === 'if' && aim.how === 'you' && aim.factor >= STATED && !wouldBe(tokens, i) ? 0.85 : 0.5;
}

/** "you'd be", "you would be": a hypothetical, not a statement. */
function wouldBe(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - WINDOW && !tokens[j + 1].brk; j--) {
    const w = tokens[j].w;
    if (w === 'would' || w === "you'd" || w === 'youd' || w === 'could' || w === 'might') return true;
  }
  return false;
}

/** How many insulting words come right before token i in the same phrase. */
function stackedInsults(input: CheckInput, i: number): number {
  let n = 0;
  const own = input.hits[i];
  for (let j = startOf(input, i) - 1; j >= 0 && j >= i - 4 && !input.tokens[j + 1].brk && !input.tokens[j + 1].comma; j--) {
    const hit = input.hits[j];
    if (hit && hit !== own && (hit.entry.insult > 0 || (hit.entry.profane && !hit.stem))) n++;
    else if (!FILLERS.has(input.tokens[j].w)) break;
  }
  return n;
}

const THIRD_PERSON_AIMS = new Set<How>(['name', 'mention', 'author', 'family']);

/** Nothing but a tag follows the describing word: "you are slow.", "are you thick or what". */
function predicateFinal(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.brk || next.comma) return true;
  const w = next.w;
  // "as thick AS YOU", not "thick as thieves".
  if (w === 'as') return SECOND_PERSON.has(tokens[i + 2]?.w ?? '');
  // "thick WITH numbers", "slow AT maths": what they are slow at.
  if (FRAME_PREPOSITIONS.has(w)) return true;
  // "too thick TO understand": what they are too slow for.
  if (w === 'to' && i > 0 && tokens[i - 1].w === 'too') return true;
  return (CLAUSE_GLUE.has(w) && w !== 'to') || CLAUSE_TAGS.has(w) || TAG_AUXILIARIES.has(w) || startsClause(tokens, i + 1);
}

const FRAME_PREPOSITIONS = new Set(['with', 'at', 'about', 'in', 'on', 'sometimes', 'today']);

/** An unknown word follows the describing word in its phrase: "a stupid NAME", "a dumb IDEA". */
function describesNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !next.brk && !next.comma && !isClosedWord(next.w) && !CLAUSE_GLUE.has(next.w) && !CLAUSE_TAGS.has(next.w) && !CLAUSE_OPENERS.has(next.w);
}

/**
 * "Shut up, my daughter said", "..., she told him": words reported after them, unquoted.
 * Token `k` is the first after the phrase.
 */
export function saidAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (next === undefined || !next.comma || next.brk) return false;
  for (let j = k; j < tokens.length && j <= k + 3; j++) {
    if (j > k && (tokens[j].brk || tokens[j].comma)) return false;
    // "idiot, NOBODY asked", "..., WHO asked": a retort about the reader, not a report.
    if (SAID.has(tokens[j].w)) return j === k || !NO_SPEAKER.has(tokens[j - 1].w);
  }
  return false;
}

const NO_SPEAKER = new Set(['nobody', 'noone', 'one', 'who', 'anyone', 'anybody']);

const SAID = new Set(['said', 'says', 'told', 'tells', 'asked', 'yelled', 'shouted', 'replied', 'wrote', 'joked', 'screamed', 'snapped']);

/**
 * "TYPICAL moron comment", "ANOTHER idiot take", "a-hole behaviour FROM YOU": an insulting noun
 * before what someone wrote or did, said of its maker. Token i is the insult, i + 1 the product.
 */
function productAim(input: CheckInput, i: number): Aim | undefined {
  const { tokens } = input;
  const { entry } = input.hits[i]!;
  // Strong names only: "typical TROLL behaviour, ignore it" is a warning to other readers.
  if (!PRODUCTS.has(tokens[i + 1].w) || entry.plural || entry.insult < 1.2) return undefined;
  const after = wordAhead(tokens, i + 2);
  if (after === 'from' && SECOND_PERSON.has(wordAhead(tokens, i + 3))) return aim('you', 1, true);
  let first = startOf(input, i);
  while (first > 0 && !tokens[first].brk && (input.hits[first - 1]?.entry.insult ?? 0) > 0) first--;
  if (first > 0 && !tokens[first].brk && OPENS_A_VERDICT.has(tokens[first - 1].w) && (first - 1 === 0 || tokens[first - 1].brk)) return aim('author', 1, true);
  return undefined;
}

const PRODUCTS = new Set(['comment', 'comments', 'post', 'take', 'reply', 'logic', 'behaviour', 'behavior', 'argument', 'response', 'opinion']);
const OPENS_A_VERDICT = new Set(['typical', 'another', 'classic', 'absolute', 'such']);

/** "a tool USER", "a troll FARM": nouns that an insult word only describes. */
function modifiesNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.brk || next.comma || !NOUN_HEADS.has(next.w)) return false;
  // "what kind of moron POSTS THIS": a verb with its object, not "a troll post".
  const then = tokens[i + 2];
  return then === undefined || then.brk || (then.w !== 'this' && then.w !== 'that');
}

const NOUN_HEADS = new Set([
  'user', 'users', 'wizard', 'expert', 'guru', 'master', 'fan', 'fans', 'show', 'farm', 'farms', 'army',
  'account', 'accounts', 'post', 'posts', 'comment', 'comments', 'factory', 'shop', 'store', 'box', 'kit',
  'maker', 'makers', 'lover', 'lovers', 'collector', 'enthusiast', 'whisperer', 'magnet', 'tax', 'proof',
  'logic', 'behaviour', 'behavior', 'move', 'moves', 'level', 'energy', 'vibes', 'style', 'car', 'school',
  'world', 'parade', 'costume', 'emoji', 'suit', 'repo', 'repository', 'command', 'commands', 'branch',
  'commit', 'client', 'server', 'bag', 'nose', 'face', 'fog', 'soup', 'crust', 'skin', 'coat', 'layer',
  'motion', 'cooker', 'lane', 'food', 'burn', 'track', 'tracks', 'learner', 'learners', 'reader', 'readers',
]);

/** "a sick PUPPY", "a sad little MAN", "a lousy ACTOR": the person a describing word is about, or -1. */
function personHead(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (tokens[k].brk || tokens[k].comma) return -1;
    const w = tokens[k].w;
    if (PERSON_NOUNS.has(w) || ROLE_NOUNS.has(w)) return k;
    if (!FILLERS.has(w)) return -1;
  }
  return -1;
}

/**
 * "Shut up and take my money!": delight at a product, said to no one; "Oh shut up, that's
 * ADORABLE", "Shut up!! NO WAY": disbelief at good news, with a word of delight right after.
 */
function cheerfulIdiom(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start].w !== 'shut' || end - start !== 2 || tokens[start + 1].w !== 'up') return false;
  const words = (from: number, n: number) => tokens.slice(from, from + n).map((t) => t.w).join(' ');
  if (words(end, 4) === 'and take my money') return true;
  for (let k = end; k < tokens.length && k < end + 5; k++) if (DELIGHT.has(tokens[k].w) || (tokens[k].w === 'no' && tokens[k + 1]?.w === 'way')) return true;
  return false;
}

const DELIGHT = new Set([
  'adorable', 'amazing', 'brilliant', 'awesome', 'congrats', 'congratulations', 'cute', 'gorgeous', 'beautiful',
  'wonderful', 'incredible', 'lovely', 'fantastic', 'omg', 'wow', 'stunning', 'fabulous', 'yay',
]);

function directedPhrases(input: CheckInput, found: DirectedHit[], out: Finding[], named: readonly Named[]): void {
  const { tokens } = input;
  let count = 0;
  let replaced: number[] | undefined;
  let joking: boolean | undefined;
  for (const hit of strongestDisjoint(phrasesOnly(found), weightOf)) {
    if (count >= MAX_SIGNALS) break;
    const { weight, needs, label, rule, ends } = hit.data;
    if (isReported(input, hit.start, hit.end) || toldTo(tokens, hit.start) || cheerfulIdiom(tokens, hit.start, hit.end)) continue;
    if (ends && !clauseEndsAt(tokens, hit.end)) continue;
    if (saidAfter(tokens, hit.end)) continue;
    // "they'll screw you OVER", "I'll bang you UP": another verb, not a come-on or a curse.
    if ((rule === 'insult.harassment' || rule === 'insult.phrase.obscene') && PARTICLES.has(tokens[hit.end]?.w ?? '') && !tokens[hit.end].brk) continue;
    if (!aimedPhrase(tokens, hit.start, needs)) continue;
    // "are you CRAZY?" is one insult, read by the word and by the question: count it once.
    const word = namedWithin(named, hit.start, hit.end);
    if (word !== undefined) {
      if (word.weight >= weight) continue;
      (replaced ??= []).push(word.at);
    }
    const span = tokenSpan(input, needs === 'asked' ? hit.start - 1 : hit.start, hit.end);
    joking ??= takenBack(tokens);
    out.push({
      rule,
      category: 'insult',
      weight: joking ? round(weight * TAKEN_BACK) : weight,
      spans: [span],
      detail: `${label} "${input.comment.text.slice(span[0], span[1]).replace(/\s+/g, ' ')}"`,
    });
    count++;
  }
  // The words a stronger phrase read again leave the sum (latest first, so indices hold).
  if (replaced !== undefined) for (const at of replaced.sort((a, b) => b - a)) out.splice(at, 1);
}

const PARTICLES = new Set(['up', 'over', 'off', 'out', 'around']);

function namedWithin(named: readonly Named[], start: number, end: number): Named | undefined {
  for (const n of named) if (n.token >= start && n.token < end) return n;
  return undefined;
}

const weightOf = (phrase: DirectedPhrase): number => phrase.weight;

/** The directed phrases among the hits, without the two-word insults read as words. */
function phrasesOnly(found: DirectedHit[]): PhraseHit<DirectedPhrase>[] {
  let compounds = false;
  for (const hit of found) if ('compound' in hit.data) compounds = true;
  return (compounds ? found.filter((hit) => !('compound' in hit.data)) : found) as PhraseHit<DirectedPhrase>[];
}

/** Whether a phrase starting at token `start` is aimed as its entry needs. */
function aimedPhrase(tokens: readonly Token[], start: number, needs: DirectedPhrase['needs']): boolean {
  const before = start > 0 && !tokens[start].brk ? tokens[start - 1].w : undefined;
  switch (needs) {
    case 'none':
      return true;
    case 'asked':
      return before === 'are' || before === 'r' || before === 'were';
    case 'imperative':
      // "shut up" / "go back to your cave" as an order, not "I had to go back to work".
      return before === undefined || SECOND_PERSON.has(before) || IMPERATIVE_LEAD.has(before) || tokens[start].comma;
    case 'you':
      // "did you get YOUR economics degree out of a cereal box": a few describing words between.
      for (let j = start - 1; j >= 0 && j >= start - YOU_REACH; j--) {
        if (SECOND_PERSON.has(tokens[j].w) || YOU_ARE.has(tokens[j].w) || YOUR.has(tokens[j].w)) return true;
        if (tokens[j].brk) return false;
      }
      return false;
    case 'subject':
      // "you (obviously) can't read": the reader is the subject, maybe with an adverb between.
      for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
        if (tokens[j + 1].brk) return false;
        const w = tokens[j].w;
        if (SECOND_PERSON.has(w) || YOU_ARE.has(w)) return true;
        if (!isAdverb(w) && !SUBJECT_ADVERBS.has(w)) return false;
      }
      return false;
  }
}

/** How far back a phrase that needs "you" looks for it. */
const YOU_REACH = 7;

const SUBJECT_ADVERBS = new Set(['just', 'really', 'still', 'even', 'must', 'also', 'so', 'too', 'clearly', 'obviously', 'probably', 'seriously', 'honestly', 'literally', 'simply', 'truly', 'apparently']);

/** Nothing more follows in the clause after token `end` but a tag: "are you high?", "are you high or something". */
function clauseEndsAt(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next === undefined || next.brk || next.comma || CLAUSE_TAGS.has(next.w);
}

const CLAUSE_TAGS = new Set(['or', 'lol', 'lmao', 'haha', 'right', 'huh', 'mate', 'bro', 'dude', 'man', 'too', 'then', 'already', 'now', 'today', 'again', 'seriously', 'honestly']);

/** Nouns followed by "to" and a noun, not a verb: "a disgrace to journalism". */
const TAKES_TO = new Set(['disgrace', 'embarrassment', 'menace', 'danger', 'insult', 'traitor', 'discredit', 'shame']);

/** "a disgrace TO THIS site" is still aimed; "a fool TO BELIEVE it" generalises. */
const TO_NOUN = new Set([
  'the', 'this', 'that', 'your', 'ur', 'our', 'my', 'his', 'her', 'their', 'a', 'an', 'all', 'every',
  'humanity', 'society', 'mankind', 'everyone', 'anyone', 'people', 'women', 'men', 'america',
]);

const IMPERATIVE_LEAD = new Set([
  'just', 'now', 'so', 'please', 'pls', 'plz', 'and', 'then', 'already', 'kindly', 'why', 'dont',
  "don't", 'should', 'can', 'oh', 'ok', 'okay', 'hey', 'seriously', 'pal', 'buddy', 'mate', 'lol',
  'come', 'go', 'well', 'honestly', 'dude', 'bro', 'man', 'lmao', 'sweetie', 'honey', 'babe',
]);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

// Word classes the walk back from an insult reads, as bits: one lookup per word it passes.
const YOU = 1;
const YOURE = 2;
const POSSESSIVE = 4;
const COPULA = 8;
/** A copula or a verb that states something of the reader: "are", "sound", "act". */
const STATING = 16;
const KIN = 32;
const NEGATION = 64;
/** "don't" / "stop" before "be": an order. */
const ORDER_BE = 128;
const BE = 256;
const SAYS_IS = 512;
const INTENSIFIER = 1024;
const ARTICLE = 2048;
const FILLER = 4096;
const LINK = 8192;
const COORDINATOR = 16384;
const POINTER = 32768;
/** Any other word of the grammar ("the", "which", "to", "can"): never a describing word. */
const CLOSED = 65536;

const WORD_CLASSES = ((): Map<string, number> => {
  const classes = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);
  };
  add(SECOND_PERSON, YOU);
  add(YOU_ARE, YOURE);
  add(YOUR, POSSESSIVE);
  add(COPULAS, COPULA | STATING);
  add(STATING_LINKS, STATING);
  add(FAMILY, KIN);
  add(NEGATIONS, NEGATION);
  add(IMPERATIVE_BE, ORDER_BE);
  add(['be', 'being', 'acting'], BE);
  add(IS, SAYS_IS);
  add(INTENSIFIERS, INTENSIFIER);
  add(ARTICLES, ARTICLE);
  add(FILLERS, FILLER);
  add(LINKS, LINK);
  add([...COORDINATORS, 'n'], COORDINATOR);
  add(['this', 'that'], POINTER);
  add([...DETERMINERS, ...NOT_VOCATIVE_BEFORE, ...VERB_BEFORE], CLOSED);
  return classes;
})();

function classOf(w: string): number {
  const c = WORD_CLASSES.get(w);
  if (c !== undefined) return c;
  // The normaliser keeps two of a stretched letter ("sooooo" -> "soo"): the grammar words
  // are read without the repeat, so "you are SOOOO stupid" walks like "you are so stupid".
  const single = undoubled(w);
  return single === w ? 0 : WORD_CLASSES.get(single) ?? 0;
}

/** The word with each doubled letter typed once: "soo" -> "so"; unchanged when none. */
function undoubled(w: string): string {
  let i = 1;
  while (i < w.length && w.charCodeAt(i) !== w.charCodeAt(i - 1)) i++;
  if (i >= w.length) return w;
  let out = w.slice(0, i);
  for (; i < w.length; i++) if (w.charCodeAt(i) !== w.charCodeAt(i - 1)) out += w[i];
  return out;
}
