import { isCommentId } from '../shared/comments/ids.ts';
import { siteCacheConfig, tableConfig } from '../shared/config.ts';
import { NotFoundError } from '../shared/errors.ts';
import { createPolicyCache } from '../shared/moderation/policy-cache.ts';
import { logger } from '../shared/observability/logger.ts';
import { parseReportRequest, reportComment } from '../shared/reports/report-comment.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { PolicyStore } from '../shared/store/policies.ts';
import { ReportStore } from '../shared/store/reports.ts';
import { apiHandler, callerSite } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const { ttlMs } = siteCacheConfig();
const doc = createDocumentClient();
const comments = new CommentStore(doc, tableName);
const reports = new ReportStore(doc, tableName);
// The policy in use says after how many reports a comment leaves its post; a shadow version decides nothing here.
const policiesFor = createPolicyCache(new PolicyStore(doc, tableName), { ttlMs });

export const handler = apiHandler(
  async (event) => {
    const siteId = callerSite(event);
    const id = event.pathParameters?.id ?? '';
    if (!isCommentId(id)) throw new NotFoundError('not_found', `No comment with id ${id}`);
    const report = parseReportRequest(event.body);
    const reported = await reportComment(
      { siteId, commentId: id, report, now: new Date() },
      {
        getComment: (commentId) => comments.get(commentId),
        policy: async (site) => (await policiesFor(site, Date.now())).active,
        addReport: (comment, change) => reports.addReport(comment, change),
      },
    );
    // The reader's note is theirs: only the reason and the counts reach the log.
    logger.info('Comment reported', { siteId, commentId: id, reason: report.reason, reports: reported.reports, unpublished: reported.unpublished });
    return { statusCode: 202, body: reported };
  },
  { jsonBody: true },
);
