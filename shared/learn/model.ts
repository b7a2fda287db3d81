// The learned model as stored (a JSON document: per head only its non-zero weights,
// quantised to 16 bits) and as used (dense weights, one slot per hashed feature, both
// heads' weights of a slot side by side so that reading a comment's features touches one
// cache line per feature, not two). A model is read once per site and version, so
// parseModel checks everything and refuses a corrupt or incompatible document with a
// ModelFormatError naming the field.

import { z } from 'zod';
import { HEADS, type HeadName } from './labels.ts';
import { packInt16, packInt32, unpackInt16, unpackInt32 } from './packed.ts';
import type { Thresholds } from './points.ts';
import { FeatureScratch } from './features.ts';

export const MODEL_FORMAT = 'sieve-model';
/** Bump when features, hashing or this document change: older readers must refuse the new one. */
export const MODEL_FORMAT_VERSION = 1;
export const MIN_HASH_BITS = 10;
export const MAX_HASH_BITS = 24;

export interface LabelCounts {
  ok: number;
  spam: number;
  abuse: number;
}

/** A head as stored: weight i of the head is values[k] × scale where indices[k] = i. */
export interface HeadDocument extends Thresholds {
  bias: number;
  /** How many non-zero weights follow. */
  count: number;
  /** Slot numbers, strictly ascending: base64 of little-endian Int32. */
  indices: string;
  /** Quantised weights: base64 of little-endian Int16. */
  values: string;
  scale: number;
}

export interface ModelDocument {
  format: typeof MODEL_FORMAT;
  formatVersion: typeof MODEL_FORMAT_VERSION;
  version: string;
  /** ISO-8601 time of training. */
  createdAt: string;
  hashBits: number;
  /** Labels the model was trained on, per group. */
  labels: LabelCounts;
  /** Labels of each class a head needed to be trained. */
  minLabels: number;
  /** Slots of the words common in the site's approved comments (see common-words.ts): base64 of Int32. */
  commonWords: { count: number; slots: string };
  /**
   * The heads that speak. A head is absent (silent) with fewer than minLabels of ok or of its
   * group, or when on the site's own labels it would not have improved on the rules.
   */
  heads: Partial<Record<HeadName, HeadDocument>>;
  /** The settings it was trained with, so a model can be reproduced. */
  training: Record<string, number>;
}

export interface LearnedHead extends Thresholds {
  bias: number;
  /** The head's weights are model.weights[HEAD_COUNT × slot + lane] × scale. */
  lane: number;
  scale: number;
}

/** Lanes of the interleaved weights: one per head, in HEADS order. */
export const HEAD_COUNT = HEADS.length;

/** A parsed model, ready for learnedFindings. */
export interface LearnedModel {
  version: string;
  createdAt: string;
  hashBits: number;
  labels: LabelCounts;
  minLabels: number;
  /** Slots of words that never start an explanation. */
  commonWords: ReadonlySet<number>;
  heads: Partial<Record<HeadName, LearnedHead>>;
  /** The quantised weights of every slot, HEAD_COUNT per slot (0 for a silent head). */
  weights: Int16Array;
  /**
   * Where each comment's features are written while the model reads them: the one mutable
   * part of a model, safe because the engine is synchronous (one comment at a time).
   */
  scratch: ModelScratch;
}

/** A comment's features and the heads' log-odds for it, reused from one comment to the next. */
export class ModelScratch {
  readonly features = new FeatureScratch();
  /** The log-odds of each lane, as logits() last wrote them. */
  readonly logits = new Float64Array(HEAD_COUNT);
  /** Per token, how much it pulled a head's log-odds (explain.ts): typed arrays cost more to allocate than to clear. */
  private pulls = new Float64Array(256);

  /** `count` zeros for an explanation's per-token pulls, valid until the next call. */
  pull(count: number): Float64Array {
    if (count > this.pulls.length) this.pulls = new Float64Array(Math.max(count, 2 * this.pulls.length));
    this.pulls.fill(0, 0, count);
    return this.pulls;
  }
}



/** A model document that cannot be used: `field` says where, the message what is wrong. */
export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
  readonly field: string;

  constructor(field: string, problem: string) {
    super(field ? `${field}: ${problem}` : problem);
    this.field = field;
  }
}

/** The weights of a trained head as their stored form. */
export function headDocument(bias: number, weights: Float32Array): Omit<HeadDocument, keyof Thresholds> {
  let largest = 0;
  for (let i = 0; i < weights.length; i++) largest = Math.max(largest, Math.abs(weights[i]));
  const scale = largest > 0 ? largest / 32767 : 1;
  const kept: number[] = [];
  const quantised: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round(weights[i] / scale);
    if (q === 0) continue;
    kept.push(i);
    quantised.push(q);
  }
  return {
    bias,
    count: kept.length,
    indices: packInt32(Int32Array.from(kept)),
    values: packInt16(Int16Array.from(quantised)),
    scale,
  };
}

const count = z.number().int().min(0);
const finite = z.number().refine(Number.isFinite, 'expected a finite number');

const threshold = finite.nullable();

const headSchema = z.strictObject({
  bias: finite,
  catchAt: threshold,
  clearAt: threshold,
  count,
  indices: z.string(),
  values: z.string(),
  scale: finite.refine((s) => s > 0, 'must be greater than 0'),
});

const documentSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  formatVersion: z.literal(MODEL_FORMAT_VERSION),
  version: z.string().min(1).max(100),
  createdAt: z.iso.datetime({ offset: true }),
  hashBits: z.number().int().min(MIN_HASH_BITS).max(MAX_HASH_BITS),
  labels: z.strictObject({ ok: count, spam: count, abuse: count }),
  minLabels: count,
  commonWords: z.strictObject({ count, slots: z.string() }),
  heads: z.strictObject({ spam: headSchema.optional(), abuse: headSchema.optional() }),
  training: z.record(z.string(), finite),
});

/** Reads a stored model (its JSON text); throws ModelFormatError when it is unusable. */
export function parseModel(json: string): LearnedModel {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ModelFormatError('', `not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ModelFormatError('', 'expected a JSON object');
  const { format, formatVersion } = value as Record<string, unknown>;
  if (format !== MODEL_FORMAT) throw new ModelFormatError('format', `not a Sieve model (expected "${MODEL_FORMAT}")`);
  if (formatVersion !== MODEL_FORMAT_VERSION) {
    throw new ModelFormatError('formatVersion', `model format ${JSON.stringify(formatVersion)} is not supported (this Sieve reads ${MODEL_FORMAT_VERSION}); retrain the model`);
  }
  const parsed = documentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelFormatError(issue.path.map(String).join('.'), issue.message);
  }
  const document = parsed.data;
  const heads: LearnedModel['heads'] = {};
  const weights = new Int16Array(HEAD_COUNT << document.hashBits);
  HEADS.forEach((name, lane) => {
    const head = document.heads[name];
    if (head) heads[name] = denseHead(head, document.hashBits, lane, weights, `heads.${name}`);
  });
  const common = unpackInt32(document.commonWords.slots, document.commonWords.count);
  if (!common) throw new ModelFormatError('commonWords.slots', `expected base64 of ${document.commonWords.count} 32-bit slot numbers`);
  const { version, createdAt, hashBits, labels, minLabels } = document;
  return { version, createdAt, hashBits, labels, minLabels, commonWords: new Set(common), heads, weights, scratch: new ModelScratch() };
}

/** Checks a stored head and writes its weights into their lane of `weights`. */
function denseHead(head: HeadDocument, hashBits: number, lane: number, weights: Int16Array, field: string): LearnedHead {
  const size = 1 << hashBits;
  if (head.count > size) throw new ModelFormatError(`${field}.count`, `more weights than the ${size} slots`);
  const indices = unpackInt32(head.indices, head.count);
  if (!indices) throw new ModelFormatError(`${field}.indices`, `expected base64 of ${head.count} 32-bit slot numbers`);
  const values = unpackInt16(head.values, head.count);
  if (!values) throw new ModelFormatError(`${field}.values`, `expected base64 of ${head.count} 16-bit weights`);
  let previous = -1;
  for (let k = 0; k < indices.length; k++) {
    const slot = indices[k];
    if (slot <= previous || slot >= size) throw new ModelFormatError(`${field}.indices`, `slot ${slot} out of order or outside 0..${size - 1}`);
    weights[HEAD_COUNT * slot + lane] = values[k];
    previous = slot;
  }
  const { bias, catchAt, clearAt, scale } = head;
  if (catchAt !== null && clearAt !== null && clearAt > catchAt) throw new ModelFormatError(`${field}.clearAt`, 'must not be above catchAt');
  return { bias, catchAt, clearAt, lane, scale };
}
