// Domain errors: what went wrong in the terms of the domain (invalid input, no such thing, a
// conflicting change), never an HTTP status. Each carries a stable machine `code` and, for
// invalid input, the fields at fault. functions/middleware/ decides what each means on the wire;
// the CLI prints the message.

import type { z } from 'zod';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error names at most this many fields: a body of a million unknown keys must not echo them all back. */
export const MAX_FIELDS_LISTED = 20;

export abstract class DomainError extends Error {
  readonly code: string;
  /** The first MAX_FIELDS_LISTED problems. */
  readonly fields: FieldProblem[];
  /** How many problems there were in all (more than `fields.length` when the list was cut). */
  readonly fieldCount: number;

  constructor(code: string, message: string, options: { fields?: FieldProblem[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    const fields = options.fields ?? [];
    this.fields = fields.slice(0, MAX_FIELDS_LISTED);
    this.fieldCount = fields.length;
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

/** `what` failed its schema: the first MAX_FIELDS_LISTED bad fields named (and how many more), code `validation_failed`. */
export const invalidInput = (what: string, error: z.ZodError): InvalidInputError => {
  const fields = fieldProblems(error);
  const listed = fields.slice(0, MAX_FIELDS_LISTED);
  const more = fields.length - listed.length;
  const summary = listed.map((f) => `${f.field}: ${f.message}`).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return new InvalidInputError('validation_failed', `Invalid ${what}: ${summary}`, { fields });
};
