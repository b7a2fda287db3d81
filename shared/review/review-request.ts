import { z } from 'zod';
import { validationError } from '../http/errors.ts';

const reviewStatus = z.enum(['flagged', 'rejected', 'approved']);

const queueQuerySchema = z.strictObject({
  status: reviewStatus.default('flagged'),
  order: z.enum(['oldest', 'newest']).default('oldest'),
  postId: z.string().min(1).max(128).optional(),
  rule: z.string().min(1).max(100).optional(),
  category: z.string().min(1).max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});

export type QueueQuery = z.infer<typeof queueQuerySchema>;

export const parseQueueQuery = (query: Record<string, string | undefined> | undefined): QueueQuery => {
  const parsed = queueQuerySchema.safeParse(query ?? {});
  if (!parsed.success) throw validationError('query', parsed.error);
  return parsed.data;
};

const decisionFields = {
  action: z.enum(['approve', 'reject']),
  note: z.string().max(1000).optional(),
};

const decisionSchema = z.strictObject({ ...decisionFields, revision: z.number().int().min(0) });

const bulkSchema = z.strictObject({
  ...decisionFields,
  items: z
    .array(z.strictObject({ id: z.string().min(1).max(64), revision: z.number().int().min(0) }))
    .min(1)
    .max(100),
});

export type DecisionRequest = z.infer<typeof decisionSchema>;
export type BulkDecisionRequest = z.infer<typeof bulkSchema>;

export const parseDecisionRequest = (body: unknown): DecisionRequest => {
  const parsed = decisionSchema.safeParse(body);
  if (!parsed.success) throw validationError('decision', parsed.error);
  return parsed.data;
};

export const parseBulkDecisionRequest = (body: unknown): BulkDecisionRequest => {
  const parsed = bulkSchema.safeParse(body);
  if (!parsed.success) throw validationError('bulk decision', parsed.error);
  return parsed.data;
};
