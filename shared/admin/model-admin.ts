// What an operator does with a site's learned models (`sieve model ...`): look at them,
// promote the shadow version, roll back, choose the site's learning mode. The worker sees any
// change within its cache period (a minute).

import type { Site } from '../store/sites.ts';
import type { SiteModels, StoredModel } from '../store/models.ts';
import { ModelVersionError, promoted, rolledBack, versionNumber, type LearningMode, type ModelPointers } from '../models/versions.ts';
import { noSuchSite } from './errors.ts';

export interface ModelAdminPorts {
  getSite(siteId: string): Promise<Site | undefined>;
  siteModels(siteId: string): Promise<SiteModels | undefined>;
  updatePointers(siteId: string, change: (pointers: ModelPointers) => ModelPointers): Promise<ModelPointers>;
  manifest(siteId: string, version: string): Promise<StoredModel | undefined>;
  listModels(siteId: string): Promise<StoredModel[]>;
  setMode(siteId: string, mode: LearningMode): Promise<void>;
}

export interface ModelStatus {
  siteId: string;
  mode: LearningMode;
  pointers: ModelPointers;
  active?: StoredModel;
  shadow?: StoredModel;
  /** Every stored version, oldest first. */
  versions: StoredModel[];
}

const siteState = async (siteId: string, ports: ModelAdminPorts): Promise<SiteModels> => {
  const state = (await ports.getSite(siteId)) ? await ports.siteModels(siteId) : undefined;
  if (!state) throw noSuchSite(siteId);
  return state;
};

export const modelStatus = async (siteId: string, ports: ModelAdminPorts): Promise<ModelStatus> => {
  const { mode, pointers } = await siteState(siteId, ports);
  const versions = await ports.listModels(siteId);
  const find = (version: string | undefined) => versions.find((m) => m.version === version);
  const active = find(pointers.active);
  const shadow = find(pointers.shadow);
  return { siteId, mode, pointers, ...(active ? { active } : {}), ...(shadow ? { shadow } : {}), versions };
};

export interface VersionMove {
  siteId: string;
  from?: string;
  to: string;
}

/** The shadow version becomes the active one. */
export const promoteModel = async (siteId: string, ports: ModelAdminPorts): Promise<VersionMove> => {
  const before = (await siteState(siteId, ports)).pointers;
  const after = await ports.updatePointers(siteId, promoted);
  return { siteId, ...(before.active ? { from: before.active } : {}), to: after.active! };
};

/** Back to the version active before the current one, or to `to`. */
export const rollbackModel = async (siteId: string, to: string | undefined, ports: ModelAdminPorts): Promise<VersionMove> => {
  const before = (await siteState(siteId, ports)).pointers;
  if (to !== undefined) {
    if (versionNumber(to) === undefined) throw new ModelVersionError(`"${to}" is not a model version (they are named m1, m2, ...)`);
    if (!(await ports.manifest(siteId, to))) throw new ModelVersionError(`model ${to} of site "${siteId}" is not stored (see sieve model status --site ${siteId})`);
  }
  const after = await ports.updatePointers(siteId, (p) => rolledBack(p, to));
  return { siteId, ...(before.active ? { from: before.active } : {}), to: after.active! };
};

export const setLearningMode = async (siteId: string, mode: LearningMode, ports: ModelAdminPorts): Promise<{ siteId: string; mode: LearningMode; previous: LearningMode }> => {
  const { mode: previous } = await siteState(siteId, ports);
  await ports.setMode(siteId, mode);
  return { siteId, mode, previous };
};
