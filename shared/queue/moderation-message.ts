import { z } from 'zod';

// The moderation queue carries only a reference: the comment itself is already durable in
// DynamoDB, which stays the single source of truth (and keeps personal data off the queue).
export const moderationMessageSchema = z.strictObject({
  commentId: z.string().min(1),
  siteId: z.string().min(1),
  correlationId: z.string().min(1),
});

export type ModerationMessage = z.infer<typeof moderationMessageSchema>;

export const parseModerationMessage = (body: string): ModerationMessage =>
  moderationMessageSchema.parse(JSON.parse(body));
