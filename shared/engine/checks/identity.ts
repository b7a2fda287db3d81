// Identity attacks: slurs, and groups described as vermin or as people to be removed
// ("<group> are animals", "all <group> should be deported"). A slur that is quoted or
// named as a word ("the word 'x'") counts for little: it is being discussed.

import type { Check } from './check.ts';
import { hitSpan, tokenSpan, typed } from './check.ts';
import { NEGATIONS } from '../lexicon/address.ts';
import { WORD, markAll } from '../lexicon/vocabulary.ts';

const GROUPS = new Set([
  'muslims', 'moslems', 'muslim', 'jews', 'jew', 'blacks', 'whites', 'gays', 'homosexuals', 'lesbians',
  'transgenders', 'trans', 'women', 'females', 'immigrants', 'migrants', 'refugees', 'mexicans', 'arabs',
  'asians', 'chinese', 'africans', 'indians', 'hispanics', 'latinos', 'christians', 'catholics', 'hindus',
  'sikhs', 'gypsies', 'roma', 'foreigners', 'illegals', 'negroes', 'africans', 'pakistanis', 'somalis',
  'syrians', 'palestinians', 'israelis', 'atheists', 'queers', 'blacks',
]);
const DEHUMANISING = new Set([
  'animals', 'vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'subhuman', 'subhumans',
  'savages', 'scum', 'filth', 'disease', 'cancer', 'plague', 'inferior', 'pigs', 'dogs', 'apes',
  'monkeys', 'insects', 'trash', 'garbage', 'barbarians', 'beasts', 'mongrels', 'leeches',
  'infestation', 'primitive', 'degenerates', 'retarded', 'stupid', 'dirty', 'filthy', 'evil',
]);
const REMOVAL = new Set([
  'exterminated', 'gassed', 'wiped', 'eradicated', 'eliminated', 'killed', 'shot', 'hanged',
  'deported', 'sterilized', 'sterilised', 'burned', 'lynched', 'die', 'exterminate', 'gas', 'kill',
  'banned', 'expelled', 'removed', 'locked',
]);
markAll(GROUPS, WORD.group);

const MENTION = new Set(['word', 'words', 'term', 'terms', 'slur', 'slurs', 'called', 'saying', 'say', 'said', 'use', 'using']);

export const identityCheck: Check = (input, out) => {
  const { tokens, hits, comment } = input;
  for (let i = 0; i < tokens.length; i++) {
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
    if ((tokens[i].f & WORD.group) === 0) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
      if (tokens[k].brk || NEGATIONS.has(tokens[k].w)) break;
      const w = tokens[k].w;
      const removal = REMOVAL.has(w);
      if (!removal && !DEHUMANISING.has(w)) continue;
      // "muslims are animals" needs a link verb; "<group> should be deported" a wish.
      const link = tokens.slice(i + 1, k).some((t) => ['are', 'r', 'should', 'must', 'need', 'deserve', 'be', 'all'].includes(t.w));
      if (!link) break;
      const span = tokenSpan(input, i, k + 1);
      out.push({
        rule: removal ? 'identity.removal' : 'identity.dehumanising',
        category: 'identity',
        weight: 1.2,
        spans: [span],
        detail: `${removal ? 'Calls for harm to' : 'Dehumanises'} a group: "${typed(comment.text, span)}"`,
      });
      break;
    }
  }
};
