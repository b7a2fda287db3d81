// Perspective's errors in domain terms: invalid input (a bad body, an attribute or language
// we do not score, a wrong key) and a missing key. functions/middleware/perspective-errors.ts
// gives them Perspective's wire shape ({"error": {"code", "message", "status"}}).

import { InvalidInputError, NotAuthenticatedError, type FieldProblem } from '../errors.ts';

/** Google's error detail type for an attribute asked of a language it does not read. */
export const LANGUAGE_NOT_SUPPORTED = 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE';

/** Invalid input with, where Perspective gives one, its machine-readable error type. */
export class PerspectiveInputError extends InvalidInputError {
  override name = 'PerspectiveInputError';
  readonly errorType: string | undefined;
  readonly detail: Record<string, unknown> | undefined;

  constructor(code: string, message: string, options: { fields?: FieldProblem[]; errorType?: string; detail?: Record<string, unknown> } = {}) {
    super(code, message, { fields: options.fields ?? [] });
    this.errorType = options.errorType;
    this.detail = options.detail;
  }
}

/** Google's wording, which Perspective clients show as is. */
export const missingKey = () => new NotAuthenticatedError('missing_key', 'The request is missing a valid API key.');
export const invalidKey = () => new PerspectiveInputError('invalid_key', 'API key not valid. Please pass a valid API key.', { errorType: 'API_KEY_INVALID' });
