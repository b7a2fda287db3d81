// Identity attacks: slurs, and groups described as vermin, as criminals by nature, as people
// to be removed or kept out ("<group> are animals", "all <group> should be killed", "<group>
// shouldn't be allowed to vote", "<group> out", "kill all <group>", "<group> belong in a
// zoo"), and people told to go back where they came from. A slur that is quoted or named as
// a word ("the word 'x'") counts for little: it is being discussed. A harsh opinion about a
// policy ("illegals should be deported") is not an attack on who people are, and neither is
// history ("were gassed"), someone else's label ("are called invaders") or a generalisation
// the sentence denies ("not all men", "some immigrants").

import type { RuleId } from '../rules.ts';
import type { Check, CheckInput, Finding } from './check.ts';
import { MAX_SIGNALS, hitSpan, isReported, toldTo, tokenSpan, typed } from './check.ts';
import type { Token } from '../tokens.ts';
import { NEGATIONS } from '../lexicon/address.ts';
import { WORD } from '../lexicon/word-bits.ts';
import { PhraseSet, strongestDisjoint } from '../lexicon/phrase-set.ts';
import {
  ADJECTIVE_GROUPS, FAITH_NAMES, GROUP_MEMBERS, GROUP_NOUNS, GROUP_PLURALS, GROUP_QUALIFIERS, LIKE_WHOM, POINTING_AT_PEOPLE,
  WHOSE_KIND, type GroupKind,
} from '../lexicon/groups.ts';

const DEHUMANISING = new Set([
  'animals', 'vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'subhuman', 'subhumans',
  'savages', 'scum', 'filth', 'disease', 'cancer', 'plague', 'pigs', 'dogs', 'apes', 'monkeys',
  'insects', 'trash', 'garbage', 'barbarians', 'beasts', 'mongrels', 'leeches', 'infestation',
  'rodents', 'locusts', 'lice', 'pests', 'maggots', 'germs', 'virus', 'infection', 'tumour', 'tumor',
  'diseased', 'bloodsuckers', 'termites', 'hyenas', 'gorillas', 'chimps', 'baboons', 'blight',
  'pestilence', 'untermenschen', 'sewage', 'excrement',
]);
/** Crimes or burdens pinned on a whole group: "<group> are all thieves", "... a drain on us". */
const BY_NATURE = new Set([
  'thieves', 'criminals', 'rapists', 'terrorists', 'paedophiles', 'pedophiles', 'murderers', 'crooks',
  'scroungers', 'freeloaders', 'drain', 'burden', 'invaders', 'perverts', 'predators', 'groomers',
  'drunks', 'drunkards', 'alcoholics', 'liars', 'cheats', 'abusers', 'molesters', 'paedos', 'pedos',
  'nonces', 'beggars', 'junkies', 'spongers', 'layabouts', 'defective', 'fixing', 'curing',
]);
/** One member's vice, for "every <mexican> I ever met was a thief". */
const VICE_OF_ONE = new Set([
  'thief', 'criminal', 'rapist', 'terrorist', 'paedophile', 'pedophile', 'murderer', 'crook', 'scrounger',
  'liar', 'drunk', 'cheat', 'beggar', 'junkie', 'abuser', 'groomer',
]);
/** Insulting but not dehumanising: a signal to review together with others, not alone. */
const DEMEANING = new Set([
  'inferior', 'primitive', 'degenerates', 'retarded', 'stupid', 'dirty', 'filthy', 'evil', 'disgusting', 'broken', 'sick',
]);
const JUDGED_AT = new Set(['at', 'with', 'about', 'when', 'for', 'of', 'and']);
/** Demeaning words that, said of a group by birth, faith or sex, attack what its people are. */
const CONTEMPT_OF_NATURE = new Set(['inferior', 'primitive', 'degenerates', 'disgusting', 'filthy', 'dirty', 'evil', 'retarded', 'vile', 'sick', 'freaks']);
// Violence only: "should be deported" or "banned" is a policy opinion, however harsh.
const REMOVAL = new Set([
  'exterminated', 'gassed', 'wiped', 'eradicated', 'killed', 'shot', 'hanged', 'sterilized',
  'sterilised', 'burned', 'lynched', 'die', 'slaughtered', 'nuked', 'rounded',
  'culled', 'purged', 'eliminated', 'euthanised', 'euthanized', 'castrated', 'massacred', 'erased',
]);
/** Removal words that need a particle: "wiped OUT", "wiped OFF the map", "rounded UP". */
const REMOVAL_PARTICLE: Record<string, ReadonlySet<string>> = { wiped: new Set(['out', 'off']), rounded: new Set(['up']) };
/**
 * Thrown out of the country for who they are: an exclusion for groups by birth or faith
 * ("muslims should be kicked out"); for groups by status ("illegals should be deported")
 * it stays a policy opinion.
 */
const EXPELLED = new Set(['kicked', 'thrown', 'driven', 'chased', 'booted', 'expelled', 'deported', 'banished']);
/** A call for it ("should be kicked out"), as against a report ("were thrown out in 1600"). */
const WISHES = new Set(['should', 'must', 'need', 'needs', 'ought', 'deserve', 'deserves', 'gotta']);
/** Before the group: "I HOPE all <group> die". */
const HOPES = new Set(['hope', 'hoping', 'wish', 'pray', 'praying']);
/** Traits pinned on a group as nature: "<group> are naturally more violent". */
const NATURE = new Set(['naturally', 'inherently', 'genetically', 'biologically', 'innately']);
const TRAITS = new Set(['violent', 'criminal', 'lazy', 'dangerous', 'dishonest', 'aggressive', 'greedy', 'dumb', 'savage', 'untrustworthy', 'deceitful']);
/** "<group> are too EMOTIONAL to lead": a whole group declared unfit. */
const UNFIT = new Set([
  'emotional', 'irrational', 'hysterical', 'stupid', 'dumb', 'lazy', 'primitive', 'backward', 'simple',
  'thick', 'childish', 'unstable', 'incompetent', 'dim', 'gullible', 'uncivilised', 'uncivilized',
]);
/** Two-word descriptions that work like the sets above: "mentally ill", "dead weight". */
const PAIRS: Record<string, string> = { mentally: 'ill', dead: 'weight', second: 'class', gold: 'diggers' };
/** Conspiracy tropes: "<jews> run the media". */
const CONTROL = new Set(['run', 'runs', 'control', 'controls', 'own', 'owns', 'rule', 'rules']);
const CONTROLLED = new Set(['media', 'banks', 'world', 'government', 'hollywood', 'money', 'press', 'everything']);
const LINK = new Set(['are', 'r', 'should', 'must', 'need', 'deserve', 'be', 'all', "they're", 'theyre', 'were', 'belong']);
/**
 * Between the link and what the group is called, only words that keep it the predicate:
 * "are A SWARM OF rodents", "are HUMAN garbage", "are ALL CHILD abusers" — not "are FLEEING a plague".
 */
const PREDICATE_FILLERS = new Set([
  'a', 'an', 'the', 'all', 'just', 'nothing', 'but', 'like', 'such', 'total', 'complete', 'utter',
  'absolute', 'human', 'dirty', 'filthy', 'disgusting', 'worthless', 'little', 'bunch', 'pack', 'swarm',
  'horde', 'herd', 'load', 'lot', 'of', 'no', 'more', 'worse', 'than', 'basically', 'literally', 'simply',
  'really', 'truly', 'actually', 'still', 'always', 'mostly', 'being', 'be', 'child', 'serial', 'welfare',
  'benefit', 'born', 'natural', 'common', 'petty', 'fucking', 'bloody', 'f', 'damn', 'dam', 'very', 'so',
  'naturally', 'inherently', 'genetically', 'biologically', 'innately', 'every', 'one', 'them', 'nowt',
]);

/** After "every <member>", one person stands for the group: "every mexican ... WAS a thief". */
const LINK_OF_ONE = new Set(['is', 'was', "'s"]);
/** A member standing for the whole group: "EVERY mexican", "TYPICAL muslim". */
const WHOLE_BY_ONE = new Set(['every', 'each', 'any', 'typical']);
/** After an adjective group, the verb that makes it a noun: "disabled SHOULD ...", "chinese ARE ...". */
const GROUP_VERBS = new Set(['are', 'r', 'were', 'should', 'must', 'need', 'needs', 'deserve', 'all', 'always', 'belong']);
/**
 * After "the" and an adjective group, words that leave the adjective a noun: "the irish ARE",
 * "the disabled AND ...", "gas the jews" — not "the english KEEPER", "the chinese GOVERNMENT".
 */
const AFTER_THE_GROUP = new Set([
  'and', 'or', 'who', 'from', 'out', 'off', 'have', 'has', 'will', 'can', 'cant', "can't", 'never', 'just',
  'only', 'too', 'do', 'dont', "don't", 'get', 'got', 'here', 'there', 'now', 'again', 'lol',
]);
/** "<group> belong in a ZOO", "women belong in the KITCHEN". */
const CONFINED_TO = new Set([
  'zoo', 'zoos', 'cage', 'cages', 'jungle', 'jungles', 'trees', 'kitchen', 'kitchens', 'camp', 'camps',
  'ghetto', 'ghettos', 'gutter', 'sewer', 'sewers', 'chains', 'oven', 'ovens', 'gulag', 'kennel', 'kennels', 'barn',
]);
/** Someone else's label or treatment, not the writer's claim: "are CALLED invaders", "TREATED like animals". */
const LABELLED = new Set([
  'called', 'labelled', 'labeled', 'branded', 'dubbed', 'described', 'portrayed', 'depicted', 'painted',
  'treated', 'seen', 'viewed', 'regarded', 'considered', 'accused', 'smeared', 'stereotyped', 'demonised',
  'demonized', 'dehumanised', 'dehumanized', 'compared', 'likened', 'referred', 'framed',
]);
/** Words before a group that make the claim someone else's: "the nazis SAID jews were vermin". */
const REPORTERS = new Set([
  'said', 'says', 'claimed', 'claims', 'claiming', 'believed', 'believes', 'taught', 'preached', 'argued',
  'argues', 'wrote', 'writes', 'insisted', 'insists', 'propaganda', 'myth', 'lie', 'trope', 'narrative',
  'rhetoric', 'slogan', 'chanted', 'chanting', 'shouted', 'shouting', 'idea', 'notion', 'stereotype',
]);

const MENTION = new Set(['word', 'words', 'term', 'terms', 'slur', 'slurs', 'called', 'saying', 'say', 'said', 'use', 'using']);
/**
 * Slur-listed words inside a fixed expression that means something else, by the words
 * after them: "spic AND SPAN", "homo SAPIENS", "a fag END" (a cigarette end).
 */
const IDIOMS_AFTER: Record<string, readonly string[]> = {
  spic: ['and span', 'n span'],
  homo: ['sapiens', 'erectus', 'habilis', 'neanderthalensis', 'economicus', 'ludens', 'faber'],
  fag: ['end', 'ends', 'packet', 'break'],
};
/** ... or by the words before them: "a pack of FAGS", "twenty FAGS" (cigarettes). */
const IDIOMS_BEFORE: Record<string, ReadonlySet<string>> = {
  fags: new Set(['of', 'smoke', 'smoking', 'smoked', 'cheap', 'duty', 'twenty', '20', 'ten', '10', 'buy', 'bought']),
};
/** A slur-listed word describing a thing, not people: "SUBHUMAN conditions", "spastic COLON". */
const DESCRIBES_A_THING = new Set(['conditions', 'wages', 'treatment', 'housing', 'living', 'standards', 'squalor', 'colon', 'paralysis', 'palsy', 'diplegia']);

/** "kill all <group>", "gas the <group>", "wipe them out": a call for violence against a group. */
const HARM_VERBS = new Set([
  'kill', 'gas', 'exterminate', 'wipe', 'nuke', 'eradicate', 'sterilise', 'sterilize', 'cull', 'purge',
  'eliminate', 'lynch', 'slaughter', 'massacre', 'hang', 'shoot', 'burn', 'euthanise', 'euthanize',
]);
/** "deport all <muslims>", "ban the <poles> from ...": an exclusion for groups by birth or faith. */
const EXPEL_VERBS = new Set(['deport', 'expel', 'ban', 'banish']);
/** Between the verb and the group: "kill ALL THE ...", "wipe OUT every ...". */
const DETERMINERS = new Set(['all', 'the', 'every', 'those', 'these', 'them', 'em', 'out', 'of', 'off', 'last', 'one']);
/** Verbs that may open a call against a group: the above, and "send|kick|ship them back". */
export const CALL_VERBS: ReadonlySet<string> = new Set([...HARM_VERBS, ...EXPEL_VERBS, 'send', 'kick', 'ship']);

/** Telling a person or a group to go back where they came from: exclusion for who they are. */
export const GO_BACK = new PhraseSet<number>([
  ['go|get|run|crawl|swim|fly|piss_off|fuck_off|f_off|sod_off|bugger_off back where|to_where you|u|ya|they|yall came|come from', 1],
  ['go back|home to your|ur|their own country|countries|land|homeland', 1],
  ['go back|home to your|ur|their country|countries|homeland|shithole', 1],
  ['send them|em back where|to_where they came from', 1],
  // "send them all back on the next boat", "back where they crawled out from".
  ['send|ship them|em all back on_the_next|on_the_first|home|where|to_where|to_their', 1],
  ['go|get|crawl|send|ship back|them_back|em_back where|to_where they|you|u crawled|slithered|crept from|out_from|out_of', 1],
  ['send|ship them|em back where|to_where they|you|u crawled|slithered|crept from|out_from|out_of', 1],
  ['get|fuck|piss|clear out of my|our country', 1],
], WORD.identityFirst, WORD.identitySecond);
/** Before the order, words that make it someone's own plan or story: "I had TO get out of my country". */
const NOT_AN_ORDER = new Set([
  'to', 'i', 'we', 'he', 'she', 'it', 'who', 'had', 'could', 'would', 'managed', 'finally', 'never', 'will',
  "i'll", "i've", 'ive', "i'm", 'im', "can't", 'cant', "couldn't", 'couldnt', "didn't", 'didnt', 'can', 'want', 'wanted',
]);

interface GroupMention {
  kind: GroupKind;
  /** First and last token of the mention ("people like them": people .. them). */
  start: number;
  end: number;
  /** A name for the whole group ("islam"): "is" says it of all of them. */
  whole?: boolean;
}

/** The group named at token i, if any: "muslims", "disabled people", "the irish", "people like them". */
function groupAt(tokens: readonly Token[], i: number): GroupMention | undefined {
  const w = tokens[i].w;
  const prev = i > 0 && !tokens[i].brk ? tokens[i - 1].w : '';
  const next = i + 1 < tokens.length && !tokens[i + 1].brk ? tokens[i + 1].w : '';
  // "disabled PEOPLE", "asylum SEEKERS", "muslim WOMEN": the noun after speaks for the pair.
  if ((GROUP_NOUNS.has(next) || GROUP_PLURALS.has(next)) && (GROUP_QUALIFIERS.has(w) || GROUP_PLURALS.has(w))) return undefined;
  if (w === 'kind') return WHOSE_KIND.has(prev) && next !== 'of' ? { kind: 'vague', start: i - 1, end: i } : undefined;
  if (GROUP_NOUNS.has(w)) {
    const qualified = GROUP_QUALIFIERS.get(prev);
    if (qualified !== undefined) return { kind: qualified, start: i - 1, end: i };
    // "men like them", "people like that": people like someone, not the men or women as such.
    const whom = tokens[i + 2];
    if (next === 'like' && whom !== undefined && !whom.brk && LIKE_WHOM.has(whom.w)) return { kind: 'vague', start: i, end: i + 2 };
    if (next === 'like') return undefined;
    if ((w === 'people' || w === 'ppl' || w === 'folk' || w === 'folks') && POINTING_AT_PEOPLE.has(prev)) return { kind: 'vague', start: i - 1, end: i };
  }
  const plural = GROUP_PLURALS.get(w);
  if (plural !== undefined) return { kind: plural, start: i, end: i };
  if (FAITH_NAMES.has(w)) return { kind: 'inherent', start: i, end: i, whole: true };
  const adjective = ADJECTIVE_GROUPS.get(w);
  if (adjective !== undefined && (GROUP_VERBS.has(next) || (prev === 'the' && (next === '' || AFTER_THE_GROUP.has(next))))) {
    return { kind: adjective, start: i, end: i };
  }
  const member = GROUP_MEMBERS.get(w);
  if (member !== undefined && WHOLE_BY_ONE.has(prev)) return { kind: member, start: i - 1, end: i };
  // "every last mexican"
  if (member !== undefined && prev === 'last' && i > 1 && tokens[i - 2].w === 'every' && !tokens[i - 1].brk) return { kind: member, start: i - 2, end: i };
  return undefined;
}

/** "not all muslims are ...", "no women are ...", "some refugees": the sentence denies or limits the generalisation. */
function negatedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1].brk; k--) {
    const w = tokens[k].w;
    if (NEGATIONS.has(w) || w === 'some' || w === 'few') return true;
  }
  return false;
}

/** "the nazis SAID jews were vermin": the claim before the group is someone else's. */
function reportedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10 && !tokens[k + 1].brk; k--) {
    if (REPORTERS.has(tokens[k].w)) return k === 0 || tokens[k - 1].w !== 'i' || tokens[k].brk;
  }
  return false;
}

/** "I HOPE all <group> die": a wish made before the group is named. */
function hopedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1].brk; k--) if (HOPES.has(tokens[k].w)) return true;
  return false;
}

function push(input: CheckInput, out: Finding[], rule: RuleId, weight: number, from: number, to: number, what: string): void {
  const span = tokenSpan(input, from, to);
  out.push({ rule, category: 'identity', weight, spans: [span], detail: `${what}: "${typed(input.comment.text, span)}"` });
}

/**
 * What follows the group mention within the clause: one description ("are vermin", "are all
 * thieves", "are disgusting") and one call to act on it ("should be wiped out", "shouldn't be
 * allowed near children", "belong in a zoo"), each at most once.
 */
function describeGroup(input: CheckInput, out: Finding[], group: GroupMention): void {
  const { tokens } = input;
  const { kind, start } = group;
  const vague = kind === 'vague';
  const first = tokens[start].w;
  // "ALL mexicans are ...", "islam is ...": said of every one of them.
  const before = start > 0 && !tokens[start].brk ? tokens[start - 1].w : '';
  let general = first === 'every' || first === 'each' || first === 'any' || first === 'all' || before === 'all' || group.whole === true;
  let nature = false;
  let wished = hopedBefore(tokens, start);
  let described = false;
  // The last link seen: what the group is called must follow it directly (see followsLink).
  let link = -1;
  for (let k = group.end + 1; k < tokens.length && k <= group.end + 8; k++) {
    if (tokens[k].brk) break;
    const w = tokens[k].w;
    const next = tokens[k + 1] !== undefined && !tokens[k + 1].brk ? tokens[k + 1].w : '';
    // "<muslims> can't (or can never) be trusted": a verdict on every member, read before "never"
    // would end the reading as a negation.
    if (!vague && kind === 'inherent' && UNTRUSTED.has(w) && untrusted(tokens, k + 1)) {
      push(input, out, 'identity.generalising', 1, start, next === 'never' ? k + 4 : k + 3, 'Pins a trait on a whole group');
      described = true;
      continue;
    }
    if (NEGATIONS.has(w) || w === 'some' || LABELLED.has(w)) return;
    if (LINK.has(w) || (general && LINK_OF_ONE.has(w))) link = k;
    if (!vague && !described && kind === 'inherent' && link >= 0 && w === 'same' && tokens[k - 1]?.w === 'the' && tokens[k - 2]?.w === 'all') {
      push(input, out, 'identity.generalising', 0.6, start, k + 1, 'Says a whole group is all the same');
      described = true;
      continue;
    }
    if (w === 'all' || w === 'always') general = true;
    if (NATURE.has(w)) nature = true;
    if (WISHES.has(w)) wished = true;
    const particle = REMOVAL_PARTICLE[w];
    const removal = REMOVAL.has(w) && (particle === undefined || particle.has(next));
    // A call ("should be wiped out"), not a report ("were gassed in 1942").
    if (removal && wished && (w !== 'rounded' || kind === 'inherent')) {
      const to = particle === undefined ? k + 1 : k + 2;
      if (vague) return push(input, out, 'identity.removal.vague-group', 1, start, to, 'Calls for harm to a vaguely named group');
      return push(input, out, 'identity.removal', 1.2, start, to, 'Calls for harm to a group');
    }
    if (vague) {
      if (!described && DEHUMANISING.has(w) && followsLink(tokens, link, k)) {
        push(input, out, 'identity.dehumanising.vague-group', 0.6, start, k + 1, 'Dehumanises a vaguely named group');
        described = true;
      }
      continue;
    }
    // "should be kicked out", "belong in a zoo": where the group is to be kept.
    if (wished && kind === 'inherent' && EXPELLED.has(w)) return push(input, out, 'identity.exclusion', 1, start, k + 1, 'Wants a group thrown out');
    if ((w === 'belong' || w === 'belongs') && (next === 'in' || next === 'on')) {
      const place = confinedAt(tokens, k + 2);
      if (place > 0) return push(input, out, 'identity.exclusion.belongs-in', 1, start, place + 1, 'Says where a group belongs');
    }
    // "<group> shouldn't be allowed to vote": keeping people out for who they are.
    if ((w === "shouldn't" || w === 'shouldnt' || (w === 'should' && (next === 'not' || next === 'never'))) && kind === 'inherent') {
      const at = tokens.findIndex((t, x) => x > k && x <= k + 4 && (t.w === 'allowed' || t.w === 'permitted'));
      if (at > 0) return push(input, out, 'identity.exclusion', 1, start, at + 1, 'Wants a group kept out');
    }
    if (described) continue;
    // "<group> are too emotional to lead"
    if (link >= 0 && w === 'too' && UNFIT.has(next) && (tokens[k + 2]?.w === 'to' || tokens[k + 2]?.w === 'for')) {
      const verb = tokens[k + 3] !== undefined && !tokens[k + 3].brk ? k + 4 : k + 3;
      push(input, out, 'identity.generalising.unfit', 1, start, verb, 'Declares a whole group unfit');
      described = true;
      continue;
    }
    if (kind === 'inherent' && TRAITS.has(w) && followsLink(tokens, link, k)) {
      const whole = nature || general;
      push(input, out, whole ? 'identity.generalising' : 'identity.demeaning', whole ? 1 : 0.7, start, k + 1, 'Pins a trait on a whole group');
      described = true;
      continue;
    }
    // "<jews> run the media"
    if (k === group.end + 1 && CONTROL.has(w) && kind === 'inherent') {
      const target = tokens[k + 2]?.w === undefined ? '' : next === 'the' ? tokens[k + 2].w : next;
      if (CONTROLLED.has(target)) return push(input, out, 'identity.trope', 1.2, start, Math.min(tokens.length, k + 3), 'Repeats a conspiracy trope about a group');
    }
    const pair = PAIRS[w] !== undefined && next === PAIRS[w];
    const byNature = BY_NATURE.has(w) || pair || (general && VICE_OF_ONE.has(w));
    // "<gays> are disgusting FREAKS", "<women> are VILE": an insult of the insult lexicon said of a group by birth.
    const insulting = kind === 'inherent' && (input.hits[k]?.entry.insult ?? 0) >= 1 && input.hits[k]!.entry.kind !== 'name';
    if (!(DEMEANING.has(w) || byNature || DEHUMANISING.has(w) || insulting) || !followsLink(tokens, link, k)) continue;
    const to = pair ? k + 2 : k + 1;
    // "<women> are INFERIOR", "<gays> are DISGUSTING": contempt for who people are is an attack by
    // itself; "stupid" about a status group stays weak.
    // "men are disgusting AT keeping a bathroom clean": a habit judged, not what they are.
    // Not "disgusting AND sick": a second contemptuous word joined on says it again.
    const joinedOn = tokens[to]?.w === 'and' && contemptuous(input, to + 1);
    const judgedAt = JUDGED_AT.has(tokens[to]?.w ?? '') && !tokens[to].brk && !joinedOn;
    if (DEMEANING.has(w) || (insulting && !byNature && !DEHUMANISING.has(w))) {
      const outright = kind === 'inherent' && !judgedAt && (CONTEMPT_OF_NATURE.has(w) || general);
      push(input, out, 'identity.demeaning', outright ? 1.2 : judgedAt ? 0.6 : general || insulting ? 0.9 : 0.7, start, to, 'Demeans a group');
    }
    else if (byNature) push(input, out, 'identity.generalising', 1, start, to, 'Pins a vice on a whole group');
    else push(input, out, 'identity.dehumanising', 1.2, start, to, 'Dehumanises a group');
    described = true;
  }
  const after = tokens[group.end + 1];
  // "Foreigners out." as a slogan.
  if (!described && !vague && after && after.w === 'out' && !after.brk && (group.end + 2 >= tokens.length || tokens[group.end + 2].brk)) {
    push(input, out, 'identity.removal', 1, start, group.end + 2, 'Wants a group gone');
  }
}

const UNTRUSTED = new Set(["can't", 'cant', 'cannot', 'never', "shouldn't", 'shouldnt']);

/** "(never) be trusted" from token k. */
function untrusted(tokens: readonly Token[], k: number): boolean {
  const at = (x: number): string => (tokens[x] !== undefined && !tokens[x].brk ? tokens[x].w : '');
  if (at(k) === 'never') k++;
  return at(k) === 'be' && at(k + 1) === 'trusted';
}

/** A word of contempt at token k: demeaning, dehumanising, or a strong insult. */
function contemptuous(input: CheckInput, k: number): boolean {
  const t = input.tokens[k];
  if (t === undefined || t.brk) return false;
  return DEMEANING.has(t.w) || CONTEMPT_OF_NATURE.has(t.w) || DEHUMANISING.has(t.w) || (input.hits[k]?.entry.insult ?? 0) >= 1;
}

/**
 * Whether token k is what the link at token `link` calls the group: only fillers between
 * them, or a first description joined to it ("are selfish AND stupid").
 */
function followsLink(tokens: readonly Token[], link: number, k: number): boolean {
  if (link < 0) return false;
  for (let x = link + 1; x < k; x++) {
    const joined = tokens[x].w === 'and' || tokens[x].w === 'or' || tokens[x + 1].w === 'and' || tokens[x + 1].w === 'or';
    if (!PREDICATE_FILLERS.has(tokens[x].w) && !joined) return false;
  }
  return true;
}

/** The token of a place a group is confined to at k ("a zoo", "the kitchen", "cages"), or -1. */
function confinedAt(tokens: readonly Token[], k: number): number {
  for (let x = k; x < tokens.length && x <= k + 2 && !tokens[x].brk; x++) {
    if (CONFINED_TO.has(tokens[x].w)) return x;
    if (x > k || !(tokens[x].w === 'a' || tokens[x].w === 'the' || tokens[x].w === 'their')) break;
  }
  return -1;
}

/**
 * "kill all <group>", "gas the <group>", "deport every <muslim>", or after a group named
 * earlier, "wipe them out", "send them all back". Returns whether it reported anything.
 */
function callAgainstGroup(input: CheckInput, out: Finding[], v: number, earlier: GroupKind | undefined): boolean {
  const { tokens } = input;
  const verb = tokens[v].w;
  const harm = HARM_VERBS.has(verb);
  if (v > 0 && !tokens[v].brk && NEGATIONS.has(tokens[v - 1].w)) return false;
  if (toldTo(tokens, v) || isReported(input, v, v + 1)) return false;
  // "send them all back", "kick them out": after a group named for who they are ("send
  // illegals back" is a policy opinion, like "deport").
  if (!harm && earlier === 'inherent' && tokens[v + 1] !== undefined && (tokens[v + 1].w === 'them' || tokens[v + 1].w === 'em')) {
    const b = tokens[v + 2]?.w;
    const c = tokens[v + 3]?.w;
    if ((b === 'all' || b === 'back' || b === 'home' || b === 'out') && (b !== 'all' || c === 'back' || c === 'home' || c === 'out' || verb === 'deport')) {
      push(input, out, 'identity.removal', 1, v, Math.min(tokens.length, v + (b === 'all' && c !== undefined && verb !== 'deport' ? 4 : 3)), 'Wants a group gone');
      return true;
    }
  }
  for (let k = v + 1; k < tokens.length && k <= v + 4 && !tokens[k].brk; k++) {
    const w = tokens[k].w;
    if ((w === 'them' || w === 'em') && harm && earlier !== undefined) {
      push(input, out, 'identity.removal.call', 1.2, v, k + 1, 'Calls for violence against a group');
      return true;
    }
    const group = (tokens[k].f & WORD.group) !== 0 ? groupAt(tokens, k) : undefined;
    if (group !== undefined && group.kind !== 'vague') {
      if (harm) push(input, out, 'identity.removal.call', 1.2, v, group.end + 1, 'Calls for violence against a group');
      else if (group.kind === 'inherent') push(input, out, 'identity.exclusion', 1, v, group.end + 1, 'Wants a group thrown out');
      return harm || group.kind === 'inherent';
    }
    if (!DETERMINERS.has(w) && !(GROUP_QUALIFIERS.has(w) && k + 1 < tokens.length)) return false;
  }
  return false;
}

/** "go back where you came from", "get out of our country": exclusion aimed at a person or a group. */
function goBack(input: CheckInput, out: Finding[], limit: number): void {
  const { tokens } = input;
  for (const hit of strongestDisjoint(GO_BACK.matchAll(tokens), (weight) => weight)) {
    if (out.length >= limit) return;
    const before = hit.start > 0 && !tokens[hit.start].brk ? tokens[hit.start - 1].w : '';
    if (NOT_AN_ORDER.has(before) || NEGATIONS.has(before) || isReported(input, hit.start, hit.end)) continue;
    push(input, out, 'identity.exclusion.go-back', hit.data, hit.start, hit.end, 'Tells someone to go back where they came from');
  }
}

/** Whether one of `idioms` (words after token i) follows it in the same clause. */
function idiomAfter(tokens: readonly Token[], i: number, idioms: readonly string[] | undefined): boolean {
  if (idioms === undefined) return false;
  return idioms.some((idiom) => idiom.split(' ').every((word, k) => tokens[i + 1 + k] !== undefined && !tokens[i + 1 + k].brk && tokens[i + 1 + k].w === word));
}

function maskedFromOneLetter(word: string): boolean {
  if (!word.includes('*')) return false;
  let letters = 0;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== 42) letters++;
  return letters < 2;
}

function slur(input: CheckInput, out: Finding[], i: number): void {
  const { tokens, hits, comment } = input;
  const hit = hits[i];
  if (hit === undefined) return;
  const next = tokens[i + 1] !== undefined && !tokens[i + 1].brk ? tokens[i + 1].w : '';
  const before = i > 0 && !tokens[i].brk ? tokens[i - 1].w : '';
  if (DESCRIBES_A_THING.has(next) || IDIOMS_BEFORE[hit.term]?.has(before) || idiomAfter(tokens, i, IDIOMS_AFTER[hit.term])) return;
  // "what the f**": one typed letter reads as any masked word, most often not the slur.
  if (maskedFromOneLetter(tokens[i].w)) return;
  const mentioned = tokens[i].quoted || (i > 0 && MENTION.has(tokens[i - 1].w));
  const span = hitSpan(input, i);
  out.push({
    rule: mentioned ? 'identity.slur-mention' : 'identity.slur',
    category: 'identity',
    weight: mentioned ? Math.round(hit.entry.slur * 30) / 100 : hit.entry.slur,
    spans: [span],
    detail: mentioned ? `Mentions the slur "${typed(comment.text, span)}"` : `Uses the slur "${typed(comment.text, span)}"`,
  });
}

export const identityCheck: Check = (input, out) => {
  const { tokens, hits } = input;
  const limit = out.length + MAX_SIGNALS;
  // The kind of the last group named so far, for "... wipe them out".
  let earlier: GroupKind | undefined;
  // A group mention covers its tokens: "people like them" is read once, from "people".
  let coveredTo = -1;
  for (let i = 0; i < tokens.length && out.length < limit; i++) {
    const hit = hits[i];
    if (hit !== undefined && hit.entry.slur > 0) slur(input, out, i);
    const f = tokens[i].f;
    if ((f & WORD.identityFirst) !== 0 && CALL_VERBS.has(tokens[i].w)) {
      if (callAgainstGroup(input, out, i, earlier)) {
        coveredTo = i + 4;
        continue;
      }
    }
    if ((f & WORD.group) === 0 || i <= coveredTo) continue;
    const group = groupAt(tokens, i);
    if (group === undefined) {
      // "POLISH builders ..., send them all back": people named by birth, for what follows.
      if (GROUP_QUALIFIERS.get(tokens[i].w) === 'inherent' && i + 1 < tokens.length && !tokens[i + 1].brk && tokens[i + 1].w.endsWith('s')) earlier = 'inherent';
      continue;
    }
    coveredTo = group.end;
    earlier = earlier === 'inherent' ? earlier : group.kind;
    if (negatedBefore(tokens, group.start) || reportedBefore(tokens, group.start) || isReported(input, group.start, group.end + 1)) continue;
    // "typical muslim, ..." sums up a person by their group.
    const before = group.start > 0 && !tokens[group.start].brk ? tokens[group.start - 1].w : '';
    const typical = tokens[group.start].w === 'typical' || before === 'typical';
    if (typical && group.kind === 'inherent') {
      const from = tokens[group.start].w === 'typical' ? group.start : group.start - 1;
      const always = tokens.slice(group.end + 1, group.end + 4).some((t) => t.w === 'always' || t.w === 'all');
      push(input, out, 'identity.demeaning', 0.8 + (always ? 0.2 : 0), from, group.end + 1, 'Sums someone up by their group');
      continue;
    }
    const found = out.length;
    describeGroup(input, out, group);
    // A group named inside what was just said of another ("lesbians just hate MEN and need
    // fixing") is part of that statement, not a second one.
    if (out.length > found) coveredTo = Math.max(coveredTo, group.end + 8);
  }
  goBack(input, out, limit);
};
