import { z } from 'zod';
import type { ReportedBody } from '../api/response-schemas.ts';
import type { Comment, CommentReports } from '../comments/comment.ts';
import type { Policy } from '../engine/policy.ts';
import { ConflictError, NotFoundError, invalidInput } from '../errors.ts';

// A reader's report, relayed by the blog with its site key. An approved comment moves into
// its site's Reported queue and stays published, unless the site's policy unpublishes it
// after N reports since a moderator last looked; it then waits in the Reported queue, off the
// post, until a moderator decides. A comment not approved (pending, flagged, rejected) only
// counts the report: readers should not see it, and moderators already will.

export const REPORT_REASONS = ['spam', 'abuse', 'off_topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Notes kept per comment (the latest ones): enough to judge, bounded so an item cannot grow without end. */
export const KEPT_REPORT_NOTES = 5;

export const reportSchema = z.strictObject({
  reason: z.enum(REPORT_REASONS, { error: `expected one of ${REPORT_REASONS.join(', ')}` }),
  /** The reader's own words, if the blog passes them on. */
  note: z.string().trim().min(1).max(500).optional(),
});

export type ReportRequest = z.infer<typeof reportSchema>;

export const parseReportRequest = (body: unknown): ReportRequest => {
  const parsed = reportSchema.safeParse(body);
  if (!parsed.success) throw invalidInput('report', parsed.error);
  return parsed.data;
};

/** What one report changes on the comment, computed from the comment as read. */
export interface ReportChange {
  /** The report count the write expects to find (the write is conditional on it). */
  seenCount: number;
  count: number;
  reasons: Partial<Record<ReportReason, number>>;
  notes: CommentReports['notes'];
  at: string;
  /** Into the Reported queue (approved comments only). */
  queue: boolean;
  /** Off the post until a moderator decides (the policy's unpublishAfter was reached). */
  unpublish: boolean;
}

export const reportChange = (comment: Comment, report: ReportRequest, policy: Policy, now: Date): ReportChange => {
  const seenCount = comment.reports?.count ?? 0;
  const count = seenCount + 1;
  const at = now.toISOString();
  const reasons = { ...comment.reports?.reasons, [report.reason]: (comment.reports?.reasons?.[report.reason] ?? 0) + 1 };
  const notes = report.note ? [...(comment.reports?.notes ?? []), { at, reason: report.reason, note: report.note }].slice(-KEPT_REPORT_NOTES) : (comment.reports?.notes ?? []);
  const queue = comment.status === 'approved';
  const sinceReview = count - (comment.reports?.reviewed ?? 0);
  const limit = policy.reports.unpublishAfter;
  return { seenCount, count, reasons, notes, at, queue, unpublish: queue && limit !== null && sinceReview >= limit };
};

export interface ReportPorts {
  getComment(id: string): Promise<Comment | undefined>;
  policy(siteId: string): Promise<Policy>;
  /** One conditional write on the report count read; false when another report landed first. */
  addReport(comment: Comment, change: ReportChange): Promise<boolean>;
}

export type Reported = ReportedBody;

const ATTEMPTS = 5;

export const reportComment = async (input: { siteId: string; commentId: string; report: ReportRequest; now: Date }, ports: ReportPorts): Promise<Reported> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const comment = await ports.getComment(input.commentId);
    // Another site's comment answers exactly like a missing one: ids reveal nothing.
    if (!comment || comment.siteId !== input.siteId) throw new NotFoundError('not_found', `No comment with id ${input.commentId}`);
    const change = reportChange(comment, input.report, await ports.policy(comment.siteId), input.now);
    if (await ports.addReport(comment, change)) {
      return { id: comment.id, status: change.unpublish ? 'flagged' : comment.status, reports: change.count, queued: change.queue, unpublished: change.unpublish };
    }
  }
  throw new ConflictError('busy', `Comment ${input.commentId} is being reported by many readers at once; try again`);
};
