// The one DynamoDB table and its key design. The CDK stack and the local runtime both
// build the table from TABLE_DEFINITION, so they cannot drift apart.
//
// Every item has a partition key `pk` and sort key `sk`. Access patterns:
//
// | pattern                                   | where                 | key                                                        |
// | ----------------------------------------- | --------------------- | ---------------------------------------------------------- |
// | a comment by id                           | table                 | pk=COMMENT#<id>            sk=COMMENT                      |
// | approved comments of a post by time       | GSI1 (byPost), sparse | gsi1pk=POST#<site>#<post>  createdAt                       |
// | decided comments of a site by status, age | GSI2 (byQueue), sparse| gsi2pk=QUEUE#<site>#<status> createdAt                     |
// | a site                                    | table                 | pk=SITE#<site>             sk=SITE                         |
// | the site a key hash belongs to            | table                 | pk=KEY#<sha256(key)>       sk=KEY                          |
// | a site's policy, by version               | table                 | pk=SITE#<site>             sk=POLICY#<version>             |
// | a comment's audit trail                   | table                 | pk=COMMENT#<id>            sk=AUDIT#<at>#<moderator>       |
// | every site (admins pick one)              | table                 | pk=SITES                   sk=SITE#<site>                  |
// | an idempotent submission                  | table                 | the comment id itself is derived from (site, key)          |
// | author history, recent posts (flood, dup) | table                 | pk=AUTHOR#<site>#<authorKey> sk=STATS                      |
// | text fingerprint count per time bucket    | table                 | pk=FP#<site>#<fingerprint>#<bucket> sk=FP (ttl)            |
//
// Both indexes are sparse: a pending comment carries no index keys (its queue is SQS), so
// intake costs one write; the decision sets gsi2 (the site's queue of that status) and,
// for an approved comment only, gsi1, so the public listing of a post is one Query over
// approved comments, oldest first. Both sort by the comment's `createdAt` (entries of the same
// millisecond are ordered by the table key, which pagination carries). Moving a comment between statuses is a single-item
// conditional update (the embedded DynamoDB has no transactions). Index writes cost extra
// write units each, which is why nothing is indexed that no access pattern reads.
// `ttl` is an AWS-side sweep of counters; no read relies on it for correctness (reads
// compute their window from the bucket in the key).

export const TABLE_DEFINITION = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'ttl',
  indexes: [
    // ALL: listings render whole comments; projecting keys only would cost a read per item.
    { name: 'byPost', partitionKey: 'gsi1pk', sortKey: 'createdAt', projection: 'ALL' },
    { name: 'byQueue', partitionKey: 'gsi2pk', sortKey: 'createdAt', projection: 'ALL' },
  ],
} as const;

export type IndexName = (typeof TABLE_DEFINITION.indexes)[number]['name'];
