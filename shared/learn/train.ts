// Trains the two heads (spam: ok vs spam; abuse: ok vs every abuse label) by logistic
// regression with FTRL-proximal (McMahan et al. 2013): per-slot adaptive learning rates
// suit hashed text, where most slots are seen a handful of times, and its L1 term leaves
// rare noise slots exactly 0, so the stored model holds only the weights that matter.
//
// Then each head is calibrated for this site: cross-validated log-odds of its own labels
// tell from which log-odds its verdict improves on the rules (see calibrate.ts). A site
// whose rules already do well gets a head that speaks only when sure; a site the rules
// miss gets one that decides most comments.
//
// Deterministic: example orders and folds come from a seeded generator, nothing else varies.

import { HEADS, type HeadName } from './labels.ts';
import { headDocument, MODEL_FORMAT, MODEL_FORMAT_VERSION, type ModelDocument } from './model.ts';
import type { TrainingSet } from './training-set.ts';
import { calibrate, type HeadExample } from './calibrate.ts';
import { mulberry32, shuffle } from './random.ts';
import { commonWordSlots } from './common-words.ts';
import { packInt32 } from './packed.ts';

export interface TrainingSettings {
  /** Labels of each class (ok, and the head's group) a head needs before it speaks. */
  minLabels: number;
  epochs: number;
  seed: number;
  /** How much more a false catch (an ok comment held back) costs than a miss. */
  falseCatchCost: number;
  /** FTRL learning rate (alpha, beta) and regularisation (L1, L2). */
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  /** Folds of the cross-validation that calibrates each head. */
  folds: number;
}

export const DEFAULT_TRAINING: Readonly<TrainingSettings> = {
  minLabels: 30,
  epochs: 5,
  seed: 1,
  falseCatchCost: 2,
  alpha: 1,
  beta: 1,
  l1: 0.1,
  l2: 1,
  folds: 4,
};

export interface TrainingRun extends Partial<TrainingSettings> {
  /** The model's version name, e.g. `m3`. */
  version: string;
  /** ISO-8601 time recorded in the model (passed in, so training stays pure). */
  createdAt: string;
  /** Told what training is doing, for progress output. */
  onProgress?: (step: string) => void;
}

/** A head's weights in FTRL's dual form: the weight of slot i is derived from z[i] and n[i]. */
interface Fit {
  z: Float64Array;
  n: Float64Array;
}

/**
 * Thresholds are read off a few thousand log-odds as well as off a hundred thousand: a big
 * site calibrates on a sample, so that its cross-validation does not cost four trainings.
 */
const MAX_CALIBRATION_EXAMPLES = 20_000;

export function train(set: TrainingSet, run: TrainingRun): ModelDocument {
  const { version, createdAt, onProgress, ...given } = run;
  const settings: TrainingSettings = { ...DEFAULT_TRAINING, ...given };
  const labels = set.counts();
  const common = commonWordSlots(set);
  const document: ModelDocument = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    version,
    createdAt,
    hashBits: set.hashBits,
    labels,
    minLabels: settings.minLabels,
    commonWords: { count: common.length, slots: packInt32(common) },
    heads: {},
    training: { ...settings },
  };
  const random = mulberry32(settings.seed);
  const size = 1 << set.hashBits;
  for (const name of HEADS) {
    if (labels.ok < settings.minLabels || labels[name] < settings.minLabels) continue;
    const examples = headExamples(set, name);
    const say = (step: string) => onProgress?.(`${name} head: ${step}`);
    const sample = examples.length > MAX_CALIBRATION_EXAMPLES ? sampleOf(examples, MAX_CALIBRATION_EXAMPLES, random) : examples;
    const thresholds = calibrate(crossValidated(set, name, sample, settings, random, say), settings.falseCatchCost);
    // A head that would not improve on the rules for this site stays silent, like one without enough labels.
    if (thresholds.catchAt === null && thresholds.clearAt === null) {
      say('silent: it would not improve on the rules');
      continue;
    }
    const fit = fitHead(set, name, examples, settings, random, (epoch) => say(`epoch ${epoch}/${settings.epochs}`));
    const weights = new Float32Array(size);
    for (let i = 0; i < size; i++) weights[i] = weightOf(fit, i, settings, settings.l1, settings.l2);
    document.heads[name] = { ...headDocument(weightOf(fit, size, settings, 0, 0), weights), ...thresholds };
  }
  return document;
}

/** The examples a head learns from: ok and its own group, in the order they were added. */
function headExamples(set: TrainingSet, name: HeadName): Uint32Array {
  const out: number[] = [];
  for (let e = 0; e < set.size; e++) {
    const group = set.groupOf(e);
    if (group === 'ok' || group === name) out.push(e);
  }
  return Uint32Array.from(out);
}

/** `count` of the examples, chosen at random, in their original order. */
function sampleOf(examples: Uint32Array, count: number, random: () => number): Uint32Array {
  const picked = examples.slice();
  shuffle(picked, random);
  return picked.subarray(0, count).sort();
}

/** Every example's log-odds from a head trained on the other folds. */
function crossValidated(
  set: TrainingSet,
  name: HeadName,
  examples: Uint32Array,
  settings: TrainingSettings,
  random: () => number,
  say: (step: string) => void,
): HeadExample[] {
  const folds = new Uint32Array(examples.length);
  for (let k = 0; k < examples.length; k++) folds[k] = k % settings.folds;
  shuffle(folds, random);
  const out: HeadExample[] = new Array(examples.length);
  const values = new Float64Array(maxLength(set, examples));
  for (let fold = 0; fold < settings.folds; fold++) {
    say(`calibrating (fold ${fold + 1}/${settings.folds})`);
    const fit = fitHead(set, name, examples.filter((_, k) => folds[k] !== fold), settings, random);
    for (let k = 0; k < examples.length; k++) {
      if (folds[k] !== fold) continue;
      const e = examples[k];
      const rules = set.rulesOf(e);
      out[k] = { logit: logitOf(fit, set, e, values, settings), inGroup: set.groupOf(e) !== 'ok', rulesCaught: rules.caught, ruleScore: rules.scores[name] };
    }
  }
  return out;
}

function fitHead(
  set: TrainingSet,
  name: HeadName,
  examples: Uint32Array,
  settings: TrainingSettings,
  random: () => number,
  onEpoch?: (epoch: number) => void,
): Fit {
  const size = 1 << set.hashBits;
  // The last slot is the bias.
  const fit: Fit = { z: new Float64Array(size + 1), n: new Float64Array(size + 1) };
  const { indices } = set;
  let inGroup = 0;
  for (const e of examples) if (set.groupOf(e) !== 'ok') inGroup++;
  // Each class weighs half the loss, then a false catch costs falseCatchCost times a miss.
  const groupWeight = examples.length / (2 * Math.max(1, inGroup));
  const okWeight = (settings.falseCatchCost * examples.length) / (2 * Math.max(1, examples.length - inGroup));
  const order = examples.slice();
  const longest = maxLength(set, examples);
  const values = new Float64Array(longest);
  const current = new Float64Array(longest);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    shuffle(order, random);
    for (const e of order) {
      const from = set.start(e);
      const length = set.end(e) - from;
      set.valuesOf(e, values);
      let logit = weightOf(fit, size, settings, 0, 0);
      for (let k = 0; k < length; k++) {
        const w = weightOf(fit, indices[from + k], settings, settings.l1, settings.l2);
        current[k] = w;
        logit += w * values[k];
      }
      const isGroup = set.groupOf(e) !== 'ok';
      const g = (sigmoid(logit) - (isGroup ? 1 : 0)) * (isGroup ? groupWeight : okWeight);
      // Slots repeated within one example (a gram typed twice) are updated once per occurrence.
      for (let k = 0; k < length; k++) update(fit, indices[from + k], g * values[k], current[k], settings.alpha);
      update(fit, size, g, weightOf(fit, size, settings, 0, 0), settings.alpha);
    }
    onEpoch?.(epoch);
  }
  return fit;
}

function maxLength(set: TrainingSet, examples: Uint32Array): number {
  let longest = 1;
  for (const e of examples) longest = Math.max(longest, set.end(e) - set.start(e));
  return longest;
}

function logitOf(fit: Fit, set: TrainingSet, e: number, values: Float64Array, settings: TrainingSettings): number {
  const from = set.start(e);
  set.valuesOf(e, values);
  let logit = weightOf(fit, 1 << set.hashBits, settings, 0, 0);
  for (let k = 0; k < set.end(e) - from; k++) logit += weightOf(fit, set.indices[from + k], settings, settings.l1, settings.l2) * values[k];
  return logit;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, x))));
}

function update(fit: Fit, i: number, gradient: number, weight: number, alpha: number): void {
  const n2 = fit.n[i] + gradient * gradient;
  const sigma = (Math.sqrt(n2) - Math.sqrt(fit.n[i])) / alpha;
  fit.z[i] += gradient - sigma * weight;
  fit.n[i] = n2;
}

/** FTRL-proximal's closed-form weight of slot i: 0 while |z| stays within L1. */
function weightOf(fit: Fit, i: number, settings: TrainingSettings, l1: number, l2: number): number {
  const z = fit.z[i];
  if (Math.abs(z) <= l1) return 0;
  return -(z - Math.sign(z) * l1) / ((settings.beta + Math.sqrt(fit.n[i])) / settings.alpha + l2);
}
