import { z } from 'zod';
import { CATEGORIES } from '../engine/policy.ts';
import { REJECT_REASONS } from '../labels/labels.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookEvent } from '../webhooks/events.ts';

// What the API answers and what webhooks carry, as zod schemas: the views in
// shared/comments/comment.ts and the events in shared/webhooks/events.ts are typed by these
// (the compiler keeps the two in step), and the OpenAPI document (openapi.ts) is generated
// from them beside the request schemas the handlers validate with.

const STATUSES = ['pending', 'approved', 'flagged', 'rejected'] as const;
const OUTCOMES = ['approve', 'flag', 'reject'] as const;

export const decidedBySchema = z.enum(['engine', 'moderator']).meta({ description: 'The engine, or a person (moderators stay anonymous to the blog)' });

const category = z.enum(CATEGORIES);

export const reasonSchema = z.object({
  rule: z.string().meta({ description: 'Stable rule id, e.g. spam.links.count' }),
  category,
  contribution: z.number().meta({ description: 'Points this reason added to its category' }),
  detail: z.string().meta({ description: 'One sentence a person can read' }),
  spans: z.array(z.tuple([z.number().int(), z.number().int()])).meta({ description: '[start, end) offsets in the field the reason is about' }),
  field: z.enum(['text', 'author.name', 'author.url', 'author.email']).optional(),
});

const authorViewSchema = z.object({
  name: z.string(),
  id: z.string().optional(),
  url: z.string().optional(),
});

export const acceptedSchema = z.object({ id: z.string(), status: z.enum(STATUSES) });

/** A reader's report as recorded: the comment's status after it, its report count, whether it is in the Reported queue and off its post. */
export const reportedSchema = z.object({
  id: z.string(),
  status: z.enum(STATUSES),
  reports: z.number().int(),
  queued: z.boolean(),
  unpublished: z.boolean(),
});

export const commentViewSchema = z
  .object({
    id: z.string(),
    status: z.enum(STATUSES),
    postId: z.string(),
    parentId: z.string().optional(),
    externalId: z.string().optional(),
    text: z.string(),
    author: authorViewSchema,
    createdAt: z.string(),
    erasedAt: z.string().optional().meta({ description: "When the author's personal data was erased: name, text (unless the site keeps texts) and the rest replaced" }),
    decidedAt: z.string().optional(),
    decision: z
      .object({
        outcome: z.enum(OUTCOMES),
        reasons: z.array(reasonSchema),
        scores: z.partialRecord(category, z.number()),
        policyVersion: z.string(),
        modelVersion: z.string().optional(),
        by: decidedBySchema,
      })
      .optional(),
    review: z
      .object({
        by: decidedBySchema,
        action: z.enum(['approve', 'reject']),
        reason: z.enum(REJECT_REASONS).optional(),
        at: z.string(),
      })
      .optional(),
  })
  .meta({ description: "A site's own comment with its status and decision; never its e-mail or IP" });

export const publicCommentSchema = z
  .object({
    id: z.string(),
    postId: z.string(),
    parentId: z.string().nullable(),
    author: authorViewSchema,
    text: z.string().meta({ description: 'As submitted: escape it when rendering' }),
    createdAt: z.string(),
  })
  ;

export const commentPageSchema = z
  .object({
    postId: z.string(),
    items: z.array(publicCommentSchema),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null at the end' }),
  })
  ;

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  ;

export const webhookEventSchema = z
  .object({
    id: z.string().meta({ description: 'Deduplicate on this: a redelivery carries the same id' }),
    type: z.enum(WEBHOOK_EVENT_TYPES),
    createdAt: z.string(),
    siteId: z.string(),
    data: z.object({
      commentId: z.string(),
      postId: z.string(),
      parentId: z.string().nullable(),
      externalId: z.string().nullable(),
      status: z.enum(STATUSES),
      outcome: z.enum(OUTCOMES).nullable(),
      reasons: z.array(z.object({ rule: z.string(), category: z.string(), contribution: z.number(), detail: z.string() })),
      policyVersion: z.string().nullable(),
      modelVersion: z.string().nullable(),
      decidedBy: decidedBySchema.nullable(),
      rejectReason: z.string().nullable(),
      revision: z.number().int(),
    }),
  })
  .meta({ description: 'The JSON body POSTed to a webhook endpoint, signed in the Sieve-Signature header' });

export type AcceptedBody = z.output<typeof acceptedSchema>;
export type ReportedBody = z.output<typeof reportedSchema>;
export type CommentViewBody = z.output<typeof commentViewSchema>;
export type PublicCommentBody = z.output<typeof publicCommentSchema>;
export type CommentPageBody = z.output<typeof commentPageSchema>;
export type WebhookEventBody = z.output<typeof webhookEventSchema>;

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time: the event the code builds is exactly the one documented (tsc fails otherwise). */
export const WEBHOOK_EVENT_DOCUMENTED: Exactly<WebhookEvent, WebhookEventBody> = true;
