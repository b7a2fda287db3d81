// The stage name becomes part of the stack name and every generated physical name, so it is
// held to the strictest of those alphabets (CloudFormation stack names and SQS queue names
// allow letters, digits and hyphens) and kept short because generated names are truncated.
const STAGE_NAME = /^[a-z][a-z0-9-]{0,15}$/;

export const DEFAULT_STAGE = 'dev';

export class InvalidStageNameError extends Error {
  override readonly name = 'InvalidStageNameError';
}

/** Validates the `stage` context value; `undefined` means the default stage. */
export const parseStageName = (raw: unknown): string => {
  if (raw === undefined) return DEFAULT_STAGE;
  if (typeof raw !== 'string' || !STAGE_NAME.test(raw)) {
    throw new InvalidStageNameError(
      `context "stage" must be 1-16 characters of lowercase letters, digits and hyphens, starting with a letter; got ${JSON.stringify(raw)}`,
    );
  }
  return raw;
};
