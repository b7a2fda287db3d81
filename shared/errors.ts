// Domain errors: what went wrong in the terms of the domain (invalid input, no such thing, a
// conflicting change), never an HTTP status. Each carries a stable machine `code` and, for
// invalid input, the fields at fault. functions/middleware/ decides what each means on the wire;
// the CLI prints the message.

import type { z } from 'zod';

export interface FieldProblem {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  readonly code: string;
  readonly fields: FieldProblem[];

  constructor(code: string, message: string, options: { fields?: FieldProblem[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.fields = options.fields ?? [];
  }
}

/** The caller sent something unusable: a malformed field, cursor or header. */
export class InvalidInputError extends DomainError {
  override name = 'InvalidInputError';
}

/** No such thing, or not one the caller may see (the two answer alike, so ids reveal nothing). */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
}

/** The change collides with the current state: someone decided first, a key reused for other content. */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
}

/** The caller is sending faster than it may; it can try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  override name = 'RateLimitedError';
  readonly retryAfterSeconds: number;

  constructor(code: string, message: string, retryAfterSeconds: number) {
    super(code, message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The caller did not say who they are (no verified identity). */
export class NotAuthenticatedError extends DomainError {
  override name = 'NotAuthenticatedError';
}

const pathOf = (path: PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(body)';

/** Turns zod issues into field problems; unknown keys are named one by one. */
export const fieldProblems = (error: z.ZodError): FieldProblem[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: pathOf([...issue.path, key]), message: 'unknown field' }))
      : [{ field: pathOf(issue.path), message: issue.message }],
  );

/** `what` failed its schema: every bad field named, code `validation_failed`. */
export const invalidInput = (what: string, error: z.ZodError): InvalidInputError => {
  const fields = fieldProblems(error);
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new InvalidInputError('validation_failed', `Invalid ${what}: ${summary}`, { fields });
};
