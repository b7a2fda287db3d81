// A site's policy document: the overrides an operator writes, merged over the default by
// the worker. Checked here exactly as the worker will read it, so nothing is stored that
// the worker would refuse.

import { parse as parseYaml } from 'yaml';
import { PolicyValidationError, policyWithOverrides, type Policy } from '../engine/index.ts';

export type PolicyOverrides = Record<string, unknown>;

export class PolicyTextError extends Error {
  override name = 'PolicyTextError';
}

/** JSON, or YAML when `format` says so. Throws PolicyTextError with the parser's own words. */
export function parsePolicyText(text: string, format: 'json' | 'yaml'): unknown {
  try {
    // A byte-order mark from a Windows editor is not part of the document.
    const body = text.replace(/^\uFEFF/, '');
    return format === 'yaml' ? parseYaml(body) : JSON.parse(body);
  } catch (error) {
    throw new PolicyTextError(`invalid ${format.toUpperCase()} (${(error as Error).message.split('\n')[0]})`);
  }
}

/** The format a file name implies: `.yaml` / `.yml` are YAML, anything else JSON. */
export const policyFormatOf = (fileName: string): 'json' | 'yaml' => (/\.ya?ml$/i.test(fileName) ? 'yaml' : 'json');

/**
 * The overrides and the effective policy they give. Throws PolicyValidationError naming
 * every bad field by its path (an empty file counts as no overrides).
 */
export function checkPolicyDocument(document: unknown): { overrides: PolicyOverrides; policy: Policy } {
  const overrides = document ?? {};
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new PolicyValidationError([{ path: '(policy)', message: 'expected an object of overrides' }]);
  }
  return { overrides: overrides as PolicyOverrides, policy: policyWithOverrides(overrides) };
}

/** The document as stored under `version`: its own version field names the stored version. */
export const versionedDocument = (overrides: PolicyOverrides, version: string): PolicyOverrides => {
  const { version: _given, ...rest } = overrides;
  return { version, ...rest };
};
