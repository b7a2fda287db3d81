import { ModelFormatError, parseModel, type LearnedModel } from '../learn/index.ts';
import type { LearningMode } from './versions.ts';

// The worker's view of a site's models, cached like its policy: the site's pointers are read
// once per TTL (a promote or rollback reaches every worker within it), and a version, which
// never changes once stored, is read and parsed once and kept while there is room.
//
// A version that cannot be used (a corrupt or incompatible document, parts missing) is refused:
// the caller is told once (a log line and a metric), and the site is decided with what remains
// (the rules alone, or the active model without its shadow) until the pointers move or the TTL
// passes, when it is tried again. Any other failure (DynamoDB unreachable, throttled) is thrown,
// so the message is retried like any failed read.

export interface ModelSource {
  /** The site's learning mode and the versions its pointers name. */
  pointers(siteId: string): Promise<{ mode: LearningMode; active?: string; shadow?: string }>;
  /** The version's document as JSON text; throws StoredModelError when it cannot be read back whole. */
  documentText(siteId: string, version: string): Promise<string>;
}

/** The models a site's comments are decided with. */
export interface SiteModels {
  active?: LearnedModel;
  shadow?: LearnedModel;
}

export interface ModelCacheOptions {
  ttlMs: number;
  /** Parsed models kept (about 1 MB each at the default hash space); the least recently used go first. */
  maxModels?: number;
  /** Told when a version is refused, with why. */
  onRefused(siteId: string, version: string, error: Error): void;
  /** Told when a version is loaded, with how long it took. */
  onLoaded?(siteId: string, version: string, ms: number): void;
  /** Errors that mean "this version cannot be used" rather than "try again later". */
  isRefusal(error: unknown): boolean;
}

export const DEFAULT_MAX_MODELS = 32;

export const createModelCache = (source: ModelSource, options: ModelCacheOptions) => {
  const { ttlMs, maxModels = DEFAULT_MAX_MODELS } = options;
  const pointers = new Map<string, { mode: LearningMode; active?: string; shadow?: string; readAt: number }>();
  const parsed = new Map<string, LearnedModel>();
  const refused = new Map<string, number>();

  const load = async (siteId: string, version: string, now: number): Promise<LearnedModel | undefined> => {
    const key = `${siteId}#${version}`;
    const cached = parsed.get(key);
    if (cached) {
      // Map order is insertion order: re-inserting marks it most recently used.
      parsed.delete(key);
      parsed.set(key, cached);
      return cached;
    }
    const refusedAt = refused.get(key);
    if (refusedAt !== undefined && now - refusedAt < ttlMs) return undefined;
    const started = performance.now();
    let model: LearnedModel;
    try {
      model = parseModel(await source.documentText(siteId, version));
      if (model.version !== version) throw new ModelFormatError('version', `the document says ${model.version}, stored as ${version}`);
    } catch (error) {
      if (!(error instanceof ModelFormatError) && !options.isRefusal(error)) throw error;
      refused.set(key, now);
      options.onRefused(siteId, version, error as Error);
      return undefined;
    }
    refused.delete(key);
    options.onLoaded?.(siteId, version, performance.now() - started);
    parsed.set(key, model);
    while (parsed.size > maxModels) parsed.delete(parsed.keys().next().value!);
    return model;
  };

  return async (siteId: string, now: number): Promise<SiteModels> => {
    let pointer = pointers.get(siteId);
    if (!pointer || now - pointer.readAt >= ttlMs) {
      pointer = { ...(await source.pointers(siteId)), readAt: now };
      pointers.set(siteId, pointer);
    }
    if (pointer.mode === 'off') return {};
    const active = pointer.active === undefined ? undefined : await load(siteId, pointer.active, now);
    const shadow = pointer.shadow === undefined ? undefined : await load(siteId, pointer.shadow, now);
    return { ...(active ? { active } : {}), ...(shadow ? { shadow } : {}) };
  };
};
