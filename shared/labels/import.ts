// The history a site brings from another system: one labelled comment per JSON line,
// checked here and turned into a stored comment that carries its label. Imported comments
// are for training only: they are stored decided (approved for "ok", rejected otherwise) but
// with no listing or queue index keys, so they never appear on a post or in a moderator's
// queue, and the engine never moderates them.

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { idempotentCommentId } from '../comments/ids.ts';
import { externalIdSchema, LIMITS } from '../comments/submission.ts';
import { ABUSE_CATEGORIES, labelGroup, OK_LABEL } from '../learn/labels.ts';
import { LABEL_CLASSES, type LabelClass, type LabelledComment } from './labels.ts';

/** The labels a line may carry: a class, or one of the abuse categories (stored as "abuse"). */
export const IMPORT_LABELS = [...LABEL_CLASSES, ...ABUSE_CATEGORIES] as const;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, 'must not be empty or only white space');

const authorSchema = z.union(
  [
    text(LIMITS.authorNameChars).transform((name) => ({ name })),
    z.object({
      name: z.string().max(LIMITS.authorNameChars).optional(),
      id: externalIdSchema.optional(),
      email: z.email().max(LIMITS.emailChars).optional(),
      url: z.url({ protocol: /^https?$/ }).max(LIMITS.urlChars).optional(),
    }),
  ],
  { error: 'expected a name or an object with name, id, email, url' },
);

// Fields beyond these (an export's own bookkeeping) are ignored, not errors: the file comes
// from another system.
const importLineSchema = z
  .object({
    text: text(LIMITS.textChars),
    label: z.enum(IMPORT_LABELS, { error: `expected one of ${IMPORT_LABELS.join(', ')}` }),
    id: externalIdSchema.optional(),
    externalId: externalIdSchema.optional(),
    author: authorSchema.optional(),
    postId: externalIdSchema.optional(),
    parentId: externalIdSchema.optional(),
    // With a zone, or epoch milliseconds: a zoneless time would depend on where the CLI runs.
    createdAt: z.union([z.iso.datetime({ offset: true }), z.number().int().nonnegative()]).optional(),
  })
  .refine((line) => line.id === undefined || line.externalId === undefined || line.id === line.externalId, {
    message: 'id and externalId both name the comment in the other system; give one (or the same value)',
    path: ['externalId'],
  });

export interface ImportLine {
  text: string;
  label: LabelClass;
  /** The comment's id in the system it came from. */
  externalId?: string;
  author?: { name?: string; id?: string; email?: string; url?: string };
  postId?: string;
  parentId?: string;
  /** ISO-8601 UTC. */
  createdAt?: string;
}

export type ImportLineResult = { ok: true; line: ImportLine } | { ok: false; problem: string };

/** One line of an import file; a problem names the line number, the id when known, and each bad field. */
export function parseImportLine(raw: string, lineNo: number): ImportLineResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: `line ${lineNo}: invalid JSON (${(error as Error).message})` };
  }
  const named = (json as { externalId?: unknown; id?: unknown } | null)?.externalId ?? (json as { id?: unknown } | null)?.id;
  const where = typeof named === 'string' || typeof named === 'number' ? `line ${lineNo} (id ${String(named)})` : `line ${lineNo}`;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problem: `${where}: expected a JSON object` };
  const parsed = importLineSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problem: `${where}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ')}` };
  }
  const { id, externalId, label, createdAt, author, ...rest } = parsed.data;
  const line: ImportLine = { ...rest, label: labelGroup(label) };
  if (externalId ?? id) line.externalId = externalId ?? id;
  if (author) line.author = author;
  if (createdAt !== undefined) line.createdAt = new Date(createdAt).toISOString();
  return { ok: true, line };
}

/** Where a line without a postId is filed (imported comments are never listed by post). */
export const IMPORTED_POST = 'imported';

const contentHash = (line: ImportLine): string =>
  createHash('sha256')
    .update(JSON.stringify([line.text, line.author ?? null, line.postId ?? null, line.parentId ?? null, line.createdAt ?? null]))
    .digest('base64url');

/**
 * The stored form of an imported line. Its id is derived from the site and the line's own id
 * (or, without one, its content), in a namespace of its own: importing a file again finds
 * the same comments, and an import can never overwrite a comment the site posted.
 */
export function importedComment(siteId: string, line: ImportLine, now: Date): LabelledComment {
  const hash = contentHash(line);
  const at = now.toISOString();
  return {
    id: idempotentCommentId(siteId, `import:${line.externalId !== undefined ? `external:${line.externalId}` : `content:${hash}`}`),
    siteId,
    postId: line.postId ?? IMPORTED_POST,
    ...(line.parentId ? { parentId: line.parentId } : {}),
    ...(line.externalId !== undefined ? { externalId: line.externalId } : {}),
    text: line.text,
    author: { ...line.author, name: line.author?.name ?? '' },
    status: line.label === OK_LABEL ? 'approved' : 'rejected',
    createdAt: line.createdAt ?? at,
    revision: 0,
    // With the label, what tells a changed line from the same line imported again.
    bodyHash: hash,
    correlationId: 'sieve-learn-import',
    label: line.label,
    labelSource: 'import',
    labelledAt: at,
  };
}
