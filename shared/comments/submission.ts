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

// Control characters are refused, not stripped: the text is stored as given (DESIGN.md), and a
// NUL or an escape sequence in a comment is a client bug or an attack on whatever displays or
// logs it, so the sender hears which field carried one. A comment's text keeps its tab and line
// breaks; one-line fields (a name, a user agent) take none.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_IN_LINE = /\p{Cc}/u;
const CONTROL_IN_LINE_FREE = /^\P{Cc}*$/u;

const visibleText = (max: number, control: RegExp) =>
  z
    .string()
    .max(max)
    .refine((s) => !control.test(s), 'must not contain control characters')
    .refine((s) => s.trim().length > 0, 'must not be empty or only white space');

export const submissionSchema = z.strictObject({
  postId: externalIdSchema,
  parentId: externalIdSchema.optional(),
  externalId: externalIdSchema.optional(),
  text: visibleText(LIMITS.textChars, CONTROL_IN_TEXT),
  author: z.strictObject({
    name: visibleText(LIMITS.authorNameChars, CONTROL_IN_LINE),
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
      userAgent: z.string().max(LIMITS.userAgentChars).regex(CONTROL_IN_LINE_FREE, 'must not contain control characters').optional(),
    })
    .optional(),
});

export type Submission = z.infer<typeof submissionSchema>;

export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(LIMITS.idempotencyKeyChars)
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');
