import type { Action, AuthorActionRequest, CommentDetail, RejectReason, ReviewItem } from '../api.ts';
import { authorActionForm } from './author-action-form.ts';
import { h, replaceChildren } from '../dom.ts';
import { spansFor } from '../highlight.ts';
import { actorName, outcomeText } from '../reasons.ts';
import { reasonLabel } from '../reject-reasons.ts';
import { absoluteTime, relativeTime } from '../time.ts';
import { authorLine } from './comment-card.ts';
import { highlighted } from './comment-text.ts';
import { reasonList } from './reason-list.ts';
import { rejectButtons } from './reject-buttons.ts';
import { awaitsKeep, reportSummary } from './report-summary.ts';

// The current comment in full: its reasons and scores, the author's record, the thread
// around it and every decision taken on it, plus a note and the decision buttons. On a
// wide screen it sits beside the queue; on a phone it opens over it.

export interface DetailHandlers {
  decide(id: string, action: Action, note: string, reason?: RejectReason): void;
  /** Sets the action on the comment's author; resolves once the server has it (the pane is then reloaded). */
  setAuthorAction(id: string, request: AuthorActionRequest): Promise<void>;
  /** Opens the author's view: every comment of this author key on the site. */
  showAuthor(key: string, name: string): void;
  close(): void;
}

const section = (title: string, ...body: Array<Node | string | null>) => h('section', { class: 'detail-section' }, h('h3', {}, title), ...body);

const time = (iso: string, now: number) => h('time', { datetime: iso, title: absoluteTime(iso) }, relativeTime(iso, now));

const scores = (item: ReviewItem) => {
  const entries = Object.entries(item.decision?.scores ?? {});
  return entries.length
    ? h('dl', { class: 'scores' }, entries.map(([category, score]) => [h('dt', {}, category), h('dd', {}, score.toFixed(2))]))
    : null;
};

const authorHistory = (detail: CommentDetail, now: number, showAuthor: DetailHandlers['showAuthor']) => {
  const a = detail.authorHistory;
  const key = detail.author.key;
  const name = detail.comment.author.name || 'anonymous';
  return section(
    'Author history',
    h('p', { class: 'tally' }, `${a.approved} approved · ${a.rejected} rejected · ${a.flagged} flagged`),
    key ? h('button', { type: 'button', class: 'author-view-open', onclick: () => showAuthor(key, name) }, `All comments by ${name}`) : null,
    a.recent.length
      ? h('ul', { class: 'mini-list' }, a.recent.map((c) => h('li', {}, h('span', { class: `status ${c.status}` }, c.status), ' ', h('span', { class: 'snippet' }, c.text), ' ', time(c.createdAt, now))))
      : h('p', { class: 'empty' }, 'No earlier comments from this author.'),
  );
};

const inReplyTo = (detail: CommentDetail, now: number) =>
  detail.parent
    ? section(
        'In reply to',
        h(
          'blockquote',
          { class: 'parent' },
          h('strong', {}, detail.parent.author.name || 'anonymous'),
          ' ',
          h('span', { class: `status ${detail.parent.status}` }, detail.parent.status),
          ' ',
          time(detail.parent.createdAt, now),
          h('span', { class: 'snippet block' }, detail.parent.text),
        ),
      )
    : detail.comment.parentId
      ? section('In reply to', h('p', { class: 'empty' }, `A comment this site calls ${detail.comment.parentId}, not among this post’s comments here.`))
      : null;

const thread = (detail: CommentDetail, now: number) =>
  detail.thread.length
    ? section(
        'Thread',
        h(
          'ol',
          { class: 'mini-list thread' },
          detail.thread.map((c) =>
            h(
              'li',
              { class: c.id === detail.comment.id ? 'this' : '', 'data-depth': String(c.depth) },
              h('strong', {}, c.author.name || 'anonymous'),
              c.id === detail.comment.id ? ' (this comment)' : null,
              ' ',
              h('span', { class: `status ${c.status}` }, c.status),
              ' ',
              time(c.createdAt, now),
              h('span', { class: 'snippet block' }, c.text),
            ),
          ),
        ),
      )
    : null;

const history = (detail: CommentDetail, now: number) =>
  section(
    'Decision history',
    detail.history.length
      ? h(
          'ol',
          { class: 'mini-list history' },
          detail.history.map((e) =>
            h(
              'li',
              {},
              time(e.at, now),
              ' ',
              h('strong', {}, actorName(e.by)),
              ` ${e.action}${e.reason ? ` as ${reasonLabel(e.reason)}` : ''}: ${e.from} → ${e.to}`,
              e.note ? h('span', { class: 'note block' }, `Note: ${e.note}`) : null,
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No decisions yet.'),
  );

export class DetailPane {
  readonly element: HTMLElement;
  readonly #body: HTMLElement;
  readonly #note: HTMLTextAreaElement;
  readonly #actions: HTMLElement;
  readonly #on: DetailHandlers;
  #itemId: string | null = null;

  constructor(on: DetailHandlers) {
    this.#on = on;
    this.#body = h('div', { class: 'detail-body' });
    this.#note = h('textarea', { id: 'decision-note', rows: 2, maxlength: 1000, placeholder: 'Why, for the record' });
    this.#actions = h('div', { class: 'actions' });
    this.element = h(
      'aside',
      { class: 'detail', 'aria-labelledby': 'detail-heading', id: 'detail', tabindex: -1 },
      h('div', { class: 'detail-top' }, h('h2', { id: 'detail-heading' }, 'Comment details'), h('button', { type: 'button', class: 'close', onclick: () => on.close(), 'aria-label': 'Close details' }, 'Close')),
      this.#body,
      h('div', { class: 'decide-box' }, h('label', { for: 'decision-note' }, 'Note (optional, kept with your decision)'), this.#note, this.#actions),
    );
    this.showEmpty();
  }

  get itemId(): string | null {
    return this.#itemId;
  }

  /** The note typed for the current comment. */
  note(): string {
    return this.#note.value.trim();
  }

  /** Called once a decision on `id` has gone through, so the note is not reused. */
  clearNote(id: string): void {
    if (id === this.#itemId) this.#note.value = '';
  }

  showEmpty(message = 'Nothing to review here.'): void {
    this.#itemId = null;
    replaceChildren(this.#body, h('p', { class: 'empty' }, message));
    replaceChildren(this.#actions);
    this.#note.disabled = true;
  }

  /** Shows what the queue already knows at once; the rest arrives with `showDetail`. */
  showItem(item: ReviewItem, now: number, busy: boolean): void {
    if (this.#itemId !== item.id) this.#note.value = '';
    this.#itemId = item.id;
    this.#note.disabled = false;
    replaceChildren(this.#body, ...this.#summary(item, now), h('p', { class: 'loading' }, 'Loading history…'));
    this.#renderActions(item, busy);
  }

  showDetail(detail: CommentDetail, now: number, busy: boolean): void {
    if (detail.comment.id !== this.#itemId) return;
    replaceChildren(
      this.#body,
      ...this.#summary(detail.comment, now),
      inReplyTo(detail, now),
      authorHistory(detail, now, this.#on.showAuthor),
      authorActionForm(detail, (request) => this.#on.setAuthorAction(detail.comment.id, request)),
      thread(detail, now),
      history(detail, now),
    );
    this.#renderActions(detail.comment, busy);
  }

  showDetailError(id: string, message: string): void {
    if (id !== this.#itemId) return;
    this.#body.querySelector('.loading')?.replaceWith(h('p', { class: 'error' }, message));
  }

  setBusy(busy: boolean): void {
    for (const b of this.#actions.querySelectorAll('button')) b.disabled = busy;
  }

  #summary(item: ReviewItem, now: number): Node[] {
    const reasons = item.decision?.reasons ?? [];
    return [
      h(
        'p',
        { class: 'detail-meta' },
        authorLine(item),
        item.author.id ? h('span', { class: 'author-id' }, ` (id ${item.author.id})`) : null,
        ' on ',
        h('span', { class: 'post' }, item.postId),
        ', ',
        time(item.createdAt, now),
      ),
      h('p', { class: 'comment-text full' }, highlighted(item.text, spansFor(reasons, 'text'))),
      item.decision
        ? h('p', { class: 'outcome' }, `Currently ${item.status}; ${actorName(item.decision.by)} ${outcomeText(item.decision.outcome)} under policy ${item.decision.policyVersion}${item.decision.modelVersion ? ` with this site's learned model ${item.decision.modelVersion}` : ''}.`)
        : null,
      item.review?.reason ? h('p', { class: 'outcome review-reason' }, `${actorName(item.review.by)} rejected it as ${reasonLabel(item.review.reason)}.`) : null,
      reasonList(reasons),
      reportSummary(item, true),
      scores(item),
    ].filter((n): n is HTMLElement => n !== null);
  }

  #renderActions(item: ReviewItem, busy: boolean): void {
    const keep = awaitsKeep(item);
    const approve = h('button', { type: 'button', class: 'decide approve', 'data-action': 'approve', disabled: busy, onclick: () => this.#on.decide(item.id, 'approve', this.note()) }, keep ? 'Keep' : 'Approve');
    const reject = rejectButtons({
      lead: 'Reject as',
      nameFor: (_, reason) => `Reject as ${reason}`,
      reject: (reason) => this.#on.decide(item.id, 'reject', this.note(), reason),
      disabled: busy,
    });
    replaceChildren(this.#actions, item.status !== 'approved' || keep ? approve : null, item.status !== 'rejected' ? reject : null);
  }
}
