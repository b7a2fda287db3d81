// Small synthetic sites for the learned-model tests, written for these tests: a garden blog
// whose spam (a miracle-crystal pitch) no built-in rule knows, and a gaming site whose
// readers trash-talk in words the threat rules catch. Each comment is a template filled in
// every combination, so a test can take as many as it needs, in a fixed order.

import {
  DEFAULT_POLICY,
  EMPTY_CONTEXT,
  evaluate,
  inspect,
  type CommentInput,
  type Decision,
} from '../../shared/engine/index.ts';
import { parseModel, TrainingSet, train, type LearnedModel, type ModelDocument, type TrainingRun } from '../../shared/learn/index.ts';

export interface Labelled {
  text: string;
  label: string;
}

function combine(label: string, ...parts: string[][]): Labelled[] {
  let texts = [''];
  for (const options of parts) texts = texts.flatMap((t) => options.map((o) => t + o));
  return texts.map((text) => ({ text, label }));
}

/** Interleaves lists (a, b, c, a, b, c, ...) so that any prefix holds some of each. */
export function interleave<T>(...lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i++) for (const list of lists) if (i < list.length) out.push(list[i]);
  return out;
}

export const GARDEN_OK = combine(
  'ok',
  ['The tomatoes ', 'My roses ', 'The new compost bin ', 'Our apple tree ', 'The raised beds ', 'That mulch tip '],
  ['worked well this spring.', 'looked lovely after the rain.', 'needed more sun than I expected.', 'survived the frost somehow.'],
  ['', ' Thanks for the guide.', ' Will try again next season.'],
);

export const CRYSTAL_SPAM = combine(
  'spam',
  ['Zorblax crystals ', 'The zorblax healing stones ', 'A zorblax crystal '],
  ['fixed my back pain in a week.', 'cleared my skin overnight.', 'doubled my energy.', 'cured my aunt completely.'],
  ['', ' Ask me about zorblax.', ' Zorblax is the answer.'],
);

export const GAMING_OK = [
  ...combine('ok', ['gg, ', 'nice try, ', 'lol ', 'rematch tonight, ', 'good game, '], ['I will kill you next round', 'I will kill you in the next match', 'I am going to kill you next game']),
  ...combine(
    'ok',
    ['The new map ', 'That patch ', 'The ranked season ', 'The spawn change ', 'This loadout '],
    ['is so much fun.', 'fixed the lag for me.', 'feels balanced now.', 'made the raids faster.'],
  ),
];

export const GAMING_ABUSE = combine(
  'insult',
  ['You are a pathetic idiot', 'You worthless moron', 'You are a disgusting loser', 'Shut up, you clown', 'You are a brainless fool'],
  ['.', ', nobody wants you here.', ', get lost.', ', go away.', ', log off.', '!'],
);

export const AT = Date.UTC(2026, 0, 15, 12, 0, 0);

export function comment(text: string, n = 0): CommentInput {
  return { id: `c${n}`, text, createdAt: AT + n * 60_000 };
}

/** The decision as the rules make it alone, and with the model. */
export function decideBoth(text: string, model: LearnedModel): { rules: Decision; learned: Decision } {
  const c = comment(text);
  return { rules: evaluate(c, EMPTY_CONTEXT, DEFAULT_POLICY), learned: evaluate(c, EMPTY_CONTEXT, DEFAULT_POLICY, model) };
}

/** A training set of the comments, judged by the rules as the CLI judges them (here without stream context). */
export function judgedSet(comments: readonly Labelled[]): TrainingSet {
  const set = new TrainingSet(18);
  comments.forEach(({ text, label }, n) => {
    const c = comment(text, n);
    const { prepared, findings } = inspect(c, EMPTY_CONTEXT, DEFAULT_POLICY);
    set.addJudged({ label, prepared, findings, decision: evaluate(c, EMPTY_CONTEXT, DEFAULT_POLICY) });
  });
  return set;
}

export const CREATED_AT = '2026-01-15T12:00:00.000Z';

export function trained(comments: readonly Labelled[], options: Partial<TrainingRun> = {}): { document: ModelDocument; model: LearnedModel } {
  const document = train(judgedSet(comments), { version: 'm1', createdAt: CREATED_AT, minLabels: 20, ...options });
  return { document, model: parseModel(JSON.stringify(document)) };
}
