import { z } from 'zod';
import { pageLimitSchema } from './page-limit.ts';
import { invalidInput } from '../errors.ts';
import { externalIdSchema } from './submission.ts';

// A post id in a URL follows the same rules as the one a comment was submitted with.
export const postIdSchema = externalIdSchema;

/** Oldest first reads a thread as it was written; newest first is what a busy post shows on top. */
export const LISTING_ORDERS = ['oldest', 'newest'] as const;

export type ListingOrder = (typeof LISTING_ORDERS)[number];

export const listingQuerySchema = z.strictObject({
  limit: pageLimitSchema(100, 50),
  cursor: z.string().max(2048).optional(),
  order: z.enum(LISTING_ORDERS).default('oldest'),
});

export const parseListingRequest = (postId: string | undefined, query: Record<string, string | undefined> | undefined) => {
  const post = postIdSchema.safeParse(postId ?? '');
  if (!post.success) throw invalidInput('post id', post.error);
  const q = listingQuerySchema.safeParse(query ?? {});
  if (!q.success) throw invalidInput('query', q.error);
  return { postId: post.data, ...q.data };
};
