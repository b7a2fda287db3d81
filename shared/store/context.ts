import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ContextFacts, ContextQuery, ContextSource, Outcome } from '../engine/types.ts';
import {
  OUTCOME_COUNTER,
  STREAM_CAPS,
  countedCopies,
  rememberedMs,
  storedFingerprint,
  streamFacts,
  withNetworkPost,
  withPost,
  type AuthorHistory,
  type RecentPost,
} from '../engine/context-facts.ts';
import { authorStatsKey, fingerprintKey, networkKey } from './keys.ts';
import { batchGetByPk } from './paging.ts';

// The worker's ContextSource: stream facts for one site, from the table. It remembers and
// counts as the in-memory source of the CLI and backtests does (context-facts.ts; both pass
// the contract suite in test/context/), in two items:
//
// - A text's copies: one item per broadest fingerprint with a number set of the copies'
//   times. Adding to a set is atomic, so copies recorded at the same moment by concurrent
//   workers (a campaign spread over several batches) are all kept; each entry is the time in
//   ms × 1000 plus a tiebreak from the comment id, so two copies of one millisecond stay two.
//   Once the set outgrows the cap by TRIM_SLACK, one extra write deletes the oldest entries.
// - The author: outcome counts and recent posts (time, fingerprint, comment id), for history,
//   flood and the author's own copies.
// - The network, when the blog sent a client IP: its recent comment times, keyed by the salted
//   hash intake made of the address (the address itself is never stored).
//
// So a lookup is one BatchGet of two (three) items and a record one write to each (the cost in README
// "What it costs"). `recent` is rewritten from the snapshot read in lookup(): two workers
// recording the same author at the same instant may drop one entry. That is tolerable for a
// heuristic and avoids a read-modify-write transaction the embedded DynamoDB does not offer.

/** Entries a text's set may hold beyond the cap before a trim: one extra write per this many copies of a hot text. */
const TRIM_SLACK = 10;
/** A set entry is the copy's time in ms times this, plus a tiebreak below it. */
const TIEBREAK_RANGE = 1000;

interface AuthorItem {
  approved?: number;
  rejected?: number;
  flagged?: number;
  recent?: RecentPost[];
}

/** What a lookup read, kept for the record that follows it. */
interface Seen {
  /** The text's set entries, ascending. */
  entries: number[];
  posts: RecentPost[] | undefined;
  history: AuthorHistory | undefined;
  network: number[] | undefined;
}

const timeOf = (entry: number): number => Math.floor(entry / TIEBREAK_RANGE);

/** A number from the comment id, so a copy's entry is the same however often it is recorded. */
function tiebreakOf(commentId: string | undefined): number {
  if (commentId === undefined) return Math.floor(Math.random() * TIEBREAK_RANGE);
  let h = 0;
  for (let i = 0; i < commentId.length; i++) h = (h * 31 + commentId.charCodeAt(i)) % TIEBREAK_RANGE;
  return h;
}

export class DynamoContextSource implements ContextSource {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #siteId: string;
  readonly #commentId: string | undefined;
  readonly #seen = new WeakMap<ContextQuery, Seen>();

  constructor(doc: DynamoDBDocumentClient, tableName: string, siteId: string, commentId?: string) {
    this.#doc = doc;
    this.#table = tableName;
    this.#siteId = siteId;
    this.#commentId = commentId;
  }

  async lookup(query: ContextQuery): Promise<ContextFacts> {
    const seen = await this.#read(query);
    this.#seen.set(query, seen);
    return streamFacts(query, countedCopies(seen.entries.map(timeOf)), seen.posts, seen.history, seen.network);
  }

  async record(query: ContextQuery, outcome: Outcome): Promise<void> {
    const seen = this.#seen.get(query) ?? (await this.#read(query));
    this.#seen.delete(query);
    const writes = [this.#recordCopy(query, seen.entries)];
    if (query.authorKey !== undefined) writes.push(this.#recordPost(query, query.authorKey, seen.posts ?? [], outcome));
    if (query.ipKey !== undefined) writes.push(this.#recordNetwork(query, query.ipKey, seen.network ?? []));
    await Promise.all(writes);
  }

  async #read(query: ContextQuery): Promise<Seen> {
    const textKey = fingerprintKey(this.#siteId, storedFingerprint(query));
    const authorKey = query.authorKey === undefined ? undefined : authorStatsKey(this.#siteId, query.authorKey);
    const netKey = query.ipKey === undefined ? undefined : networkKey(this.#siteId, query.ipKey);
    const keys = [textKey, ...(authorKey ? [authorKey] : []), ...(netKey ? [netKey] : [])];
    const items = await batchGetByPk(this.#doc, this.#table, keys);
    const copies = items.get(textKey.pk)?.copies as Set<number> | undefined;
    const entries = [...(copies ?? [])].map(Number).sort((a, b) => a - b);
    const network = netKey ? ((items.get(netKey.pk)?.times as number[] | undefined) ?? []).map(Number) : undefined;
    if (!authorKey) return { entries, posts: undefined, history: undefined, network };
    const author = (items.get(authorKey.pk) ?? {}) as AuthorItem;
    return {
      entries,
      posts: author.recent ?? [],
      history: { approved: Number(author.approved ?? 0), rejected: Number(author.rejected ?? 0), flagged: Number(author.flagged ?? 0) },
      network,
    };
  }

  async #recordCopy(query: ContextQuery, entries: number[]): Promise<void> {
    const key = fingerprintKey(this.#siteId, storedFingerprint(query));
    const entry = query.at * TIEBREAK_RANGE + tiebreakOf(this.#commentId);
    const newest = Math.max(query.at, entries.length > 0 ? timeOf(entries[entries.length - 1]) : query.at);
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: key,
        UpdateExpression: 'ADD #copies :entry SET #ttl = :ttl',
        ExpressionAttributeNames: { '#copies': 'copies', '#ttl': 'ttl' },
        // DynamoDB may delete the item once every window has passed its newest copy.
        ExpressionAttributeValues: { ':entry': new Set([entry]), ':ttl': Math.ceil((newest + rememberedMs(query)) / 1000) },
      }),
    );
    const all = [...entries, entry].sort((a, b) => a - b);
    if (all.length <= STREAM_CAPS.copiesPerText + TRIM_SLACK) return;
    // Whatever is recorded later, these are no longer among the newest copies that count.
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: key,
        UpdateExpression: 'DELETE #copies :oldest',
        ExpressionAttributeNames: { '#copies': 'copies' },
        ExpressionAttributeValues: { ':oldest': new Set(all.slice(0, all.length - STREAM_CAPS.copiesPerText)) },
      }),
    );
  }

  /** Rewritten from the snapshot, like an author's recent posts (same tolerance for a lost entry). */
  async #recordNetwork(query: ContextQuery, ipKey: string, times: number[]): Promise<void> {
    const kept = withNetworkPost(times, query);
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: networkKey(this.#siteId, ipKey),
        UpdateExpression: 'SET #times = :times, #ttl = :ttl',
        ExpressionAttributeNames: { '#times': 'times', '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':times': kept, ':ttl': Math.ceil((kept[kept.length - 1]! + query.floodWindowMs) / 1000) },
      }),
    );
  }

  async #recordPost(query: ContextQuery, authorKey: string, posts: RecentPost[], outcome: Outcome): Promise<void> {
    const post: RecentPost = { at: query.at, fp: storedFingerprint(query), ...(this.#commentId ? { id: this.#commentId } : {}) };
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: authorStatsKey(this.#siteId, authorKey),
        UpdateExpression: 'ADD #counter :one SET #recent = :recent',
        ExpressionAttributeNames: { '#counter': OUTCOME_COUNTER[outcome], '#recent': 'recent' },
        ExpressionAttributeValues: { ':one': 1, ':recent': withPost(posts, post, query) },
      }),
    );
  }
}
