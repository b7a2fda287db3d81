// The heart of `check`, `eval` and `learn`: read comment lines in order, give each the
// stream's context (earlier lines, via a ContextSource), evaluate it under the policy (and
// the site's learned model, if any) and hand the decision on. Bad lines are reported on
// stderr and skipped; the run goes on.

import type { Readable } from 'node:stream';
import {
  contextQuery,
  evaluate,
  type CommentInput,
  type ContextFacts,
  type ContextSource,
  type Decision,
  type Policy,
} from '../../shared/engine/index.ts';
import type { LearnedModel } from '../../shared/learn/index.ts';
import type { CliIo } from './command.ts';
import { parseCommentLine, type CommentLine } from './comment-line.ts';
import { readLines } from './input.ts';
import { MemoryContextSource } from '../../shared/engine/memory-context.ts';
import { Progress } from './progress.ts';

export interface Moderated {
  line: CommentLine;
  /** What the engine was given: the comment and the facts of the stream before it. */
  comment: CommentInput;
  facts: ContextFacts;
  decision: Decision;
}

export interface StreamOptions {
  policy: Policy;
  /** The site's learned model, decided with as the worker would. */
  model?: LearnedModel;
  /** Require a `label` on every line (`sieve eval`). */
  labelled: boolean;
  /** Prefix for stderr messages, e.g. `sieve check`. */
  name: string;
  io: CliIo;
  /** The clock for lines before the first `createdAt`: the run's start. */
  startedAt: number;
  context?: ContextSource;
}

export interface StreamSummary {
  lines: number;
  badLines: number;
}

export async function moderateStream(
  input: Readable,
  options: StreamOptions,
  onDecision: (moderated: Moderated) => void | Promise<void>,
): Promise<StreamSummary> {
  const { policy, io, name } = options;
  const context = options.context ?? new MemoryContextSource();
  const progress = new Progress(name, io.stderr);
  let clock = options.startedAt;
  let lines = 0;
  let badLines = 0;
  const reportBad = (problem: string) => {
    badLines++;
    io.stderr.write(`${name}: ${problem}\n`);
  };

  for await (const { lineNo, raw, problem } of readLines(input)) {
    lines++;
    progress.tick(lines);
    const parsed = raw === undefined ? { ok: false as const, problem } : parseCommentLine(raw, lineNo, { labelled: options.labelled });
    if (!parsed.ok) {
      reportBad(parsed.problem);
      continue;
    }
    const { line } = parsed;
    // A line without a time happened "just after" the previous one: carry the clock forward.
    if (line.createdAt !== undefined) clock = line.createdAt;
    const comment = toCommentInput(line, clock);
    let decision: Decision;
    let facts: ContextFacts;
    try {
      const query = contextQuery(comment, policy);
      facts = await context.lookup(query);
      decision = evaluate(comment, facts, policy, options.model);
      await context.record(query, decision.outcome);
    } catch (error) {
      // An engine bug on one comment must not sink a 100k-line run; it is reported like a bad line.
      reportBad(`line ${lineNo} (id ${JSON.stringify(line.id)}): engine failed: ${(error as Error).message}`);
      continue;
    }
    await onDecision({ line, comment, facts, decision });
  }
  progress.done(lines, badLines);
  return { lines, badLines };
}

function toCommentInput(line: CommentLine, clock: number): CommentInput {
  const comment: CommentInput = { id: line.id, text: line.text, createdAt: clock };
  if (line.author !== undefined) comment.author = line.author;
  if (line.postId !== undefined) comment.postId = line.postId;
  if (line.parentId !== undefined) comment.parentId = line.parentId;
  return comment;
}
