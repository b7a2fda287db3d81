// Synthetic comments of a small cooking blog, written for the learning tests on the local
// stack: readers' ordinary comments, and two spam campaigns no built-in rule knows (a
// "Zorblax" supplement pitch, later a "Quillmoor" voucher pitch), so whatever catches them
// must have been learned from the site's moderators. Each list is every combination of its
// parts, in a fixed order, so a test takes as many as it needs and gets the same ones.

import { DEFAULT_POLICY } from '../../shared/engine/index.ts';
import { train, type ModelDocument } from '../../shared/learn/index.ts';
import { trainingSetOf, type TrainingLabel } from '../../shared/models/trainer.ts';

const combine = (...parts: string[][]): string[] => {
  let texts = [''];
  for (const options of parts) texts = texts.flatMap((t) => options.map((o) => t + o));
  return texts;
};

/** Comments the site's moderators approve. */
export const READER_COMMENTS = combine(
  ['The lentil soup ', 'Your sourdough method ', 'This curry recipe ', 'The lemon tart ', 'That braised cabbage ', 'The pickled onions '],
  ['came out beautifully on Sunday.', 'took longer than the recipe said.', 'was a hit with my kids.', 'needed a bit more salt for us.'],
  ['', ' Thanks for sharing.', ' I halved the sugar.'],
);

/** The first campaign: rejected as spam from the start. */
export const ZORBLAX_SPAM = combine(
  ['Zorblax drops ', 'The zorblax tonic ', 'A daily zorblax capsule ', 'Two zorblax gummies '],
  ['melted my belly fat in days.', 'reversed my grey hair.', 'tripled my stamina.', 'replaced all my medication.'],
  ['', ' Everyone should try zorblax.', ' Zorblax changed my life.'],
);

/** The second campaign, which a model trained before it has never seen. */
export const QUILLMOOR_SPAM = combine(
  ['Quillmoor vouchers ', 'My quillmoor rewards card ', 'The quillmoor points club '],
  ['paid for my holiday twice.', 'gave me free groceries all month.', 'covered our rent in June.'],
  ['', ' Join quillmoor now.', ' Quillmoor pays out daily.', ' Quillmoor never fails.'],
);

/** A model trained on the first `each` reader comments and Zorblax pitches, as the trainer trains it (through the public API only). */
export async function cookingModel(version: string, each = 40): Promise<ModelDocument> {
  const labels: TrainingLabel[] = [...READER_COMMENTS.slice(0, each).map((text) => ['ok', text] as const), ...ZORBLAX_SPAM.slice(0, each).map((text) => ['spam', text] as const)].map(
    ([label, text], n) => {
      const createdAt = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
      return { id: `t${n}`, label, labelSource: 'import', labelledAt: createdAt, createdAt, input: { id: `t${n}`, text, createdAt: Date.parse(createdAt), author: { name: `Reader ${n}` } } };
    },
  );
  return train(await trainingSetOf(labels, DEFAULT_POLICY), { version, createdAt: '2026-03-01T00:00:00.000Z' });
}
