// The trainer: for each site with moderator or imported labels newer than its last training
// run, build the training set from the stored labels, train, and publish the result as the
// site's next model version (active, or in shadow when the site asks for that). Used by the
// scheduled trainModels function and by `sieve model train`.
//
// The training set is built as `sieve learn` builds it from a file: the selected labels in the
// order their comments arrived run through the engine under the site's current policy with an
// in-memory stream context, so each example's rule features are the ones the worker would see,
// then train() does the rest (deterministic: the same labels give the same weights).
//
// A run whose heads all stay silent (too few labels of a class, or no gain over the rules)
// publishes nothing: it only records when it ran, so the next run waits for newer labels.

import { contextQuery, evaluate, inspect, type CommentInput, type Policy } from '../engine/index.ts';
import { MemoryContextSource } from '../engine/memory-context.ts';
import { DEFAULT_HASH_BITS, TrainingSet, train, type LabelCounts, type ModelDocument, type TrainingSettings } from '../learn/index.ts';
import { AUTO_LABEL, type LabelledComment, type LabelSource } from '../labels/labels.ts';
import { selectTrainingLabels } from '../labels/select.ts';
import type { Site } from '../store/sites.ts';
import type { SiteModels, StoredModel } from '../store/models.ts';
import { claimNext, NO_MODELS, prunable, published, trained, type LearningMode, type ModelPointers } from './versions.ts';

export interface TrainerPorts {
  listSites(): Promise<Site[]>;
  siteModels(siteId: string): Promise<SiteModels | undefined>;
  updatePointers(siteId: string, change: (pointers: ModelPointers) => ModelPointers): Promise<ModelPointers>;
  putModel(siteId: string, document: ModelDocument, meta: Pick<StoredModel, 'trainedOn' | 'policyVersion'>): Promise<StoredModel>;
  listModels(siteId: string): Promise<StoredModel[]>;
  deleteModel(siteId: string, manifest: Pick<StoredModel, 'version' | 'parts'>): Promise<void>;
  /** When the site's newest moderator or imported label was given. */
  latestGivenAt(siteId: string): Promise<string | undefined>;
  /** Every label of the site, oldest first. */
  labelsSince(siteId: string): AsyncIterable<LabelledComment>;
  /** The policy the site's comments are decided under now, with its version. */
  policyOf(site: Site): Promise<Policy>;
}

export interface TrainerOptions {
  /** The run's time: recorded as the model's trained-at, and the clock of the auto labels' window. */
  now: Date;
  /** Train even when no label is newer than the last run (`sieve model train`). */
  force?: boolean;
  /** Where the new version goes, whatever the site's setting says (`sieve model train --shadow`). */
  as?: 'active' | 'shadow';
  /** Training settings beyond the defaults (minLabels, ...); tests lower the minimum. */
  training?: Partial<TrainingSettings>;
  /** Share of auto labels in a training set (default AUTO_LABEL.shareCap). */
  autoShareCap?: number;
  /** Checked before each site: true stops the run (the rest wait for the next one). */
  shouldStop?: () => boolean;
  onProgress?: (siteId: string, step: string) => void;
}

export type SiteTraining =
  | { siteId: string; result: 'published'; version: string; as: 'active' | 'shadow'; model: StoredModel; pruned: string[]; seconds: number }
  | { siteId: string; result: 'silent'; labels: LabelCounts; trainedOn: Partial<Record<LabelSource, number>>; minLabels: number; seconds: number }
  | { siteId: string; result: 'skipped'; why: 'learning off' | 'site disabled' | 'no labels' | 'no new labels' | 'out of time' }
  | { siteId: string; result: 'failed'; error: Error };

/** A label as training needs it: its comment's engine input, class, source and times. */
export type TrainingLabel = Pick<LabelledComment, 'id' | 'label' | 'labelSource' | 'labelledAt' | 'decidedAt' | 'createdAt'> & { input: CommentInput };

const slim = (c: LabelledComment): TrainingLabel => ({
  id: c.id,
  label: c.label,
  labelSource: c.labelSource,
  labelledAt: c.labelledAt,
  createdAt: c.createdAt,
  ...(c.decidedAt ? { decidedAt: c.decidedAt } : {}),
  // Only what the engine reads: 100,000 labels then hold their texts and little else.
  input: {
    id: c.id,
    text: c.text,
    createdAt: Date.parse(c.createdAt),
    ...(c.author ? { author: c.author } : {}),
    ...(c.postId ? { postId: c.postId } : {}),
    ...(c.parentId ? { parentId: c.parentId } : {}),
  },
});

const byArrival = (a: TrainingLabel, b: TrainingLabel) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The examples of the given labels, in the order their comments arrived, judged by the rules under `policy`. */
export async function trainingSetOf(labels: readonly TrainingLabel[], policy: Policy): Promise<TrainingSet> {
  const set = new TrainingSet(DEFAULT_HASH_BITS);
  const context = new MemoryContextSource();
  for (const label of [...labels].sort(byArrival)) {
    const query = contextQuery(label.input, policy);
    const facts = await context.lookup(query);
    const decision = evaluate(label.input, facts, policy);
    await context.record(query, decision.outcome);
    const { prepared, findings } = inspect(label.input, facts, policy);
    set.addJudged({ label: label.label, prepared, findings, decision });
  }
  return set;
}

/** Whether a site's labels call for a run: any moderator or imported label given since its last one. */
const hasNewLabels = (latest: string | undefined, pointers: ModelPointers): 'no labels' | 'no new labels' | undefined => {
  if (latest === undefined) return 'no labels';
  if (pointers.trainedAt !== undefined && latest <= pointers.trainedAt) return 'no new labels';
  return undefined;
};

/** Trains one site (if it has new labels, or `force`) and publishes what it learned. */
export async function trainSite(site: Site, ports: TrainerPorts, options: TrainerOptions): Promise<SiteTraining> {
  const started = performance.now();
  const { siteId } = site;
  const progress = (step: string) => options.onProgress?.(siteId, step);
  const state = await ports.siteModels(siteId);
  if (!state) throw new Error(`no site ${siteId}`);
  if (state.mode === 'off') return { siteId, result: 'skipped', why: 'learning off' };
  if (!options.force) {
    const why = hasNewLabels(await ports.latestGivenAt(siteId), state.pointers);
    if (why) return { siteId, result: 'skipped', why };
  }

  const trainedAt = options.now.toISOString();
  const policy = await ports.policyOf(site);
  const all: TrainingLabel[] = [];
  for await (const label of ports.labelsSince(siteId)) all.push(slim(label));
  const selected = selectTrainingLabels(all, { autoShareCap: options.autoShareCap ?? AUTO_LABEL.shareCap, now: options.now, window: AUTO_LABEL.windowMs });
  const trainedOn: Partial<Record<LabelSource, number>> = {};
  for (const label of selected) trainedOn[label.labelSource] = (trainedOn[label.labelSource] ?? 0) + 1;
  progress(`${selected.length} labels selected of ${all.length}`);
  const set = await trainingSetOf(selected, policy);
  // Named once it is known to be published, so a silent run uses up no version number.
  const document = train(set, { version: 'unpublished', createdAt: trainedAt, ...options.training, onProgress: progress });
  const seconds = () => (performance.now() - started) / 1000;

  if (Object.keys(document.heads).length === 0) {
    await ports.updatePointers(siteId, (p) => trained(p, trainedAt));
    return { siteId, result: 'silent', labels: document.labels, trainedOn, minLabels: document.minLabels, seconds: seconds() };
  }
  let version = '';
  await ports.updatePointers(siteId, (p) => {
    const claim = claimNext(p);
    version = claim.version;
    return claim.pointers;
  });
  const model = await ports.putModel(siteId, { ...document, version }, { trainedOn, policyVersion: policy.version });
  const as = options.as ?? (state.mode === 'shadow' ? 'shadow' : 'active');
  const pointers = await ports.updatePointers(siteId, (p) => published(p, version, as, trainedAt));
  const stored = new Map((await ports.listModels(siteId)).map((m) => [m.version, m]));
  const pruned = prunable(pointers, [...stored.keys()]);
  for (const old of pruned) await ports.deleteModel(siteId, stored.get(old)!);
  return { siteId, result: 'published', version, as, model, pruned, seconds: seconds() };
}

/** One scheduled run: every active site, those trained longest ago first; a failing site does not stop the others. */
export async function trainSites(ports: TrainerPorts, options: TrainerOptions): Promise<SiteTraining[]> {
  const results: SiteTraining[] = [];
  const candidates: Array<{ site: Site; trainedAt: string }> = [];
  for (const site of await ports.listSites()) {
    if (site.status !== 'active') {
      results.push({ siteId: site.siteId, result: 'skipped', why: 'site disabled' });
      continue;
    }
    const state = await ports.siteModels(site.siteId);
    const mode: LearningMode = state?.mode ?? 'active';
    if (mode === 'off') {
      results.push({ siteId: site.siteId, result: 'skipped', why: 'learning off' });
      continue;
    }
    const why = hasNewLabels(await ports.latestGivenAt(site.siteId), state?.pointers ?? NO_MODELS);
    if (why) {
      results.push({ siteId: site.siteId, result: 'skipped', why });
      continue;
    }
    candidates.push({ site, trainedAt: state?.pointers.trainedAt ?? '' });
  }
  // A run that runs out of time leaves the rest for the next; the longest-waiting go first, so none waits forever.
  candidates.sort((a, b) => (a.trainedAt < b.trainedAt ? -1 : a.trainedAt > b.trainedAt ? 1 : a.site.siteId < b.site.siteId ? -1 : 1));
  for (const { site } of candidates) {
    if (options.shouldStop?.()) {
      results.push({ siteId: site.siteId, result: 'skipped', why: 'out of time' });
      continue;
    }
    try {
      // Already checked above: force skips a second look-up of the same labels.
      results.push(await trainSite(site, ports, { ...options, force: true }));
    } catch (error) {
      results.push({ siteId: site.siteId, result: 'failed', error: error as Error });
    }
  }
  return results;
}
