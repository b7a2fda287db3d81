// `--policy FILE`: a site's partial policy, merged over the default exactly as the worker
// does, so a dry run here predicts production.

import { readFile } from 'node:fs/promises';
import {
  DEFAULT_POLICY,
  PolicyValidationError,
  policyWithOverrides,
  type Policy,
} from '../../shared/engine/index.ts';
import { UsageError } from './command.ts';

/** The default policy without a file; a UsageError naming the file and field when it is wrong. */
export async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined) return DEFAULT_POLICY;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`policy ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let overrides: unknown;
  try {
    overrides = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`policy ${file}: invalid JSON (${(error as Error).message})`);
  }
  try {
    return policyWithOverrides(overrides);
  } catch (error) {
    if (error instanceof PolicyValidationError) {
      const issues = error.issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`);
      throw new UsageError(`policy ${file} is not valid:\n${issues.join('\n')}`);
    }
    throw error;
  }
}
