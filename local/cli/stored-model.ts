// A site's stored model version, read for `policy backtest` as the worker reads it.

import { ModelFormatError, parseModel, type LearnedModel } from '../../shared/learn/index.ts';
import { ModelStore, StoredModelError } from '../../shared/store/models.ts';
import { CommandError } from './command.ts';
import type { TableAccess } from './target.ts';

/** The version, parsed; a version that is not stored or cannot be used is a CommandError saying why. */
export async function loadStoredModel(table: TableAccess, siteId: string, version: string): Promise<LearnedModel> {
  const store = new ModelStore(table.doc, table.tableName);
  try {
    return parseModel((await store.documentText(siteId, version)).text);
  } catch (error) {
    if (error instanceof StoredModelError) throw new CommandError(error.message);
    if (error instanceof ModelFormatError) throw new CommandError(`model ${version} of site "${siteId}" cannot be used: ${error.message}`);
    throw error;
  }
}

/**
 * The model the worker decides the site's comments with now: its active version unless
 * learning is off. One that cannot be used leaves the rules alone, as in the worker, and says so.
 */
export async function activeModel(table: TableAccess, siteId: string): Promise<{ model?: LearnedModel; version?: string; problem?: string }> {
  const state = await new ModelStore(table.doc, table.tableName).siteModels(siteId);
  const version = state?.mode === 'off' ? undefined : state?.pointers.active;
  if (version === undefined) return {};
  try {
    return { model: await loadStoredModel(table, siteId, version), version };
  } catch (error) {
    if (error instanceof CommandError) return { version, problem: error.message };
    throw error;
  }
}
