// How `policy backtest` and `shadow report` print a flip tally (shared/admin/flip-tally.ts):
// a table of outcomes per side, the flips per direction, then the flipped comments with their
// text and both decisions.

import { OUTCOMES, type Flip, type FlipSummary } from '../../shared/admin/flip-tally.ts';
import { formatCount } from './progress.ts';
import { formatTable, oneLine } from './table-output.ts';

const TEXT_CHARS = 70;
const REASON_CHARS = 60;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export interface FlipReportOptions<F extends Flip> {
  /** Column names of the two sides, e.g. CURRENT and PROPOSED. */
  sides: [string, string];
  /** Flipped comments to list. */
  shown: number;
  /** List the newest (the end of the list) rather than the first. */
  newest?: boolean;
  /** Columns shown between the decisions and the reason, e.g. what a moderator decided. */
  columns?: Array<{ header: string; cell(flip: F): string }>;
  /** Said when nothing flips. */
  none: string;
}

export function flipReport<F extends Flip>(summary: FlipSummary<F>, options: FlipReportOptions<F>): string[] {
  const [fromName, toName] = options.sides;
  const lines = [
    formatTable(
      ['OUTCOME', fromName, toName, 'CHANGE'],
      OUTCOMES.map((o) => [o, formatCount(summary.from[o]), formatCount(summary.to[o]), signed(summary.to[o] - summary.from[o])]),
    ).trimEnd(),
    '',
  ];
  const { flips } = summary;
  if (!flips.length) return [...lines, options.none];
  const directions = Object.entries(summary.flipCounts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k.replace('->', ' -> ')} ${formatCount(n)}`)
    .join(', ');
  lines.push(`${formatCount(flips.length)} decision${flips.length === 1 ? ' flips' : 's flip'}: ${directions}`);
  const listed = options.newest ? flips.slice(-options.shown) : flips.slice(0, options.shown);
  const columns = options.columns ?? [];
  lines.push(
    formatTable(
      ['ID', fromName, toName, ...columns.map((c) => c.header), 'REASON', 'TEXT'],
      listed.map((f) => [
        f.id,
        f.from,
        f.to,
        ...columns.map((c) => c.cell(f)),
        oneLine(f.reason ? `${f.reason.rule}: ${f.reason.detail}` : '-', REASON_CHARS),
        oneLine(f.text, TEXT_CHARS),
      ]),
    ).trimEnd(),
  );
  if (listed.length < flips.length) {
    lines.push(`(${options.newest ? 'the newest' : 'showing'} ${formatCount(listed.length)} of ${formatCount(flips.length)}; --show N or --json for more)`);
  }
  return lines;
}
