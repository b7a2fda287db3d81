// Per-rule figures for `sieve eval --rules`: how often each rule fires on comments that
// should pass versus comments that should be caught (SpamAssassin's hit-frequencies), so an
// operator sees which rules earn their score and which never fire at all.

import type { Decision } from '../../shared/engine/index.ts';
import { RULES, RULE_IDS, isRuleId, type RuleId } from '../../shared/engine/rules.ts';
import { OK_LABEL } from './eval-tally.ts';

export interface RuleFigures {
  rule: string;
  category: string;
  description: string;
  /** Comments labelled "ok" the rule fired on, and their share of all "ok" comments. */
  onOk: number;
  okShare: number;
  /** Comments that should be caught the rule fired on, and their share of those. */
  onCatch: number;
  catchShare: number;
  /** catchShare / (catchShare + okShare): 1 fires only on comments to catch, 0 only on ok ones. */
  ratio: number | null;
  /** Points the rule added, summed over the comments it fired on. */
  points: number;
}

export interface RuleReport {
  ok: number;
  shouldCatch: number;
  rules: RuleFigures[];
  /** Registered rules that fired on no comment. */
  neverFired: string[];
}

export class RuleTally {
  private ok = 0;
  private shouldCatch = 0;
  private readonly fired = new Map<string, { onOk: number; onCatch: number; points: number }>();

  add(label: string, decision: Decision): void {
    const catchIt = label !== OK_LABEL;
    if (catchIt) this.shouldCatch++;
    else this.ok++;
    const points = new Map<string, number>();
    for (const r of decision.reasons) points.set(r.rule, (points.get(r.rule) ?? 0) + r.contribution);
    for (const [rule, added] of points) {
      const row = this.fired.get(rule) ?? { onOk: 0, onCatch: 0, points: 0 };
      if (catchIt) row.onCatch++;
      else row.onOk++;
      row.points += added;
      this.fired.set(rule, row);
    }
  }

  report(): RuleReport {
    const rules: RuleFigures[] = [];
    for (const [rule, { onOk, onCatch, points }] of this.fired) {
      const okShare = this.ok > 0 ? onOk / this.ok : 0;
      const catchShare = this.shouldCatch > 0 ? onCatch / this.shouldCatch : 0;
      const info = isRuleId(rule) ? RULES[rule] : undefined;
      rules.push({
        rule,
        category: info?.category ?? '?',
        description: info?.description ?? '(not in the registry)',
        onOk,
        okShare,
        onCatch,
        catchShare,
        ratio: okShare + catchShare > 0 ? catchShare / (okShare + catchShare) : null,
        points: Math.round(points * 100) / 100,
      });
    }
    rules.sort((a, b) => b.onOk + b.onCatch - (a.onOk + a.onCatch) || a.rule.localeCompare(b.rule));
    const neverFired = RULE_IDS.filter((id: RuleId) => !this.fired.has(id));
    return { ok: this.ok, shouldCatch: this.shouldCatch, rules, neverFired };
  }
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function renderRuleReport(report: RuleReport): string {
  const header = ['rule', 'on ok', 'on catch', 'ratio', 'points'];
  const rows = report.rules.map((r) => [
    r.rule,
    `${r.onOk} (${percent(r.okShare)})`,
    `${r.onCatch} (${percent(r.catchShare)})`,
    r.ratio === null ? '-' : r.ratio.toFixed(2),
    r.points.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [
    `${report.ok} comments should pass, ${report.shouldCatch} should be caught; ratio 1.00 = fires only on comments to catch`,
    '',
    line(header),
    ...rows.map(line),
    '',
    `never fired (${report.neverFired.length}): ${report.neverFired.join(', ') || 'none'}`,
  ];
  return `${out.join('\n')}\n`;
}
