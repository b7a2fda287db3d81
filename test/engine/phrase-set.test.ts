import { expect, it } from 'vitest';
import { PhraseSet } from '../../shared/engine/lexicon/phrase-set.ts';
import { tokenise } from '../../shared/engine/tokens.ts';

// Built-in phrase lists may join words with `_` inside an alternative, so alternatives of
// different lengths share one entry; `add` (site word lists) takes words literally.

const matched = (set: PhraseSet<string>, text: string) => set.matchAll(tokenise(text)).map((hit) => `${hit.data}@${hit.start}-${hit.end}`);

it('spells a `_`-joined alternative out as words of its own, beside the single-word ones', () => {
  const set = new PhraseSet([['leave|go_home in a box|body_bag', 'fate']]);

  expect(matched(set, 'you will leave in a box')).toEqual(['fate@2-6']);
  expect(matched(set, 'you will go home in a body bag')).toEqual(['fate@2-8']);
  expect(matched(set, 'you will go in a box')).toEqual([]);
  expect(matched(set, 'leave in a body')).toEqual([]);
});

it('takes a phrase added later word for word', () => {
  const set = new PhraseSet<string>();
  set.add('same_day', 'literal');

  expect(matched(set, 'same day')).toEqual([]);
});
