// A model file (`sieve learn --out`), read for `check --model` and `eval --model`. A model
// that cannot be used is an input error: the command stops before deciding anything, rather
// than silently deciding with the rules alone.

import { readFile } from 'node:fs/promises';
import { ModelFormatError, parseModel, type LearnedModel } from '../../shared/learn/index.ts';
import { UsageError } from './command.ts';

export async function loadModelFile(file: string): Promise<LearnedModel> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`model ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return parseModel(text);
  } catch (error) {
    if (error instanceof ModelFormatError) throw new UsageError(`model ${file} cannot be used: ${error.message}`);
    throw error;
  }
}
