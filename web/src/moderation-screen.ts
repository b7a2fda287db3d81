import { ApiError, SessionEnded, type Queue, type Action, type AuthorActionRequest, type BulkResult, type CommentDetail, type Counts, type DecisionResult, type Me, type RejectReason, type ReviewApi, type ReviewItem, type Status } from './api.ts';
import { h, replaceChildren } from './dom.ts';
import { commandFor, reasonKeyFor, type Command } from './keyboard.ts';
import { Outbox } from './outbox.ts';
import { arrivals, focusAfterRefresh, focusAfterRemoval, moveFocus } from './queue-state.ts';
import type { Route } from './route.ts';
import { bulkBar } from './views/bulk-bar.ts';
import { confirmDialog } from './views/confirm-dialog.ts';
import { commentCard, setCardState } from './views/comment-card.ts';
import { DetailPane } from './views/detail-pane.ts';
import { filterForm } from './views/filter-form.ts';
import { headerBar } from './views/header-bar.ts';
import { helpDialog } from './views/help-dialog.ts';
import { reconcile } from './views/keyed-list.ts';
import { queueTabs, TABS } from './views/queue-tabs.ts';
import { NO_SEARCH, searchBox, type SearchBox } from './views/search-box.ts';
import { authorViewBar } from './views/author-view-bar.ts';
import { rejectButtons } from './views/reject-buttons.ts';
import { REJECT_REASONS, reasonLabel } from './reject-reasons.ts';

// The signed-in console: one queue of one site, polled, with decisions by click or key.
// It owns the queue state and keeps the DOM in step with it by id, so the comment the
// moderator is on keeps its element (and its focus) while the list around it changes.

export interface ScreenOptions {
  api: ReviewApi;
  me: Me;
  route: Route;
  pollMs: number;
  announce(message: string): void;
  routeChanged(route: Route): void;
  sessionEnded(message: string): void;
  signOut(): void;
}

const PAGE = 25;
const MAX_PAGE = 100;
/** "Select all matching" loads at most this many comments (the server counts queues to the same limit). */
const SELECT_MATCHING_LIMIT = 1000;
// A poll that left before a decision landed may still list the decided comment; hide it this long.
const STALE_READ_MS = 15_000;
/** How long the console offers to undo a decision (the server allows longer: shared/review/undo.ts). */
const UNDO_OFFER_MS = 8_000;
/** How often decisions made offline are sent again. */
const RESEND_MS = 3_000;

/** What opening an author's view clears: it lists every comment of the author, in every queue. */
const NO_FILTERS = { ...NO_SEARCH, postId: '', rule: '', category: '', authorKey: '', authorName: '' };

const isOffline = (error: unknown) => error instanceof ApiError && error.status === 0;

const noun = (n: number) => (n === 1 ? '1 comment' : `${n} comments`);
const past = (action: Action) => (action === 'approve' ? 'Approved' : 'Rejected');
const because = (reason: RejectReason | undefined) => (reason ? ` as ${reasonLabel(reason)}` : '');

export class ModerationScreen {
  readonly element: HTMLElement;
  readonly #o: ScreenOptions;
  #route: Route;
  #items: ReviewItem[] = [];
  #counts: Counts | null = null;
  #countsAtLeast = new Set<Exclude<Queue, 'all'>>();
  #cursor: string | null = null;
  #current: string | null = null;
  readonly #selected = new Set<string>();
  readonly #busy = new Set<string>();
  /** Decided while the server was out of reach: shown as waiting until the outbox sends them. */
  readonly #queued = new Set<string>();
  readonly #outbox: Outbox;
  #offline = false;
  readonly #fresh = new Set<string>();
  readonly #decidedAt = new Map<string, number>();
  readonly #cards = new Map<string, HTMLElement>();
  readonly #details = new Map<string, CommentDetail>();
  #generation = 0;
  #polling = false;
  #loadingMore = false;
  /** Every comment matching the queue and its filters is loaded and selected ("Select all N matching"). */
  #allMatching = false;
  #loadingMatching = false;
  #loaded = false;
  /** After `r`: what waits for its reason (the selection, or one comment). */
  #rejecting: { selection: true } | { id: string } | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;
  #detailTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #list: HTMLOListElement;
  readonly #queue: HTMLElement;
  readonly #empty: HTMLElement;
  readonly #loading: HTMLElement;
  readonly #more: HTMLButtonElement;
  readonly #banner: HTMLElement;
  readonly #undoBar: HTMLElement;
  /** The last decision the moderator may still undo: what it did and the revisions it produced. */
  #undoable: { what: string; items: Array<{ id: string; revision: number }> } | null = null;
  #undoTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #reasonPrompt: HTMLElement;
  readonly #connection: HTMLElement;
  readonly #tabs;
  readonly #search: SearchBox;
  readonly #bulk;
  readonly #detail: DetailPane;
  readonly #help: HTMLDialogElement;
  /** Holds the author's view bar while the route names an author. */
  readonly #authorSlot: HTMLElement;
  readonly #filterSlot: HTMLElement;

  constructor(options: ScreenOptions) {
    this.#o = options;
    this.#route = options.route;
    this.#outbox = new Outbox({ retryMs: RESEND_MS, isOffline, changed: () => this.#renderConnection() });
    this.#tabs = queueTabs((status) => this.#changeRoute({ status }));
    // A search looks through every queue unless the moderator is in one on purpose.
    this.#search = searchBox(this.#route, (search) => this.#changeRoute({ ...search, authorKey: '', authorName: '', ...(this.#route.status === 'flagged' && Object.values(search).some(Boolean) ? { status: 'all' } : {}) }));
    this.#bulk = bulkBar({
      decide: (action, note, reason) => void this.#decideSelected(action, note, reason),
      selectAll: (all) => this.#selectAll(all),
      selectMatching: () => void this.#selectMatching(),
    });
    this.#detail = new DetailPane({
      decide: (id, action, note, reason) => void this.#decideOne(id, action, note, reason),
      setAuthorAction: (id, request) => this.#setAuthorAction(id, request),
      showAuthor: (key, name) => this.#changeRoute({ ...NO_FILTERS, status: 'all', authorKey: key, authorName: name }, true),
      close: () => this.#openDetail(false),
    });
    this.#help = helpDialog();
    this.#authorSlot = h('div', { class: 'author-slot' });
    this.#filterSlot = h('div', { class: 'filter-slot' }, filterForm(this.#route, (f) => this.#changeRoute(f)));
    this.#renderAuthorBar();
    this.#list = h('ol', { class: 'queue-list' });
    this.#loading = h('p', { class: 'loading', role: 'status' });
    this.#empty = h('p', { class: 'empty', hidden: true });
    this.#more = h('button', { type: 'button', class: 'more', hidden: true, onclick: () => void this.#loadMore() }, 'Load more');
    this.#banner = h('p', { class: 'banner', role: 'alert' });
    this.#reasonPrompt = h('div', { class: 'reason-prompt', hidden: true });
    this.#undoBar = h('div', { class: 'undo-bar', hidden: true });
    this.#connection = h('p', { class: 'connection', role: 'status' });
    this.#queue = h('section', { class: 'queue', id: 'queue', role: 'tabpanel' }, this.#loading, this.#list, this.#empty, this.#more);
    this.element = h(
      'div',
      { class: 'console' },
      headerBar(options.me.username, options.me.sites, this.#route.siteId, {
        pickSite: (siteId) => this.#changeRoute({ siteId }),
        help: () => this.#showHelp(),
        signOut: () => options.signOut(),
      }),
      h(
        'main',
        { class: 'workspace' },
        h('div', { class: 'queue-bar' }, this.#tabs.element, this.#search.element, this.#filterSlot),
        this.#authorSlot,
        this.#bulk.element,
        this.#reasonPrompt,
        this.#undoBar,
        this.#banner,
        this.#connection,
        h('div', { class: 'panes' }, this.#queue, this.#detail.element),
      ),
      this.#help,
    );
  }

  start(): void {
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('visibilitychange', this.#onVisible);
    window.addEventListener('online', this.#onOnline);
    this.#timer = setInterval(() => void this.#refresh(false), this.#o.pollMs);
    this.#renderChrome();
    void this.#refresh(true);
  }

  stop(): void {
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('visibilitychange', this.#onVisible);
    window.removeEventListener('online', this.#onOnline);
    this.#outbox.stop();
    clearInterval(this.#timer);
    clearTimeout(this.#detailTimer);
    clearTimeout(this.#undoTimer);
    this.#generation++;
  }

  // ---- loading ----------------------------------------------------------------------

  #query(extra: { limit: number; cursor?: string }) {
    const r = this.#route;
    return { status: r.status, order: r.order, postId: r.postId, rule: r.rule, category: r.category, q: r.q, author: r.author, emailHash: r.emailHash, ip: r.ip, authorKey: r.authorKey, ...extra };
  }

  /** `reset` loads a new queue from the top; otherwise it is a poll that keeps the moderator's place. */
  async #refresh(reset: boolean): Promise<void> {
    // While "all N matching" is selected (or loading) a poll of one page would drop the rest of the selection.
    if (!reset && (this.#polling || document.hidden || this.#allMatching || this.#loadingMatching)) return;
    if (reset) this.#generation++;
    const generation = this.#generation;
    this.#polling = true;
    try {
      const limit = reset ? PAGE : Math.min(MAX_PAGE, Math.max(PAGE, this.#items.length));
      const page = await this.#o.api.listComments(this.#route.siteId, this.#query({ limit }));
      if (generation !== this.#generation) return;
      this.#setOffline(false);
      this.#apply(page.items, reset);
      this.#counts = page.counts;
      this.#countsAtLeast = new Set(page.countsAtLeast);
      this.#cursor = page.nextCursor;
      this.#loaded = true;
      this.#render();
    } catch (error) {
      if (generation === this.#generation) this.#failed(error, 'load the queue');
    } finally {
      if (generation === this.#generation) this.#polling = false;
    }
  }

  async #loadMore(): Promise<void> {
    if (!this.#cursor || this.#loadingMore) return;
    this.#loadingMore = true;
    this.#more.disabled = true;
    this.#more.textContent = 'Loading more…';
    const generation = this.#generation;
    try {
      const page = await this.#o.api.listComments(this.#route.siteId, this.#query({ limit: PAGE, cursor: this.#cursor }));
      if (generation !== this.#generation) return;
      const known = new Set(this.#items.map((i) => i.id));
      this.#items = [...this.#items, ...page.items.filter((i) => !known.has(i.id))];
      this.#cursor = page.nextCursor;
      this.#counts = page.counts;
      this.#countsAtLeast = new Set(page.countsAtLeast);
      this.#render();
    } catch (error) {
      this.#failed(error, 'load more comments');
    } finally {
      this.#loadingMore = false;
      this.#more.disabled = false;
      this.#more.textContent = 'Load more';
    }
  }

  #apply(incoming: ReviewItem[], reset: boolean): void {
    const now = Date.now();
    for (const [id, at] of this.#decidedAt) if (now - at > STALE_READ_MS) this.#decidedAt.delete(id);
    const items = incoming.filter((i) => !this.#decidedAt.has(i.id));
    const before = this.#items.map((i) => i.id);
    const after = items.map((i) => i.id);
    const present = new Set(after);
    this.#fresh.clear();
    if (!reset && this.#loaded) {
      const arrived = arrivals(before, after);
      for (const id of arrived) this.#fresh.add(id);
      if (arrived.length) this.#o.announce(`${noun(arrived.length)} arrived in the ${this.#queueName()} queue.`);
    }
    for (const id of this.#selected) if (!present.has(id)) this.#selected.delete(id);
    this.#current = reset ? (after[0] ?? null) : focusAfterRefresh(before, after, this.#current);
    this.#items = items;
  }

  // ---- rendering --------------------------------------------------------------------

  #renderChrome(): void {
    this.#tabs.update(this.#route.status, this.#counts, this.#countsAtLeast);
    this.#queue.setAttribute('aria-labelledby', `tab-${this.#route.status}`);
    this.#list.setAttribute('aria-label', `${this.#queueName()} comments`);
    this.#bulk.update(this.#selected.size, this.#items.length, this.#busy.size > 0, {
      more: Boolean(this.#cursor),
      total: this.#filtered() ? null : this.#queueTotal(),
      all: this.#allMatching && this.#selected.size > 0,
      loading: this.#loadingMatching,
    });
  }

  /** `keepFocus`: the moderator was working the queue, so focus follows the current card if its element goes. */
  #render(keepFocus = false): void {
    const hadFocus = keepFocus || this.#queue.contains(document.activeElement);
    const now = Date.now();
    const byKey = new Map(this.#items.map((i) => [i.id, i]));
    reconcile(this.#list, this.#items.map((i) => ({ key: i.id, version: String(i.revision) })), this.#cards, ({ key }) => this.#card(byKey.get(key)!, now));
    for (const item of this.#items) this.#paintCard(item.id);

    const status = this.#route.status === 'all' ? 'matching' : this.#route.status;
    this.#empty.hidden = this.#items.length > 0 || !this.#loaded;
    // Until the first page of a queue arrives, say so: an empty list would read as "nothing to review".
    this.#loading.hidden = this.#loaded;
    this.#loading.textContent = this.#loaded ? '' : `Loading ${status} comments…`;
    this.#queue.setAttribute('aria-busy', String(!this.#loaded));
    this.#empty.textContent = this.#filtered()
      ? `No ${this.#route.status === 'all' ? '' : `${status} `}comments match ${this.#searching() ? 'this search' : 'these filters'}.`
      : `No ${this.#route.status === 'all' ? '' : `${status} `}comments. New ones appear here by themselves.`;
    this.#more.hidden = !this.#cursor;
    this.#renderChrome();
    this.#showCurrentDetail();
    if (hadFocus && this.#current && (document.activeElement === document.body || !document.activeElement)) this.#focusCard(this.#current);
  }

  #filtered(): boolean {
    return Boolean(this.#route.postId || this.#route.rule || this.#route.category || this.#searching() || this.#route.authorKey);
  }

  /** How many comments the current queue holds, as its tab shows it. */
  #queueTotal(): string | null {
    if (!this.#counts) return null;
    return this.#tabs.element.querySelector(`#tab-${this.#route.status} .count`)?.textContent || null;
  }

  #searching(): boolean {
    return Boolean(this.#route.q || this.#route.author || this.#route.emailHash || this.#route.ip);
  }

  #queueName(): string {
    return TABS.find(([q]) => q === this.#route.status)![1];
  }

  #card(item: ReviewItem, now: number): HTMLLIElement {
    return commentCard(item, now, {
      focus: (id) => this.#setCurrent(id, false),
      toggle: (id) => this.#toggle(id),
      decide: (id, action, reason) => void this.#decideOne(id, action, id === this.#detail.itemId ? this.#detail.note() : '', reason),
      open: (id) => {
        this.#setCurrent(id, false);
        this.#openDetail(true);
      },
    });
  }

  #paintCard(id: string): void {
    const card = this.#cards.get(id);
    if (card) setCardState(card, { focused: id === this.#current, selected: this.#selected.has(id), busy: this.#busy.has(id), queued: this.#queued.has(id), fresh: this.#fresh.has(id) });
  }

  #focusCard(id: string): void {
    const article = this.#cards.get(id)?.firstElementChild as HTMLElement | undefined;
    if (!article) return;
    article.focus({ preventScroll: true });
    article.scrollIntoView({ block: 'nearest' });
  }

  #setCurrent(id: string | null, moveDomFocus: boolean): void {
    if (id === null) return;
    const previous = this.#current;
    this.#current = id;
    if (previous && previous !== id) this.#paintCard(previous);
    this.#paintCard(id);
    if (moveDomFocus) this.#focusCard(id);
    this.#showCurrentDetail();
  }

  #showCurrentDetail(): void {
    const item = this.#items.find((i) => i.id === this.#current);
    if (!item) {
      this.#detail.showEmpty(this.#loaded ? 'Nothing selected.' : 'Loading…');
      this.#openDetail(false);
      return;
    }
    const cached = this.#details.get(`${item.id}:${item.revision}`);
    // Same comment, same revision: leave the pane alone (a half-typed note, its scroll).
    if (this.#detail.itemId === item.id && this.#detail.element.dataset.revision === String(item.revision)) return;
    this.#detail.element.dataset.revision = String(item.revision);
    if (cached) {
      this.#detail.showItem(item, Date.now(), this.#busy.has(item.id));
      this.#detail.showDetail(cached, Date.now(), this.#busy.has(item.id));
      return;
    }
    this.#detail.showItem(item, Date.now(), this.#busy.has(item.id));
    // Skimming with j/k should not fire a request per comment passed.
    clearTimeout(this.#detailTimer);
    this.#detailTimer = setTimeout(() => void this.#loadDetail(item), 150);
  }

  async #loadDetail(item: ReviewItem): Promise<void> {
    try {
      const detail = await this.#o.api.comment(item.id);
      this.#details.set(`${item.id}:${item.revision}`, detail);
      this.#detail.showDetail(detail, Date.now(), this.#busy.has(item.id));
    } catch (error) {
      if (error instanceof SessionEnded) return this.#o.sessionEnded(error.message);
      this.#detail.showDetailError(item.id, `Could not load the history: ${(error as Error).message}`);
    }
  }

  async #setAuthorAction(id: string, request: AuthorActionRequest): Promise<void> {
    try {
      await this.#o.api.setAuthorAction(id, request);
    } catch (error) {
      if (error instanceof SessionEnded) return this.#o.sessionEnded(error.message);
      throw error;
    }
    const item = this.#items.find((i) => i.id === id);
    this.#o.announce(request.action === 'none' ? 'The author’s action is lifted.' : `The author is now ${request.action === 'ban' ? 'banned' : request.action === 'trust' ? 'trusted' : 'pre-moderated'} on this site.`);
    if (!item) return;
    // The standing shown comes from the server: read the item again.
    this.#details.delete(`${item.id}:${item.revision}`);
    await this.#loadDetail(item);
  }

  #openDetail(open: boolean): void {
    this.element.classList.toggle('detail-open', open);
    if (open) {
      // On a phone the pane covers the queue and its Close button takes focus; beside the queue, the pane itself does.
      const close = this.#detail.element.querySelector<HTMLElement>('button.close');
      if (close && close.offsetParent !== null) close.focus();
      else this.#detail.element.focus();
    }
    else if (this.#current && this.#detail.element.contains(document.activeElement)) this.#focusCard(this.#current);
  }

  #showHelp(): void {
    if (!this.#help.open) this.#help.showModal();
  }

  // ---- selection --------------------------------------------------------------------

  #toggle(id: string): void {
    this.#allMatching = false;
    if (this.#selected.has(id)) this.#selected.delete(id);
    else this.#selected.add(id);
    this.#paintCard(id);
    this.#renderChrome();
  }

  #selectAll(all: boolean): void {
    this.#allMatching = false;
    this.#selected.clear();
    if (all) for (const i of this.#items) this.#selected.add(i.id);
    for (const i of this.#items) this.#paintCard(i.id);
    this.#renderChrome();
  }

  /** Loads every remaining page of the queue (up to a limit) and selects every comment in it. */
  async #selectMatching(): Promise<void> {
    const generation = this.#generation;
    this.#loadingMatching = true;
    this.#renderChrome();
    try {
      while (this.#cursor && this.#items.length < SELECT_MATCHING_LIMIT) {
        const page = await this.#o.api.listComments(this.#route.siteId, this.#query({ limit: MAX_PAGE, cursor: this.#cursor }));
        if (generation !== this.#generation) return;
        const known = new Set(this.#items.map((i) => i.id));
        this.#items = [...this.#items, ...page.items.filter((i) => !known.has(i.id))];
        this.#cursor = page.nextCursor;
      }
      for (const i of this.#items) this.#selected.add(i.id);
      this.#allMatching = true;
      this.#o.announce(`All ${noun(this.#selected.size)} matching are selected.`);
    } catch (error) {
      this.#failed(error, 'load every matching comment');
    } finally {
      if (generation === this.#generation) {
        this.#loadingMatching = false;
        this.#render();
      }
    }
  }

  // ---- decisions --------------------------------------------------------------------

  async #decideOne(id: string, action: Action, note: string, reason?: RejectReason): Promise<void> {
    this.#cancelReject();
    const item = this.#items.find((i) => i.id === id);
    if (!item || this.#busy.has(id)) return;
    this.#setBusy([id], true);
    const body = { action, ...(reason ? { reason } : {}), revision: item.revision, ...(note ? { note } : {}) };
    const sent = (result: DecisionResult) => {
      this.#detail.clearNote(id);
      this.#settled([{ item, status: result.status, revision: result.revision }]);
      this.#banner.textContent = '';
      this.#o.announce(`${past(action)} the comment by ${item.author.name || 'anonymous'}${because(reason)}. Press u to undo.`);
      this.#offerUndo(`${past(action)} the comment by ${item.author.name || 'anonymous'}${because(reason)}.`, [{ id, revision: result.revision }]);
    };
    const refused = (error: unknown) => {
      this.#setBusy([id], false);
      this.#failed(error, `${action} this comment`);
    };
    await this.#send([id], { send: () => this.#o.api.decide(id, body), sent, refused });
  }

  async #decideSelected(action: Action, note: string, reason?: RejectReason): Promise<void> {
    this.#cancelReject();
    const items = this.#items.filter((i) => this.#selected.has(i.id) && !this.#busy.has(i.id));
    if (!items.length) return;
    // Beyond what the moderator can see on one page, say how many before sending anything.
    const confirm = this.#allMatching || items.length > PAGE;
    const what = this.#allMatching ? `all ${items.length} matching ${items.length === 1 ? 'comment' : 'comments'}` : noun(items.length);
    await this.#decideItems(items, action, note, reason, confirm ? what : null);
  }

  /** The author's view: every comment of the author still waiting (pending or flagged) rejected, after a confirmation naming the count. */
  async #rejectAuthorPending(reason: RejectReason): Promise<void> {
    this.#cancelReject();
    if (this.#cursor) await this.#selectMatching();
    const items = this.#items.filter((i) => (i.status === 'pending' || i.status === 'flagged') && !this.#busy.has(i.id));
    if (!items.length) {
      this.#banner.textContent = `No pending comments by ${this.#route.authorName || 'this author'}.`;
      return;
    }
    this.#selected.clear();
    for (const i of items) this.#selected.add(i.id);
    this.#allMatching = false;
    this.#render();
    await this.#decideItems(items, 'reject', '', reason, `all ${items.length} pending ${items.length === 1 ? 'comment' : 'comments'} by ${this.#route.authorName || 'this author'}`);
  }

  /** Decides `items` in batches; `confirmWhat` names them in a confirmation first (none when null). */
  async #decideItems(items: ReviewItem[], action: Action, note: string, reason: RejectReason | undefined, confirmWhat: string | null): Promise<void> {
    if (confirmWhat) {
      const verb = action === 'approve' ? 'Approve' : 'Reject';
      if (!(await confirmDialog(`${verb} ${confirmWhat}${because(reason)}?`, `${verb} ${noun(items.length)}`))) return;
    }
    const done: Array<{ id: string; revision: number }> = [];
    for (let i = 0; i < items.length; i += MAX_PAGE) await this.#decideBatch(items.slice(i, i + MAX_PAGE), action, note, reason, done);
    this.#allMatching = false;
    this.#renderChrome();
  }

  /** One bulk request (at most MAX_PAGE comments); `done` gathers what every batch of the same action decided, for one Undo. */
  async #decideBatch(items: ReviewItem[], action: Action, note: string, reason: RejectReason | undefined, done: Array<{ id: string; revision: number }>): Promise<void> {
    const ids = items.map((i) => i.id);
    this.#setBusy(ids, true);
    const body = { action, ...(reason ? { reason } : {}), ...(note ? { note } : {}), items: items.map((i) => ({ id: i.id, revision: i.revision })) };
    const sent = ({ results }: { results: BulkResult[] }) => {
      const byId = new Map(items.map((i) => [i.id, i]));
      const decided = results.flatMap((r) => (r.ok && byId.has(r.id) ? [{ item: byId.get(r.id)!, status: r.status, revision: r.revision }] : []));
      const failed = results.filter((r) => !r.ok);
      this.#setBusy(ids, false);
      this.#bulk.clearNote();
      this.#settled(decided);
      done.push(...decided.map((d) => ({ id: d.item.id, revision: d.revision })));
      this.#o.announce(`${past(action)} ${noun(done.length)}${because(reason)}.${done.length ? ' Press u to undo.' : ''}`);
      if (done.length) this.#offerUndo(`${past(action)} ${noun(done.length)}${because(reason)}.`, [...done]);
      if (failed.length) {
        const first = failed[0]!;
        this.#banner.textContent = `${noun(failed.length)} could not be ${action === 'approve' ? 'approved' : 'rejected'}${
          !first.ok && first.error.code === 'conflict' ? ': someone else decided first. The queue has been refreshed.' : `: ${!first.ok ? first.error.message : ''}`
        }`;
        void this.#refresh(false);
      } else this.#banner.textContent = '';
    };
    const refused = (error: unknown) => {
      this.#setBusy(ids, false);
      this.#failed(error, `${action} the selected comments`);
    };
    await this.#send(ids, { send: () => this.#o.api.decideMany(body), sent, refused });
  }

  /**
   * Sends a decision; when the server cannot be reached, the decision waits in the outbox
   * (its cards marked as waiting) and is sent again until the server answers.
   */
  async #send<T>(ids: string[], outgoing: { send(): Promise<T>; sent(result: T): void; refused(error: unknown): void }): Promise<void> {
    let result: T;
    try {
      result = await outgoing.send();
    } catch (error) {
      if (!isOffline(error)) return outgoing.refused(error);
      // This decision's news is the connection line now: an older failure's banner must not read as its outcome.
      this.#banner.textContent = '';
      for (const id of ids) this.#queued.add(id);
      for (const id of ids) this.#paintCard(id);
      const unqueue = () => {
        for (const id of ids) this.#queued.delete(id);
        for (const id of ids) this.#paintCard(id);
      };
      this.#setOffline(true);
      this.#outbox.add({
        send: async () => {
          try {
            const accepted = await outgoing.send();
            this.#setOffline(false);
            return accepted;
          } catch (retryError) {
            if (isOffline(retryError)) this.#setOffline(true);
            throw retryError;
          }
        },
        sent: (r) => {
          unqueue();
          outgoing.sent(r);
        },
        refused: (e) => {
          unqueue();
          outgoing.refused(e);
        },
      });
      this.#o.announce(`Offline: ${ids.length === 1 ? 'the decision waits' : `${noun(ids.length)} wait`} and will be sent when the connection is back.`);
      return;
    }
    outgoing.sent(result);
  }

  // ---- undo -------------------------------------------------------------------------

  #offerUndo(what: string, items: Array<{ id: string; revision: number }>): void {
    clearTimeout(this.#undoTimer);
    this.#undoable = { what, items };
    replaceChildren(this.#undoBar, h('span', {}, what), h('button', { type: 'button', class: 'undo', 'aria-keyshortcuts': 'u', onclick: () => void this.#undo() }, 'Undo'));
    this.#undoBar.hidden = false;
    this.#undoTimer = setTimeout(() => this.#withdrawUndo(), UNDO_OFFER_MS);
  }

  #withdrawUndo(): void {
    clearTimeout(this.#undoTimer);
    this.#undoable = null;
    this.#undoBar.hidden = true;
    replaceChildren(this.#undoBar);
  }

  async #undo(): Promise<void> {
    const undoable = this.#undoable;
    if (!undoable) return;
    this.#withdrawUndo();
    try {
      const results: BulkResult[] = [];
      // The API takes back at most MAX_PAGE decisions a request; a "select all matching" decision can be more.
      for (let i = 0; i < undoable.items.length; i += MAX_PAGE) results.push(...(await this.#o.api.undo(undoable.items.slice(i, i + MAX_PAGE))).results);
      const undone = results.filter((r) => r.ok);
      // Back in a queue: the next read may show them again at once.
      for (const r of undone) this.#decidedAt.delete(r.id);
      const refused = results.find((r) => !r.ok);
      this.#banner.textContent = refused && !refused.ok ? `${noun(results.length - undone.length)} could not be undone: ${refused.error.message}` : '';
      this.#o.announce(`Undone: ${noun(undone.length)} back as before.`);
      await this.#refresh(false);
    } catch (error) {
      this.#failed(error, 'undo');
    }
  }

  /** Applies decisions the server accepted: items that left this queue go, focus moves on. */
  #settled(decided: Array<{ item: ReviewItem; status: Status; revision: number }>): void {
    const now = Date.now();
    const gone = new Set<string>();
    for (const { item, status, revision } of decided) {
      this.#busy.delete(item.id);
      this.#selected.delete(item.id);
      this.#decidedAt.set(item.id, now);
      // A reported comment leaves the Reported queue whatever its status.
      const from = this.#route.status === 'reported' ? 'reported' : item.status;
      if (this.#counts && from !== status) {
        // A queue counted only up to the limit keeps showing "limit+".
        if (!this.#countsAtLeast.has(from)) this.#counts[from] = (this.#counts[from] ?? 1) - 1;
        if (!this.#countsAtLeast.has(status)) this.#counts[status] = (this.#counts[status] ?? 0) + 1;
      }
      // The All queue keeps a decided comment, in its new status.
      if (status !== this.#route.status && this.#route.status !== 'all') gone.add(item.id);
      else this.#items = this.#items.map((i) => (i.id === item.id ? { ...i, status, revision } : i));
    }
    const ids = this.#items.map((i) => i.id);
    const active = document.activeElement;
    const working = active === document.body || active === null || this.#queue.contains(active) || this.#detail.element.contains(active);
    this.#current = focusAfterRemoval(ids, this.#current, gone);
    this.#items = this.#items.filter((i) => !gone.has(i.id));
    this.#render(working);
  }

  #setBusy(ids: string[], busy: boolean): void {
    for (const id of ids) {
      if (busy) this.#busy.add(id);
      else this.#busy.delete(id);
      this.#paintCard(id);
    }
    if (this.#current && ids.includes(this.#current)) this.#detail.setBusy(busy);
    this.#renderChrome();
  }

  #failed(error: unknown, what: string): void {
    if (error instanceof SessionEnded) return this.#o.sessionEnded(error.message);
    if (error instanceof ApiError && error.code === 'conflict') {
      this.#banner.textContent = 'Someone else decided this comment first. The queue has been refreshed.';
      void this.#refresh(false);
      return;
    }
    if (isOffline(error)) {
      this.#setOffline(true);
      return;
    }
    this.#banner.textContent = `Could not ${what}: ${(error as Error).message}`;
  }

  /** The connection line: offline, and how many decisions wait to be sent. */
  #setOffline(offline: boolean): void {
    this.#offline = offline;
    this.#renderConnection();
    // Back online: what waits goes now rather than at the next retry.
    if (!offline && this.#outbox.size) void this.#outbox.flush();
  }

  #renderConnection(): void {
    const waiting = this.#outbox.size;
    const decisions = waiting === 1 ? '1 decision waits' : `${waiting} decisions wait`;
    if (this.#offline) this.#connection.textContent = waiting ? `Offline: ${decisions} to be sent; retrying every few seconds…` : 'Offline: retrying in a few seconds…';
    else this.#connection.textContent = waiting ? `Sending: ${decisions}…` : '';
  }

  // ---- a reject's reason ------------------------------------------------------------

  /** `r`: asks why, by key or by click; nothing is sent until a reason is picked. */
  #askReason(): void {
    const selection = this.#selected.size > 0;
    if (!selection && (!this.#current || this.#items.find((i) => i.id === this.#current)?.status === 'rejected')) return;
    this.#rejecting = selection ? { selection: true } : { id: this.#current! };
    const what = selection ? noun(this.#selected.size) : 'this comment';
    replaceChildren(
      this.#reasonPrompt,
      rejectButtons({ lead: `Reject ${what} as`, nameFor: (_, reason) => `Reject ${what} as ${reason}`, reject: (reason) => this.#rejectWith(reason) }),
      h('span', { class: 'reason-keys' }, REJECT_REASONS.map((r, i) => [i ? ', ' : null, h('kbd', {}, r.key), ` ${r.label.toLowerCase()}`]), '; ', h('kbd', {}, 'Esc'), ' cancels'),
      h('button', { type: 'button', class: 'cancel', onclick: () => this.#cancelReject() }, 'Cancel'),
    );
    this.#reasonPrompt.hidden = false;
    this.#o.announce(`Reject ${what} as: ${REJECT_REASONS.map((r) => `${r.key} for ${r.label.toLowerCase()}`).join(', ')}; Escape cancels.`);
  }

  #rejectWith(reason: RejectReason): void {
    const target = this.#rejecting;
    this.#cancelReject();
    if (!target) return;
    if ('selection' in target) void this.#decideSelected('reject', this.#bulk.note(), reason);
    else void this.#decideOne(target.id, 'reject', this.#detail.itemId === target.id ? this.#detail.note() : '', reason);
  }

  #cancelReject(): void {
    if (!this.#rejecting && this.#reasonPrompt.hidden) return;
    this.#rejecting = null;
    this.#reasonPrompt.hidden = true;
    replaceChildren(this.#reasonPrompt);
  }

  // ---- navigation and keys ----------------------------------------------------------

  #renderAuthorBar(): void {
    replaceChildren(
      this.#authorSlot,
      this.#route.authorKey
        ? authorViewBar(this.#route.authorName || 'this author', {
            back: () => this.#changeRoute({ ...NO_FILTERS, status: 'flagged' }, true),
            rejectPending: (reason) => void this.#rejectAuthorPending(reason),
          })
        : null,
    );
  }

  /** `resetFilters`: the change came from outside the filter form (an author's view), so the form shows it. */
  #changeRoute(change: Partial<Route>, resetFilters = false): void {
    const route = { ...this.#route, ...change };
    if (JSON.stringify(route) === JSON.stringify(this.#route)) return;
    this.#route = route;
    this.#o.routeChanged(route);
    if (resetFilters) replaceChildren(this.#filterSlot, filterForm(route, (f) => this.#changeRoute(f)));
    this.#renderAuthorBar();
    this.#items = [];
    this.#current = null;
    this.#cursor = null;
    this.#loaded = false;
    this.#selected.clear();
    this.#allMatching = false;
    this.#loadingMatching = false;
    this.#cancelReject();
    this.#banner.textContent = '';
    if (change.siteId) this.#counts = null;
    this.#render();
    void this.#refresh(true);
  }

  readonly #onOnline = () => void this.#outbox.flush();

  readonly #onVisible = () => {
    if (!document.hidden) void this.#refresh(false);
  };

  readonly #onKey = (event: KeyboardEvent) => {
    if (this.#help.open) return; // the dialog handles its own Esc
    if (this.#rejecting) {
      const reason = reasonKeyFor(event);
      if (reason) {
        event.preventDefault();
        return this.#rejectWith(reason);
      }
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
      this.#cancelReject();
      if (event.key === 'Escape') {
        event.preventDefault();
        return;
      }
      // Any other key cancels the reject and then does what it always does.
    }
    if (event.key === 'Escape' && this.element.classList.contains('detail-open')) {
      this.#openDetail(false);
      return;
    }
    const command = commandFor(event);
    if (!command) return;
    event.preventDefault();
    this.#run(command);
  };

  #run(command: Command): void {
    const ids = this.#items.map((i) => i.id);
    switch (command) {
      case 'next':
        // On the last comment of what is loaded, j loads the next page and moves on into it.
        if (this.#cursor && this.#current !== null && ids.at(-1) === this.#current) {
          const last = this.#current;
          return void this.#loadMore().then(() => {
            if (this.#current === last) this.#setCurrent(moveFocus(this.#items.map((i) => i.id), last, 1), true);
          });
        }
        return this.#setCurrent(moveFocus(ids, this.#current, 1), true);
      case 'previous':
        return this.#setCurrent(moveFocus(ids, this.#current, -1), true);
      case 'search':
        return this.#search.focus();
      case 'nextQueue':
      case 'previousQueue':
        return this.#changeRoute({ status: this.#tabs.neighbour(this.#route.status, command === 'nextQueue' ? 1 : -1) });
      case 'queue1':
      case 'queue2':
      case 'queue3':
      case 'queue4':
      case 'queue5':
      case 'queue6':
        return this.#changeRoute({ status: TABS[Number(command.slice(-1)) - 1]![0] });
      case 'select':
        if (this.#current) this.#toggle(this.#current);
        return;
      case 'approve':
        if (this.#selected.size) return void this.#decideSelected('approve', this.#bulk.note());
        if (this.#current) void this.#decideOne(this.#current, 'approve', this.#detail.itemId === this.#current ? this.#detail.note() : '');
        return;
      case 'reject':
        return this.#askReason();
      case 'open':
        if (this.#current) this.#openDetail(true);
        return;
      case 'undo':
        return void this.#undo();
      case 'help':
        return this.#showHelp();
    }
  }
}
