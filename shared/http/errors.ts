import type { FieldProblem } from '../errors.ts';

// Typed errors with a public part (status, code, message, fields, headers: safe to return)
// and a private part (`cause`: logged, never sent). Anything that is not an ApiError becomes a
// generic 500 at the edge.

export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  /** All the problems there were, when `fields` lists only the first of them. */
  readonly fieldCount: number;
  /** Response headers that belong to the error, e.g. `retry-after` on a 503. */
  readonly headers: Record<string, string>;
  /** middy's convention: true means the message may be shown to the caller. */
  readonly expose = true;

  constructor(
    statusCode: number,
    code: string,
    message: string,
    options: { fields?: FieldProblem[]; fieldCount?: number; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    this.fields = options.fields ?? [];
    this.fieldCount = Math.max(options.fieldCount ?? 0, this.fields.length);
    this.headers = options.headers ?? {};
  }

  toBody() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields.length ? { fields: this.fields } : {}),
        ...(this.fieldCount > this.fields.length ? { fieldCount: this.fieldCount } : {}),
      },
    };
  }
}

