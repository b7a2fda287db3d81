// The labelled examples a model is trained from, held compactly: every example's feature
// slots in one growing Int32Array, and only its rule features' values beside them (a text
// feature's value follows from the size of its group), so 100,000 comments cost about four
// bytes per feature. Each example also keeps what the rules alone made of it, against
// which the trainer calibrates when the model should speak.

import type { Decision } from '../engine/types.ts';
import type { Finding } from '../engine/checks/check.ts';
import type { Prepared } from '../engine/prepare.ts';
import { extractFeatures, FeatureScratch, groupValue, type Features } from './features.ts';
import type { LabelCounts } from './model.ts';
import { labelGroup, strongestAbuse, type HeadName, type LabelGroup } from './labels.ts';

/** The rules' decision on an example: whether it was caught, and each head's category score. */
export interface RuleVerdict {
  caught: boolean;
  /** The spam score, and the highest of the insult, threat and identity scores. */
  scores: Record<HeadName, number>;
}

/** A labelled comment as the rules judged it (the engine's inspection and its decision without a model). */
export interface JudgedComment {
  label: string;
  prepared: Prepared;
  findings: readonly Finding[];
  decision: Pick<Decision, 'outcome' | 'scores'>;
}

/** The verdict of a decision the rules made alone (no model). */
function ruleVerdict(decision: Pick<Decision, 'outcome' | 'scores'>): RuleVerdict {
  return { caught: decision.outcome !== 'approve', scores: { spam: decision.scores.spam ?? 0, abuse: strongestAbuse(decision.scores)[1] } };
}

const GROUP_CODE: Record<LabelGroup, number> = { ok: 0, spam: 1, abuse: 2 };
const GROUP_OF_CODE: readonly LabelGroup[] = ['ok', 'spam', 'abuse'];

/** A growing typed array. */
class Pool<T extends Int32Array | Float32Array | Uint8Array | Uint16Array> {
  data: T;
  constructor(data: T) {
    this.data = data;
  }

  /** Makes room for `length` items, growing by half so big sets waste little. */
  reserve(length: number): T {
    if (length > this.data.length) {
      const grown = new (this.data.constructor as new (n: number) => T)(Math.max(length, Math.ceil(this.data.length * 1.5)));
      grown.set(this.data);
      this.data = grown;
    }
    return this.data;
  }
}

interface Storage {
  /** Example e's feature slots are indices[starts[e], starts[e + 1]). */
  indices: Pool<Int32Array>;
  starts: Pool<Int32Array>;
  /** Its words and grams count (the rest of its features are rules). */
  words: Pool<Uint16Array>;
  grams: Pool<Uint16Array>;
  /** Its rule features' values are ruleValues[ruleStarts[e], ruleStarts[e + 1]). */
  ruleValues: Pool<Float32Array>;
  ruleStarts: Pool<Int32Array>;
  groups: Pool<Uint8Array>;
  /** The rules caught it (1) or not (0), and its spam and abuse scores. */
  caught: Pool<Uint8Array>;
  spamScores: Pool<Float32Array>;
  abuseScores: Pool<Float32Array>;
}

export class TrainingSet {
  readonly hashBits: number;
  private readonly storage: Storage;
  private examples: number;
  private readonly scratch = new FeatureScratch();

  constructor(hashBits: number, storage?: Storage, examples = 0) {
    this.hashBits = hashBits;
    this.storage = storage ?? {
      indices: new Pool(new Int32Array(1 << 16)),
      starts: new Pool(new Int32Array(1 << 10)),
      words: new Pool(new Uint16Array(1 << 10)),
      grams: new Pool(new Uint16Array(1 << 10)),
      ruleValues: new Pool(new Float32Array(1 << 12)),
      ruleStarts: new Pool(new Int32Array(1 << 10)),
      groups: new Pool(new Uint8Array(1 << 10)),
      caught: new Pool(new Uint8Array(1 << 10)),
      spamScores: new Pool(new Float32Array(1 << 10)),
      abuseScores: new Pool(new Float32Array(1 << 10)),
    };
    this.examples = examples;
  }

  get size(): number {
    return this.examples;
  }

  addJudged({ label, prepared, findings, decision }: JudgedComment): void {
    this.add(extractFeatures(prepared, findings, this.hashBits, this.scratch), labelGroup(label), ruleVerdict(decision));
  }

  add(features: Features, group: LabelGroup, rules: RuleVerdict): void {
    const s = this.storage;
    const e = this.examples;
    const next = e + 2;
    const from = s.starts.reserve(next)[e];
    const ruleFrom = s.ruleStarts.reserve(next)[e];
    const ruleCount = features.length - features.words - features.grams;
    s.indices.reserve(from + features.length).set(features.indices.subarray(0, features.length), from);
    s.ruleValues.reserve(ruleFrom + ruleCount).set(features.values.subarray(features.length - ruleCount, features.length), ruleFrom);
    s.starts.data[e + 1] = from + features.length;
    s.ruleStarts.data[e + 1] = ruleFrom + ruleCount;
    s.words.reserve(next)[e] = features.words;
    s.grams.reserve(next)[e] = features.grams;
    s.groups.reserve(next)[e] = GROUP_CODE[group];
    s.caught.reserve(next)[e] = rules.caught ? 1 : 0;
    s.spamScores.reserve(next)[e] = rules.scores.spam;
    s.abuseScores.reserve(next)[e] = rules.scores.abuse;
    this.examples++;
  }

  /** The first `count` examples (in the order they were added), sharing this set's storage. */
  first(count: number): TrainingSet {
    return new TrainingSet(this.hashBits, this.storage, Math.min(count, this.examples));
  }

  counts(): LabelCounts {
    const counts: LabelCounts = { ok: 0, spam: 0, abuse: 0 };
    for (let e = 0; e < this.examples; e++) counts[this.groupOf(e)]++;
    return counts;
  }

  groupOf(e: number): LabelGroup {
    return GROUP_OF_CODE[this.storage.groups.data[e]];
  }

  rulesOf(e: number): RuleVerdict {
    const s = this.storage;
    return { caught: s.caught.data[e] === 1, scores: { spam: s.spamScores.data[e], abuse: s.abuseScores.data[e] } };
  }

  /** All feature slots; example e's are [start(e), end(e)). */
  get indices(): Int32Array {
    return this.storage.indices.data;
  }

  start(e: number): number {
    return this.storage.starts.data[e];
  }

  end(e: number): number {
    return this.storage.starts.data[e + 1];
  }

  /** Example e's word and pair features are its first wordCount(e) slots. */
  wordCount(e: number): number {
    return this.storage.words.data[e];
  }

  /** Writes example e's feature values, in the order of its slots, into `out` (long enough). */
  valuesOf(e: number, out: Float64Array): void {
    const s = this.storage;
    const words = s.words.data[e];
    const grams = s.grams.data[e];
    // Rounded as the Float32Array of extractFeatures rounds them, so training sees what the worker sees.
    if (words > 0) out.fill(Math.fround(groupValue(words)), 0, words);
    if (grams > 0) out.fill(Math.fround(groupValue(grams)), words, words + grams);
    const ruleFrom = s.ruleStarts.data[e];
    const rules = s.ruleStarts.data[e + 1] - ruleFrom;
    for (let k = 0; k < rules; k++) out[words + grams + k] = s.ruleValues.data[ruleFrom + k];
  }
}
