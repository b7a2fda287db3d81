// A site's decided comments since a time, oldest first, read from the byQueue index (one
// partition per status) and merged, so `policy backtest` replays them in the order they
// arrived. Pending comments are not indexed (their queue is SQS) and are left out.

import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Comment } from '../../shared/comments/comment.ts';
import { fromItem } from '../../shared/store/comments.ts';
import { queuePartition } from '../../shared/store/keys.ts';
import { allPages, mergeInOrder } from '../../shared/store/paging.ts';
import { REVIEW_STATUSES, type ReviewStatus } from '../../shared/store/review.ts';

async function* partition(doc: DynamoDBDocumentClient, tableName: string, siteId: string, status: ReviewStatus, since: string): AsyncGenerator<Comment> {
  const pages = allPages((start) =>
    doc.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'byQueue',
        // The index sorts by createdAt, ISO times that sort as text: `>= since` is a time bound.
        KeyConditionExpression: 'gsi2pk = :p AND createdAt >= :since',
        ExpressionAttributeValues: { ':p': queuePartition(siteId, status), ':since': since },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    ),
  );
  for await (const page of pages) for (const item of page.Items ?? []) yield fromItem(item);
}

const order = (c: Comment) => `${c.createdAt}#${c.id}`;

/** Merges the status partitions, each already in time order, into one stream in time order. */
export const storedComments = (doc: DynamoDBDocumentClient, tableName: string, siteId: string, since: string): AsyncGenerator<Comment> =>
  mergeInOrder(
    REVIEW_STATUSES.map((status) => partition(doc, tableName, siteId, status, since)),
    order,
  );
