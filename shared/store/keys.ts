import type { CommentStatus } from '../comments/comment.ts';

// Key builders for the design documented in table.ts. Every key is built here and
// nowhere else.

export const commentKey = (id: string) => ({ pk: `COMMENT#${id}`, sk: 'COMMENT' });

/** The comment id inside a comment's `pk`. */
export const commentIdOf = (pk: string): string => pk.slice('COMMENT#'.length);

// The indexes sort by the comment's own `createdAt`, so an index entry needs no sort key
// attribute of its own (one fewer copy of the time and id per entry, each entry paid per KB).
export const postIndexKeys = (siteId: string, postId: string) => ({ gsi1pk: postPartition(siteId, postId) });

export const postPartition = (siteId: string, postId: string) => `POST#${siteId}#${postId}`;

/** A queue of byQueue: a status, or `reported` (approved comments readers reported, see shared/reports). */
export type QueueKey = CommentStatus | 'reported';

export const queueIndexKeys = (siteId: string, queue: QueueKey) => ({ gsi2pk: queuePartition(siteId, queue) });

export const queuePartition = (siteId: string, queue: QueueKey) => `QUEUE#${siteId}#${queue}`;

/** A labelled comment's entry in its site's label index (imported history and moderators' labels; see table.ts). */
export const labelIndexKeys = (siteId: string) => ({ gsi3pk: labelPartition(siteId) });

export const labelPartition = (siteId: string) => `LABEL#${siteId}`;

export const siteKey = (siteId: string) => ({ pk: `SITE#${siteId}`, sk: 'SITE' });

export const apiKeyHashKey = (keyHash: string) => ({ pk: `KEY#${keyHash}`, sk: 'KEY' });

export const policyKey = (siteId: string, version: string) => ({ pk: `SITE#${siteId}`, sk: `POLICY#${version}` });

/** A stored model version's manifest: what it was trained on and how many parts hold it (see models.ts). */
export const modelKey = (siteId: string, version: string) => ({ pk: `SITE#${siteId}`, sk: `${modelPrefix}${version}` });

export const modelPrefix = 'MODEL#';

/** One part of a stored model's compressed document; `MODELPART#` sorts apart from `MODEL#` listings. */
export const modelPartKey = (siteId: string, version: string, part: number) => ({
  pk: `SITE#${siteId}`,
  sk: `MODELPART#${version}#${String(part).padStart(3, '0')}`,
});

export const authorStatsKey = (siteId: string, authorKey: string) => ({ pk: `AUTHOR#${siteId}#${authorKey}`, sk: 'STATS' });

/** A moderator's trust, pre-moderation or ban of an author, beside the author's history (shared/authors). */
export const authorActionKey = (siteId: string, authorKey: string) => ({ pk: `AUTHOR#${siteId}#${authorKey}`, sk: 'ACTION' });

/** A network's recent comment times (flood by address), keyed by the salted hash of the client IP, never the address. */
export const networkKey = (siteId: string, ipHash: string) => ({ pk: `NET#${siteId}#${ipHash}`, sk: 'NET' });

/** The deployment's salt for hashing client IPs (shared/comments/client-ip.ts): one item, made on first use. */
export const ipSaltKey = { pk: 'CONFIG', sk: 'IP_SALT' } as const;

/** How many comments a site has submitted in one rate-limit window (shared/comments/intake-limit.ts). */
export const intakeCounterKey = (siteId: string, windowStart: number) => ({ pk: `INTAKE#${siteId}`, sk: String(windowStart) });

export const fingerprintKey = (siteId: string, fingerprint: string) => ({ pk: `FP#${siteId}#${fingerprint}`, sk: 'FP' });

export const auditPrefix = 'AUDIT#';

/** Audit entries live beside their comment: one Query reads a comment's whole history. */
export const auditKey = (commentId: string, at: string, by: string) => ({ pk: `COMMENT#${commentId}`, sk: `${auditPrefix}${at}#${by}` });

/** One registry partition lists every site, for admins choosing what to moderate. */
export const siteRegistryPartition = 'SITES';

export const siteRegistryKey = (siteId: string) => ({ pk: siteRegistryPartition, sk: `SITE#${siteId}` });

/**
 * A site's webhook items share one partition prefix, so the delivery function's role can be
 * limited to it (IAM `dynamodb:LeadingKeys`, see functions/manifest.ts).
 */
export const webhookPartitionPrefix = 'WEBHOOK#';

export const webhookPartition = (siteId: string) => `${webhookPartitionPrefix}${siteId}`;

export const webhookEndpointsKey = (siteId: string) => ({ pk: webhookPartition(siteId), sk: 'ENDPOINTS' });

export const webhookDeliveryPrefix = 'DELIVERY#';

/** Delivery ids start with the event id, which starts with its time: the log sorts by time. */
export const webhookDeliveryKey = (siteId: string, deliveryId: string) => ({ pk: webhookPartition(siteId), sk: `${webhookDeliveryPrefix}${deliveryId}` });
