// One line of `sieve check` / `sieve eval` input: JSON with at least id and text. Lines
// are checked here so a bad one is reported precisely and skipped, never half-evaluated.

import { z } from 'zod';
import type { CommentAuthor } from '../../shared/engine/index.ts';

const authorSchema = z.object({
  name: z.string().optional(),
  id: z.string().optional(),
  email: z.string().optional(),
  url: z.string().optional(),
});

const commentLineSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  author: authorSchema.optional(),
  postId: z.string().optional(),
  parentId: z.string().optional(),
  // Either ISO-8601 with a zone or epoch milliseconds; a zoneless time would be read in
  // whatever zone the CLI runs in and make runs unreproducible.
  createdAt: z.union([z.iso.datetime({ offset: true }), z.number().int().nonnegative()]).optional(),
});

const labelledLineSchema = commentLineSchema.extend({ label: z.string().min(1) });

export interface CommentLine {
  id: string;
  text: string;
  author?: CommentAuthor;
  postId?: string;
  parentId?: string;
  /** Epoch ms when the line carried a time; the stream's clock otherwise. */
  createdAt?: number;
  /** Only for labelled input (`sieve eval`). */
  label?: string;
}

export type LineResult = { ok: true; line: CommentLine } | { ok: false; problem: string };

export interface LineRules {
  labelled: boolean;
}

/** Parses one input line; `problem` names the line number, the id when known, and the field. */
export function parseCommentLine(raw: string, lineNo: number, rules: LineRules): LineResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: `line ${lineNo}: invalid JSON (${(error as Error).message})` };
  }
  const where = describeLine(json, lineNo);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: `${where}: expected a JSON object` };
  }
  const parsed = (rules.labelled ? labelledLineSchema : commentLineSchema).safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`);
    return { ok: false, problem: `${where}: ${issues.join('; ')}` };
  }
  const { createdAt, ...rest } = parsed.data;
  const line: CommentLine = { ...rest };
  if (createdAt !== undefined) line.createdAt = typeof createdAt === 'number' ? createdAt : Date.parse(createdAt);
  return { ok: true, line };
}

function describeLine(json: unknown, lineNo: number): string {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? `line ${lineNo} (id ${JSON.stringify(id)})` : `line ${lineNo}`;
}
