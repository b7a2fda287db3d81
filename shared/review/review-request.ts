import { isIP } from 'node:net';
import { z } from 'zod';
import { pageLimitSchema } from '../comments/page-limit.ts';
import { invalidInput } from '../errors.ts';
import { AUTHOR_ACTIONS } from '../authors/author-actions.ts';
import { REJECT_REASONS } from '../labels/labels.ts';
import { PERSONAL_HASH } from './personal-hash.ts';

/**
 * `pending`: not yet decided by the engine; `reported`: approved comments readers reported
 * (shared/reports); `all`: every queue of the site, merged by time.
 */
export const QUEUE_NAMES = ['pending', 'flagged', 'rejected', 'approved', 'reported', 'all'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

const personalHashParam = z.string().regex(PERSONAL_HASH, 'expected the 64 hex digits of a SHA-256 (the console hashes what you type)');

const queueQuerySchema = z.strictObject({
  status: z.enum(QUEUE_NAMES).default('flagged'),
  order: z.enum(['oldest', 'newest']).default('oldest'),
  postId: z.string().min(1).max(128).optional(),
  rule: z.string().min(1).max(100).optional(),
  category: z.string().min(1).max(40).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  author: z.string().trim().min(1).max(128).optional(),
  emailHash: personalHashParam.optional(),
  // An IP is never stored: the search compares the site's salted key of it (client-ip.ts).
  ip: z.string().trim().max(64).refine((v) => isIP(v) !== 0, 'expected an IPv4 or IPv6 address').optional(),
  authorKey: z.string().min(3).max(200).regex(/^(id|email|name):/, 'expected an author key (id:…, email:… or name:…)').optional(),
  limit: pageLimitSchema(100, 25),
  cursor: z.string().max(2048).optional(),
});

export type QueueQuery = z.infer<typeof queueQuerySchema>;

/** A parsed query as the store reads it: an IP turned into the site's salted key by the handler. */
export type QueueFilters = Omit<QueueQuery, 'ip'> & { ipKey?: string | undefined };

export const parseQueueQuery = (query: Record<string, string | undefined> | undefined): QueueQuery => {
  const parsed = queueQuerySchema.safeParse(query ?? {});
  if (!parsed.success) throw invalidInput('query', parsed.error);
  return parsed.data;
};

const decisionFields = {
  action: z.enum(['approve', 'reject']),
  // Optional so clients written before reasons keep working: such a reject trains nothing.
  reason: z.enum(REJECT_REASONS, { error: `expected one of ${REJECT_REASONS.join(', ')}` }).optional(),
  note: z.string().max(1000).optional(),
};

/** A reason explains a rejection; on an approval it would be a client's mistake, so it is named, not dropped. */
const reasonOnlyWithReject = (body: { action: string; reason?: string | undefined }, ctx: z.RefinementCtx) => {
  if (body.reason !== undefined && body.action !== 'reject') {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: `only a reject takes a reason (action is ${body.action})` });
  }
};

const decisionSchema = z.strictObject({ ...decisionFields, revision: z.number().int().min(0) }).superRefine(reasonOnlyWithReject);

const bulkSchema = z
  .strictObject({
    ...decisionFields,
    items: z
      .array(z.strictObject({ id: z.string().min(1).max(64), revision: z.number().int().min(0) }))
      .min(1)
      .max(100),
  })
  .superRefine(reasonOnlyWithReject);

export type DecisionRequest = z.infer<typeof decisionSchema>;
export type BulkDecisionRequest = z.infer<typeof bulkSchema>;

export const parseDecisionRequest = (body: unknown): DecisionRequest => {
  const parsed = decisionSchema.safeParse(body);
  if (!parsed.success) throw invalidInput('decision', parsed.error);
  return parsed.data;
};

export const parseBulkDecisionRequest = (body: unknown): BulkDecisionRequest => {
  const parsed = bulkSchema.safeParse(body);
  if (!parsed.success) throw invalidInput('bulk decision', parsed.error);
  return parsed.data;
};

const undoSchema = z.strictObject({
  // The revisions the moderator's decisions produced (the decision's answer carries them).
  items: z
    .array(z.strictObject({ id: z.string().min(1).max(64), revision: z.number().int().min(0) }))
    .min(1)
    .max(100),
});

export type UndoRequest = z.infer<typeof undoSchema>;

export const parseUndoRequest = (body: unknown): UndoRequest => {
  const parsed = undoSchema.safeParse(body);
  if (!parsed.success) throw invalidInput('undo', parsed.error);
  return parsed.data;
};

const authorActionSchema = z.strictObject({
  action: z.enum([...AUTHOR_ACTIONS, 'none'], { error: `expected one of ${[...AUTHOR_ACTIONS, 'none'].join(', ')}` }),
  /** Absent: until lifted. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
  note: z.string().max(500).optional(),
});

export type AuthorActionRequest = z.infer<typeof authorActionSchema>;

export const parseAuthorActionRequest = (body: unknown): AuthorActionRequest => {
  const parsed = authorActionSchema.safeParse(body);
  if (!parsed.success) throw invalidInput('author action', parsed.error);
  return parsed.data;
};
