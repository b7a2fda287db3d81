// A policy file: a site's partial policy in JSON or YAML (by extension), merged over the
// default exactly as the worker does, so a dry run here predicts production. Used by
// `check --policy`, `eval --policy` and the `policy` commands.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePolicyText, policyFormatOf, PolicyTextError, checkPolicyDocument, type PolicyOverrides } from '../../shared/admin/policy-document.ts';
import { DEFAULT_POLICY, PolicyValidationError, type Policy } from '../../shared/engine/index.ts';
import { UsageError } from './command.ts';

/** The validation problems as indented `path: message` lines. */
export const formatPolicyIssues = (error: PolicyValidationError): string =>
  error.issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n');

/** The file's text parsed (not yet checked); a UsageError when it cannot be read or parsed. */
export async function readPolicyDocument(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`policy ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return parsePolicyText(text, policyFormatOf(file));
  } catch (error) {
    if (error instanceof PolicyTextError) throw new UsageError(`policy ${file}: ${error.message}`);
    throw error;
  }
}

/** The file's overrides and effective policy; a UsageError naming every bad field. */
export async function loadPolicyFile(file: string): Promise<{ overrides: PolicyOverrides; policy: Policy }> {
  const document = await readPolicyDocument(file);
  try {
    return checkPolicyDocument(document);
  } catch (error) {
    if (error instanceof PolicyValidationError) throw new UsageError(`policy ${file} is not valid:\n${formatPolicyIssues(error)}`);
    throw error;
  }
}

/**
 * The default policy without a file; a UsageError naming the file and field when it is wrong.
 * Decisions under a file record its own `version`, or `file:<name>` when it gives none: never
 * the default's version, which would claim a policy that did not decide.
 */
export async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined) return DEFAULT_POLICY;
  const { overrides, policy } = await loadPolicyFile(file);
  return typeof overrides.version === 'string' && overrides.version !== '' ? policy : { ...policy, version: `file:${basename(file)}` };
}
