import { z } from 'zod';

// What a blog backend may send. Every field has a limit and unknown fields are rejected
// (strictObject), so a typo such as `txt` is an error naming the field, not a silent drop.

export const LIMITS = {
  textChars: 10_000,
  idChars: 128,
  authorNameChars: 100,
  emailChars: 254,
  urlChars: 2_048,
  userAgentChars: 512,
  idempotencyKeyChars: 128,
} as const;

// Ids come from other systems (slugs, numbers, UUIDs, paths); exclude only what would be
// ambiguous in a URL or a key: whitespace, control characters and `#` (our key separator).
export const externalIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.idChars)
  .regex(/^[^\s#\p{Cc}]+$/u, 'must not contain spaces, control characters or #');

const visibleText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, 'must not be empty or only white space');

export const submissionSchema = z.strictObject({
  postId: externalIdSchema,
  parentId: externalIdSchema.optional(),
  externalId: externalIdSchema.optional(),
  text: visibleText(LIMITS.textChars),
  author: z.strictObject({
    name: visibleText(LIMITS.authorNameChars),
    id: externalIdSchema.optional(),
    email: z.email().max(LIMITS.emailChars).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(LIMITS.urlChars)
      .optional(),
  }),
  client: z
    .strictObject({
      ip: z.union([z.ipv4(), z.ipv6()]).optional(),
      userAgent: z.string().max(LIMITS.userAgentChars).optional(),
    })
    .optional(),
});

export type Submission = z.infer<typeof submissionSchema>;

export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(LIMITS.idempotencyKeyChars)
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');
