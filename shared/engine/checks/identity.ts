// Identity attacks: slurs, and groups described as vermin, as criminals by nature, as people
// to be removed or kept out ("<group> are animals", "all <group> should be killed", "<group>
// shouldn't be allowed to vote", "<group> out"). A slur that is quoted or named as a word
// ("the word 'x'") counts for little: it is being discussed. A harsh opinion about a policy
// ("illegals should be deported") is not an attack on who people are.

import type { Check, CheckInput, Finding } from './check.ts';
import { MAX_SIGNALS, hitSpan, tokenSpan, typed } from './check.ts';
import type { Token } from '../tokens.ts';
import { NEGATIONS } from '../lexicon/address.ts';
import { WORD, markAll } from '../lexicon/vocabulary.ts';

/** Groups people belong to by birth, faith, sex, sexuality, disability or age. */
const INHERENT = new Set([
  'muslims', 'moslems', 'muslim', 'jews', 'jew', 'blacks', 'whites', 'gays', 'homosexuals', 'lesbians',
  'transgenders', 'trans', 'women', 'woman', 'females', 'mexicans', 'arabs', 'asians', 'chinese',
  'africans', 'indians', 'hispanics', 'latinos', 'christians', 'catholics', 'hindus', 'sikhs', 'gypsies',
  'roma', 'negroes', 'pakistanis', 'somalis', 'syrians', 'palestinians', 'israelis', 'atheists',
  'queers', 'disabled', 'elderly', 'travellers', 'mexican', 'arab', 'gay', 'hindu', 'sikh', 'gypsy',
]);
/** Groups defined by where people come from or their status. */
const STATUS = new Set(['immigrants', 'migrants', 'refugees', 'foreigners', 'illegals', 'asylum', 'seekers']);
/** "old PEOPLE", "trans FOLK", "black MEN": a qualifier makes the noun a group. */
const GROUP_NOUNS = new Set(['people', 'folk', 'folks', 'men', 'women', 'persons', 'kids']);
const QUALIFIERS = new Set([
  'old', 'elderly', 'disabled', 'trans', 'gay', 'black', 'white', 'brown', 'jewish', 'muslim', 'asian',
  'mexican', 'arab', 'foreign', 'autistic', 'deaf', 'blind', 'fat', 'poor', 'chinese', 'indian', 'african',
]);
markAll(INHERENT, WORD.group);
markAll(STATUS, WORD.group);
markAll(GROUP_NOUNS, WORD.group);

const DEHUMANISING = new Set([
  'animals', 'vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'subhuman', 'subhumans',
  'savages', 'scum', 'filth', 'disease', 'cancer', 'plague', 'pigs', 'dogs', 'apes', 'monkeys',
  'insects', 'trash', 'garbage', 'barbarians', 'beasts', 'mongrels', 'leeches', 'infestation',
]);
/** Crimes or burdens pinned on a whole group: "<group> are all thieves", "... a drain on us". */
const BY_NATURE = new Set([
  'thieves', 'criminals', 'rapists', 'terrorists', 'paedophiles', 'pedophiles', 'murderers', 'crooks',
  'scroungers', 'freeloaders', 'drain', 'burden', 'invaders', 'perverts', 'predators', 'groomers',
]);
/** Insulting but not dehumanising: a signal to review together with others, not alone. */
const DEMEANING = new Set(['inferior', 'primitive', 'degenerates', 'retarded', 'stupid', 'dirty', 'filthy', 'evil', 'disgusting']);
// Violence only: "should be deported" or "banned" is a policy opinion, however harsh.
const REMOVAL = new Set([
  'exterminated', 'gassed', 'wiped', 'eradicated', 'killed', 'shot', 'hanged', 'sterilized',
  'sterilised', 'burned', 'lynched', 'die', 'exterminate', 'gas', 'kill', 'slaughtered', 'nuked',
]);
/**
 * Thrown out of the country for who they are: an exclusion for groups by birth or faith
 * ("muslims should be kicked out"); for groups by status ("illegals should be deported")
 * it stays a policy opinion.
 */
const EXPELLED = new Set(['kicked', 'thrown', 'driven', 'chased', 'booted', 'expelled', 'deported', 'banished']);
/** A call for it ("should be kicked out"), as against a report ("were thrown out in 1600"). */
const WISHES = new Set(['should', 'must', 'need', 'needs', 'ought', 'deserve', 'deserves', 'gotta']);
/** Traits pinned on a group as nature: "<group> are naturally more violent". */
const NATURE = new Set(['naturally', 'inherently', 'genetically', 'biologically', 'innately']);
const TRAITS = new Set(['violent', 'criminal', 'lazy', 'dangerous', 'dishonest', 'aggressive', 'greedy', 'dumb', 'savage', 'untrustworthy', 'deceitful']);
/** Two-word descriptions that work like the sets above: "mentally ill", "dead weight". */
const PAIRS: Record<string, string> = { mentally: 'ill', dead: 'weight', second: 'class' };
/** Conspiracy tropes: "<jews> run the media". */
const CONTROL = new Set(['run', 'runs', 'control', 'controls', 'own', 'owns', 'rule', 'rules']);
const CONTROLLED = new Set(['media', 'banks', 'world', 'government', 'hollywood', 'money', 'press', 'everything']);
const LINK = new Set(['are', 'r', 'should', 'must', 'need', 'deserve', 'be', 'all', "they're", 'theyre', 'were']);

const MENTION = new Set(['word', 'words', 'term', 'terms', 'slur', 'slurs', 'called', 'saying', 'say', 'said', 'use', 'using']);

/** Whether token i names a group, and which kind. */
function groupAt(tokens: readonly Token[], i: number): 'inherent' | 'status' | undefined {
  if ((tokens[i].f & WORD.group) === 0) return undefined;
  const w = tokens[i].w;
  if (GROUP_NOUNS.has(w)) {
    if (i === 0 || tokens[i].brk || !QUALIFIERS.has(tokens[i - 1].w)) return w === 'women' ? 'inherent' : undefined;
    return 'inherent';
  }
  return INHERENT.has(w) ? 'inherent' : 'status';
}

/** "not all muslims are ...", "no women are ...": the sentence denies the generalisation. */
function negatedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1].brk; k--) if (NEGATIONS.has(tokens[k].w) || tokens[k].w === 'some') return true;
  return false;
}

function push(input: CheckInput, out: Finding[], rule: string, weight: number, from: number, to: number, what: string): void {
  const span = tokenSpan(input, from, to);
  out.push({ rule, category: 'identity', weight, spans: [span], detail: `${what}: "${typed(input.comment.text, span)}"` });
}

/**
 * What follows group token i within the clause: at most one finding, except that a group
 * demeaned and then also excluded or attacked ("... are disgusting and shouldn't be allowed
 * near children") gets both.
 */
function describeGroup(input: CheckInput, out: Finding[], i: number, kind: 'inherent' | 'status'): void {
  const { tokens } = input;
  let linked = false;
  let general = false;
  let demeaned = false;
  let nature = false;
  let wished = false;
  for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
    if (tokens[k].brk) break;
    const w = tokens[k].w;
    if (NEGATIONS.has(w) || w === 'some') return;
    if (LINK.has(w)) linked = true;
    if (w === 'all' || w === 'always') general = true;
    if (NATURE.has(w)) nature = true;
    if (WISHES.has(w)) wished = true;
    // A call ("should be kicked out"), not a report ("were thrown out in 1600").
    if (wished && kind === 'inherent' && EXPELLED.has(w)) return push(input, out, 'identity.exclusion', 1, i, k + 1, 'Wants a group thrown out');
    if (linked && kind === 'inherent' && TRAITS.has(w)) {
      return push(input, out, nature || general ? 'identity.generalising' : 'identity.demeaning', nature || general ? 1 : 0.7, i, k + 1, 'Pins a trait on a whole group');
    }
    // "<group> shouldn't be allowed to vote": keeping people out for who they are.
    if ((w === "shouldn't" || w === 'shouldnt' || (w === 'should' && (tokens[k + 1]?.w === 'not' || tokens[k + 1]?.w === 'never'))) && kind === 'inherent') {
      const at = tokens.findIndex((t, x) => x > k && x <= k + 4 && (t.w === 'allowed' || t.w === 'permitted'));
      if (at > 0) return push(input, out, 'identity.exclusion', 1, i, at + 1, 'Wants a group kept out');
    }
    // "<jews> run the media"
    if (k === i + 1 && CONTROL.has(w) && kind === 'inherent') {
      const target = tokens[k + 2]?.w === undefined ? '' : tokens[k + 1].w === 'the' ? tokens[k + 2].w : tokens[k + 1].w;
      if (CONTROLLED.has(target)) return push(input, out, 'identity.trope', 1.2, i, Math.min(tokens.length, k + 3), 'Repeats a conspiracy trope about a group');
    }
    const removal = REMOVAL.has(w);
    const demeaning = DEMEANING.has(w);
    const byNature = BY_NATURE.has(w) || (PAIRS[w] !== undefined && tokens[k + 1]?.w === PAIRS[w]);
    if (!removal && !demeaning && !byNature && !DEHUMANISING.has(w)) continue;
    if (!linked) return;
    const to = PAIRS[w] !== undefined ? k + 2 : k + 1;
    if (removal) return push(input, out, 'identity.removal', 1.2, i, to, 'Calls for harm to a group');
    if (demeaning) {
      if (!demeaned) push(input, out, 'identity.demeaning', general ? 0.9 : 0.7, i, to, 'Demeans a group');
      demeaned = true;
      continue;
    }
    if (byNature) return push(input, out, 'identity.generalising', 1, i, to, 'Pins a vice on a whole group');
    return push(input, out, 'identity.dehumanising', 1.2, i, to, 'Dehumanises a group');
  }
  const next = tokens[i + 1];
  // "Foreigners out." as a slogan.
  if (next && next.w === 'out' && !next.brk && (i + 2 >= tokens.length || tokens[i + 2].brk)) {
    push(input, out, 'identity.removal', 1, i, i + 2, 'Wants a group gone');
  }
}

export const identityCheck: Check = (input, out) => {
  const { tokens, hits, comment } = input;
  const limit = out.length + MAX_SIGNALS;
  let groupSeen = -1;
  for (let i = 0; i < tokens.length && out.length < limit; i++) {
    const hit = hits[i];
    if (hit && hit.entry.slur > 0) {
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
    // "<muslims> ... send them all back": only after a group named for who they are ("send
    // illegals back" is a policy opinion, like "deport").
    const w = tokens[i].w;
    if (groupSeen >= 0 && (w === 'send' || w === 'deport' || w === 'kick' || w === 'ship') && i + 2 < tokens.length) {
      const a = tokens[i + 1].w;
      const b = tokens[i + 2].w;
      const c = tokens[i + 3]?.w;
      if ((a === 'them' || a === 'em') && (b === 'all' || b === 'back' || b === 'home') && (b !== 'all' || c === 'back' || c === 'home' || c === 'out' || w === 'deport')) {
        push(input, out, 'identity.removal', 1, i, Math.min(tokens.length, i + (b === 'all' && c !== undefined && w !== 'deport' ? 4 : 3)), 'Wants a group gone');
        continue;
      }
    }
    if ((tokens[i].f & WORD.group) === 0) continue;
    const kind = groupAt(tokens, i);
    if (kind === undefined) continue;
    // "disabled PEOPLE": the noun speaks for the pair.
    if (i + 1 < tokens.length && GROUP_NOUNS.has(tokens[i + 1].w) && !tokens[i + 1].brk) continue;
    if (kind === 'inherent') groupSeen = i;
    if (negatedBefore(tokens, i)) continue;
    // "typical muslim, ..." sums up a person by their group.
    if (i > 0 && tokens[i - 1].w === 'typical' && kind === 'inherent' && !tokens[i].brk) {
      push(input, out, 'identity.demeaning', 0.8 + (tokens.slice(i + 1, i + 4).some((t) => t.w === 'always' || t.w === 'all') ? 0.2 : 0), i - 1, i + 1, 'Sums someone up by their group');
      continue;
    }
    describeGroup(input, out, i, kind);
  }
};
