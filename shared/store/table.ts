// The one DynamoDB table and its key design. The CDK stack and the local runtime both
// build the table from TABLE_DEFINITION, so they cannot drift apart.
//
// Every item has a partition key `pk` and sort key `sk`. Access patterns:
//
// | pattern                                   | where                 | key                                                        |
// | ----------------------------------------- | --------------------- | ---------------------------------------------------------- |
// | a comment by id                           | table                 | pk=COMMENT#<id>            sk=COMMENT                      |
// | approved comments of a post by time       | GSI1 (byPost), sparse | gsi1pk=POST#<site>#<post>  createdAt                       |
// | comments of a site by queue, age          | GSI2 (byQueue), sparse| gsi2pk=QUEUE#<site>#<status or reported> createdAt         |
// | labelled comments of a site by label time | GSI3 (byLabel), sparse| gsi3pk=LABEL#<site>        labelledAt                      |
// | a site                                    | table                 | pk=SITE#<site>             sk=SITE                         |
// | the site a key hash belongs to            | table                 | pk=KEY#<sha256(key)>       sk=KEY                          |
// | a site's policy, by version               | table                 | pk=SITE#<site>             sk=POLICY#<version>             |
// | a site's model version (manifest)         | table                 | pk=SITE#<site>             sk=MODEL#<version>              |
// | the parts of a model version's document   | table                 | pk=SITE#<site>             sk=MODELPART#<version>#<nnn>    |
// | a comment's audit trail                   | table                 | pk=COMMENT#<id>            sk=AUDIT#<at>#<moderator>       |
// | every site (admins pick one)              | table                 | pk=SITES                   sk=SITE#<site>                  |
// | an idempotent submission                  | table                 | the comment id itself is derived from (site, key)          |
// | author history, recent posts (flood, dup) | table                 | pk=AUTHOR#<site>#<authorKey> sk=STATS                      |
// | a moderator's action on an author        | table                 | pk=AUTHOR#<site>#<authorKey> sk=ACTION                     |
// | times of a text's recent copies (dup)     | table                 | pk=FP#<site>#<fingerprint> sk=FP (ttl)                     |
// | a network's recent comment times (flood)  | table                 | pk=NET#<site>#<ipHash>     sk=NET (ttl)                    |
// | the salt client IPs are hashed with       | table                 | pk=CONFIG                  sk=IP_SALT                      |
// | a site's submissions in one minute        | table                 | pk=INTAKE#<site>           sk=<window start, ms> (ttl)     |
// | a site's webhook endpoints (one item)     | table                 | pk=WEBHOOK#<site>          sk=ENDPOINTS                    |
// | a site's webhook deliveries, by time      | table                 | pk=WEBHOOK#<site>          sk=DELIVERY#<event>.<endpoint> (ttl) |
//
// The indexes are sparse. A pending comment carries one index key, gsi2pk=QUEUE#<site>#pending:
// its site's pending queue, read by moderators' Pending tab and, oldest first, by the sweeper
// (shared/sweeper), so a comment
// whose SQS message never left (a crash or a failed send after the write) is found with a Query
// that reads nothing but the stragglers. That entry costs intake one index write (ceil(item KB)
// write units, one for a typical comment under 1 KB) and the decision one more (the entry moves
// to the decided status's partition: a delete and a put instead of a put), about 2 WCU per
// comment in all. The decision sets gsi2 (the
// site's queue of that status) and, for an approved comment only, gsi1, so the public listing of
// a post is one Query over approved comments, oldest first. A reader's report moves an approved
// comment's gsi2 to the site's `reported` queue and keeps gsi1 (it stays published unless the
// policy unpublishes it). byPost and byQueue sort by the comment's `createdAt` (entries of the same
// millisecond are ordered by the table key, which pagination carries). Moving a comment between statuses is a single-item
// conditional update (the embedded DynamoDB has no transactions). Index writes cost extra
// write units each, which is why nothing is indexed that no access pattern reads.
//
// Labels (shared/labels) are attributes of the comment they describe: `label`, `labelSource`,
// `labelledAt`, never a second copy of the text. A moderator's label is written by the same
// update that records the decision and sets gsi3pk, so byLabel lists a site's moderator and
// imported labels in the order they were given (imported history carries gsi3pk and no other
// index key: it is never listed on a post or queued). The engine's own confident approvals
// ("auto" labels) ride on the decision write as `label` and `labelSource` alone: they are most
// comments, an index entry each would add about a write unit per comment, and the approved queue
// of byQueue already lists them by arrival, the time an auto label is dated by.
//
// Learned models (shared/store/models.ts) live in their site's partition: a model document is
// gzipped and cut into parts of at most MODEL_PART_BYTES (an item may hold 400 KB), each its
// own item, beside a manifest item naming the part count and checksum. Which version is active
// and which is in shadow is the `models` attribute of the site item, read once a minute by the
// worker; a version's items are never changed once written.
//
// `ttl` is an AWS-side sweep of a text's copies once every window has passed; no read relies
// on it for correctness (reads compute their windows from the copies' times).

export const TABLE_DEFINITION = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'ttl',
  indexes: [
    // ALL: listings render whole comments; projecting keys only would cost a read per item.
    { name: 'byPost', partitionKey: 'gsi1pk', sortKey: 'createdAt', projection: 'ALL' },
    { name: 'byQueue', partitionKey: 'gsi2pk', sortKey: 'createdAt', projection: 'ALL' },
    // ALL: a trainer reads every labelled comment's text; a copy in the index is cheaper to read than a GetItem each.
    { name: 'byLabel', partitionKey: 'gsi3pk', sortKey: 'labelledAt', projection: 'ALL' },
  ],
} as const;

export type IndexName = (typeof TABLE_DEFINITION.indexes)[number]['name'];
