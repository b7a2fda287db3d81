import { describe, expect, it } from 'vitest';
import { contextQuery, policyWithOverrides, type ContextFacts, type ContextSource, type Outcome } from '../../shared/engine/index.ts';
import { STREAM_CAPS } from '../../shared/engine/context-facts.ts';

// The contract every ContextSource keeps: the in-memory one of `sieve check`, `eval` and
// `backtest` and the worker's DynamoDB one give the same facts for the same stream, so what
// an operator backtests is what production decides. Each implementation's test file runs
// these scenarios (memory-context.test.ts, dynamo-context.test.ts).

/** One stream of comments (one site), with the source for each comment as its runner makes it. */
export interface ContextStream {
  sourceFor(commentId: string): ContextSource;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const T0 = Date.UTC(2026, 10, 26, 12, 0, 0);

export const CONTRACT_POLICY = policyWithOverrides({
  version: 'contract',
  windows: { duplicateMs: 10 * MINUTE, floodMs: MINUTE, campaignMs: 2 * MINUTE },
});

interface Post {
  id: string;
  text: string;
  /** The author's id; none for an anonymous comment. */
  by?: string;
  /** Milliseconds after T0 (negative: before). */
  at: number;
  /** The network key intake made of the client IP; none when the blog sent no IP. */
  net?: string;
}

/** A stream under test: `post` does what the worker does per comment (look up, then record). */
class Stream {
  readonly #stream: ContextStream;

  constructor(stream: ContextStream) {
    this.#stream = stream;
  }

  async post(post: Post, outcome: Outcome = 'approve'): Promise<ContextFacts> {
    const source = this.#stream.sourceFor(post.id);
    const query = queryOf(post);
    const facts = await source.lookup(query);
    await source.record(query, outcome);
    return facts;
  }

  /** The facts a comment would get, without recording it. */
  async peek(post: Post): Promise<ContextFacts> {
    return this.#stream.sourceFor(post.id).lookup(queryOf(post));
  }
}

function queryOf(post: Post) {
  return contextQuery(
    { id: post.id, text: post.text, createdAt: T0 + post.at, ...(post.by ? { author: { id: post.by, name: post.by } } : {}), ...(post.net ? { ipKey: post.net } : {}) },
    CONTRACT_POLICY,
  );
}

const NOTHING: ContextFacts = {
  sameText: { byAnyone: 0, byAuthor: 0, recentByOthers: 0 },
  authorRecent: 0,
  authorHistory: { approved: 0, rejected: 0, flagged: 0 },
};

export function contextSourceContract(newStream: () => ContextStream | Promise<ContextStream>): void {
  const open = async () => new Stream(await newStream());

  describe('the same text', () => {
    it('knows nothing of a first comment', async () => {
      // Prepare
      const stream = await open();

      // Act
      const facts = await stream.post({ id: 'a1', text: 'The bridge closes for repairs on Monday', by: 'ann', at: 0 });

      // Assert
      expect(facts).toEqual(NOTHING);
    });

    it('counts earlier copies by anyone and by the author within the duplicate window', async () => {
      // Prepare
      const stream = await open();
      const text = 'Win a free phone today at my page';
      await stream.post({ id: 'b1', text, by: 'ann', at: 0 });
      await stream.post({ id: 'b2', text, by: 'bob', at: 1 * SECOND });
      await stream.post({ id: 'b3', text: 'Something else entirely about the bridge', by: 'ann', at: 2 * SECOND });

      // Act
      const facts = await stream.post({ id: 'b4', text, by: 'ann', at: 3 * MINUTE });

      // Assert
      expect(facts.sameText).toEqual({ byAnyone: 2, byAuthor: 1, recentByOthers: 0 });
    });

    it('counts a near-same copy once, though it matches on every fingerprint', async () => {
      // Prepare: the same words in another case and order, and with other digits.
      const stream = await open();
      await stream.post({ id: 'c1', text: 'Win a free phone today at my page', by: 'ann', at: 0 });
      await stream.post({ id: 'c2', text: 'WIN a FREE phone TODAY at my page!!', by: 'bob', at: SECOND });
      await stream.post({ id: 'c3', text: 'today: win a free phone 2 at my page', by: 'cat', at: 2 * SECOND });

      // Act
      const facts = await stream.post({ id: 'c4', text: 'Win a free phone today at my page', by: 'dan', at: 3 * SECOND });

      // Assert
      expect(facts.sameText.byAnyone).toBe(3);
    });

    it('counts a copy recorded later but written earlier (a batch out of order)', async () => {
      // Prepare: the copy written second was decided first.
      const stream = await open();
      const text = 'Everyone should read the council minutes before the vote';
      await stream.post({ id: 'd2', text, by: 'bob', at: 30 * SECOND });

      // Act
      const facts = await stream.post({ id: 'd1', text, by: 'ann', at: 0 });

      // Assert
      expect(facts.sameText).toEqual({ byAnyone: 1, byAuthor: 0, recentByOthers: 1 });
    });

    it('forgets copies a whole duplicate window away, on either side', async () => {
      // Prepare
      const stream = await open();
      const text = 'Cheap watches and bags at my shop';
      await stream.post({ id: 'e1', text, by: 'ann', at: 0 });

      // Act
      const counts = await Promise.all(
        [-10 * MINUTE, -10 * MINUTE + SECOND, 10 * MINUTE - SECOND, 10 * MINUTE].map(async (at, i) => (await stream.peek({ id: `e-peek-${i}`, text, by: 'ann', at })).sameText),
      );

      // Assert
      expect(counts).toEqual([
        { byAnyone: 0, byAuthor: 0, recentByOthers: 0 },
        { byAnyone: 1, byAuthor: 1, recentByOthers: 0 },
        { byAnyone: 1, byAuthor: 1, recentByOthers: 0 },
        { byAnyone: 0, byAuthor: 0, recentByOthers: 0 },
      ]);
    });
  });

  describe('a campaign', () => {
    it('counts copies by other authors within the campaign window, not the author’s own', async () => {
      // Prepare
      const stream = await open();
      const text = 'Vote for Zorg!';
      await stream.post({ id: 'f1', text, by: 'ann', at: 0 });
      await stream.post({ id: 'f2', text, by: 'bob', at: 10 * SECOND });
      await stream.post({ id: 'f3', text, by: 'ann', at: 20 * SECOND });

      // Act
      const newcomer = await stream.peek({ id: 'f4', text, by: 'cat', at: 30 * SECOND });
      const repeater = await stream.peek({ id: 'f5', text, by: 'ann', at: 30 * SECOND });

      // Assert
      expect(newcomer.sameText).toEqual({ byAnyone: 3, byAuthor: 0, recentByOthers: 3 });
      expect(repeater.sameText).toEqual({ byAnyone: 3, byAuthor: 2, recentByOthers: 1 });
    });

    it('leaves copies further apart than the campaign window to the duplicate counts', async () => {
      // Prepare
      const stream = await open();
      const text = 'Vote for Zorg!';
      await stream.post({ id: 'g1', text, by: 'ann', at: 0 });
      await stream.post({ id: 'g2', text, by: 'bob', at: 90 * SECOND });

      // Act
      const facts = await stream.peek({ id: 'g3', text, by: 'cat', at: 2 * MINUTE + 30 * SECOND });

      // Assert: ann's copy is 2.5 min away, bob's one minute.
      expect(facts.sameText).toEqual({ byAnyone: 2, byAuthor: 0, recentByOthers: 1 });
    });
  });

  describe('floods', () => {
    it('counts the author’s comments within the flood window only', async () => {
      // Prepare
      const stream = await open();
      for (const s of [0, 30, 70, 80, 90]) await stream.post({ id: `h${s}`, text: `note number ${s} about the market`, by: 'ann', at: s * SECOND });
      await stream.post({ id: 'h-bob', text: 'a note by someone else', by: 'bob', at: 95 * SECOND });

      // Act
      const facts = await stream.peek({ id: 'h-next', text: 'one more note', by: 'ann', at: 100 * SECOND });

      // Assert: 70, 80 and 90 s are within a minute of 100 s.
      expect(facts.authorRecent).toBe(3);
    });

    it('counts the author’s comments of the same burst decided first, though written later', async () => {
      // Prepare
      const stream = await open();
      await stream.post({ id: 'i2', text: 'second thought on the matter', by: 'dan', at: 2 * SECOND });
      await stream.post({ id: 'i3', text: 'third thought on the matter', by: 'dan', at: 3 * SECOND });

      // Act
      const facts = await stream.post({ id: 'i1', text: 'first thought on the matter', by: 'dan', at: SECOND });

      // Assert
      expect(facts.authorRecent).toBe(2);
    });
  });

  describe('one network', () => {
    it('counts comments from the network within the flood window, whoever wrote them and whatever they said', async () => {
      // Prepare
      const stream = await open();
      await stream.post({ id: 'n1', text: 'First of several names', by: 'ann', at: 0, net: 'ip_same' });
      await stream.post({ id: 'n2', text: 'Another name here', by: 'bob', at: 10 * SECOND, net: 'ip_same' });
      await stream.post({ id: 'n3', text: 'Anonymous this time', at: 20 * SECOND, net: 'ip_same' });
      await stream.post({ id: 'n4', text: 'Long before the window', by: 'cy', at: -5 * MINUTE, net: 'ip_same' });
      await stream.post({ id: 'n5', text: 'Another network entirely', by: 'dee', at: 25 * SECOND, net: 'ip_other' });

      // Act
      const facts = await stream.peek({ id: 'n6', text: 'Yet another name', by: 'eve', at: 30 * SECOND, net: 'ip_same' });

      // Assert
      expect(facts.ipRecent).toBe(3);
      expect(facts.authorRecent).toBe(0);
    });

    it('says nothing of networks for a comment without one', async () => {
      // Prepare
      const stream = await open();
      await stream.post({ id: 'm1', text: 'With an address', by: 'ann', at: 0, net: 'ip_same' });

      // Act
      const facts = await stream.peek({ id: 'm2', text: 'Without an address', by: 'bob', at: SECOND });

      // Assert
      expect(facts).toEqual(NOTHING);
    });
  });

  describe('author history', () => {
    it('counts the author’s decided comments per outcome, all time', async () => {
      // Prepare
      const stream = await open();
      const outcomes: Outcome[] = ['approve', 'reject', 'flag', 'approve'];
      for (const [i, outcome] of outcomes.entries()) await stream.post({ id: `j${i}`, text: `comment ${'abcd'[i]} on the piece`, by: 'ann', at: i * SECOND }, outcome);

      // Act
      const facts = await stream.peek({ id: 'j-later', text: 'back a year later', by: 'ann', at: 365 * 24 * 60 * MINUTE });

      // Assert
      expect(facts).toEqual({ ...NOTHING, authorHistory: { approved: 2, rejected: 1, flagged: 1 } });
    });

    it('keeps anonymous comments out of every author’s facts, and counts their copies as others’', async () => {
      // Prepare
      const stream = await open();
      const text = 'Vote for Zorg!';
      await stream.post({ id: 'k1', text, at: 0 }, 'reject');
      await stream.post({ id: 'k2', text, at: SECOND }, 'reject');

      // Act
      const anonymous = await stream.peek({ id: 'k3', text, at: 2 * SECOND });
      const named = await stream.peek({ id: 'k4', text: 'a different comment', by: 'ann', at: 2 * SECOND });

      // Assert
      expect(anonymous).toEqual({ ...NOTHING, sameText: { byAnyone: 2, byAuthor: 0, recentByOthers: 2 } });
      expect(named).toEqual(NOTHING);
    });
  });

  describe('caps', () => {
    const over = STREAM_CAPS.copiesPerText + 15;

    it(`stops counting copies of a text at ${STREAM_CAPS.copiesPerText}, keeping the newest`, async () => {
      // Prepare: a copy a second from as many authors.
      const stream = await open();
      const text = 'Join my group for free followers';
      for (let i = 0; i < over; i++) await stream.post({ id: `l${i}`, text, by: `author-${i}`, at: i * SECOND });

      // Act
      const now = await stream.peek({ id: 'l-now', text, by: 'newcomer', at: over * SECOND });
      // Near the end of the window only the newest copies are still inside it.
      const late = await stream.peek({ id: 'l-late', text, by: 'newcomer', at: (over - 1) * SECOND + 10 * MINUTE - 20 * SECOND });

      // Assert
      expect(now.sameText).toEqual({ byAnyone: STREAM_CAPS.copiesPerText, byAuthor: 0, recentByOthers: STREAM_CAPS.copiesPerText });
      expect(late.sameText.byAnyone).toBe(20);
    });

    it(`stops counting an author’s posts at ${STREAM_CAPS.postsPerAuthor}`, async () => {
      // Prepare: a flood of copies, one every half second.
      const stream = await open();
      const text = 'Join my group for free followers';
      for (let i = 0; i < over; i++) await stream.post({ id: `m${i}`, text, by: 'flooder', at: i * 500 });

      // Act
      const facts = await stream.peek({ id: 'm-next', text, by: 'flooder', at: over * 500 });

      // Assert
      expect(facts.authorRecent).toBe(STREAM_CAPS.postsPerAuthor);
      expect(facts.sameText).toEqual({ byAnyone: STREAM_CAPS.copiesPerText, byAuthor: STREAM_CAPS.postsPerAuthor, recentByOthers: 0 });
      expect(facts.authorHistory.approved).toBe(over);
    });
  });
}
