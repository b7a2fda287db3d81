// The stores of a target's table, shaped as the ports the admin operations take.

import type { ModelAdminPorts } from '../../shared/admin/model-admin.ts';
import type { PolicyAdminPorts } from '../../shared/admin/policy-admin.ts';
import type { SiteAdminPorts } from '../../shared/admin/site-admin.ts';
import { ModelStore } from '../../shared/store/models.ts';
import { PolicyStore } from '../../shared/store/policies.ts';
import { SiteStore } from '../../shared/store/sites.ts';
import type { TableAccess } from './target.ts';

export const siteAdminPorts = ({ doc, tableName }: TableAccess): SiteAdminPorts & { store: SiteStore } => {
  const store = new SiteStore(doc, tableName);
  return {
    store,
    getSite: (id) => store.getSite(id),
    keysOf: (site) => store.keysOf(site),
    addKey: (record) => store.addKey(record),
    listKeys: (id, hashes) => store.setKeyHashes(id, hashes),
    expireKey: ({ keyHash, expiresAt }) => store.expireKey(keyHash, expiresAt),
    setStatus: (id, status) => store.setStatus(id, status),
  };
};

export const policyAdminPorts = ({ doc, tableName }: TableAccess): PolicyAdminPorts => {
  const sites = new SiteStore(doc, tableName);
  const policies = new PolicyStore(doc, tableName);
  return {
    getSite: (id) => sites.getSite(id),
    listVersions: (id) => policies.listVersions(id),
    getVersion: (id, version) => policies.getVersion(id, version),
    putVersion: (id, record) => policies.putVersion(id, record),
    pointers: (id) => policies.pointers(id, true),
    updatePointers: (id, change) => policies.updatePointers(id, change),
  };
};

export const modelAdminPorts = ({ doc, tableName }: TableAccess): ModelAdminPorts => {
  const sites = new SiteStore(doc, tableName);
  const models = new ModelStore(doc, tableName);
  return {
    getSite: (id) => sites.getSite(id),
    siteModels: (id) => models.siteModels(id),
    updatePointers: (id, change) => models.updatePointers(id, change),
    manifest: (id, version) => models.manifest(id, version),
    listModels: (id) => models.listModels(id),
    setMode: (id, mode) => models.setMode(id, mode),
  };
};
