// Renders an EvalReport for a terminal: the headline figures first, then where the
// errors are (labels, rules), then which comments, so tuning starts from the top.

import { OK_LABEL, OUTCOMES, type EvalReport, type WrongDecision } from './eval-tally.ts';
import { formatCount } from './progress.ts';

/** Ids listed per kind of error without --show-wrong; a 100k-line run would otherwise print pages. */
const MAX_IDS = 100;

export interface RenderOptions {
  /** Print each wrong comment with its text and rules, not only the ids. */
  showWrong: boolean;
}

export function renderEvalReport(report: EvalReport, options: RenderOptions): string {
  const out: string[] = [];
  const policies = report.policyVersions.join(', ') || 'n/a';
  const models = report.modelVersions.length > 0 ? `, model ${report.modelVersions.join(', ')}` : '';
  out.push(
    `${formatCount(report.comments)} comments: ${formatCount(report.shouldPass)} should pass, ` +
      `${formatCount(report.shouldCatch)} should be caught (policy ${policies}${models})`,
    '',
    figure('precision', report.precision, `${report.falsePositives} of ${report.truePositives + report.falsePositives} caught should have passed`),
    figure('recall', report.recall, `caught ${report.truePositives} of ${report.shouldCatch}`),
    figure('F1', report.f1, ''),
    figure('false-catch rate', report.falseCatchRate, `${report.falsePositives} of ${report.shouldPass} ok comments flagged or rejected`),
    '',
    ...confusionTable(report),
    '',
    ...ruleCounts(`rules on false catches (${report.falsePositives})`, report.rulesOnFalseCatches),
    ...ruleCounts(`rules on misses (${report.falseNegatives})`, report.rulesOnMisses),
    ...wrongList('false catches', report.falseCatches, options),
    ...wrongList('misses', report.misses, options),
  );
  return out.join('\n') + '\n';
}

function figure(name: string, value: number | null, note: string): string {
  const shown = value === null ? 'n/a' : value.toFixed(3);
  return `${name.padEnd(17)}${shown.padStart(6)}${note ? `   (${note})` : ''}`;
}

function confusionTable(report: EvalReport): string[] {
  const labels = Object.keys(report.confusion);
  const width = Math.max(8, ...labels.map((l) => l.length + 2));
  const header = 'label'.padEnd(width) + ['total', ...OUTCOMES, 'caught'].map((h) => h.padStart(9)).join('');
  const rows = labels.map((label) => {
    const row = report.confusion[label];
    const { total, caughtShare } = report.perLabel[label];
    const share = `${(caughtShare * 100).toFixed(1)}%`;
    return label.padEnd(width) + [total, ...OUTCOMES.map((o) => row[o])].map((n) => String(n).padStart(9)).join('') + share.padStart(9);
  });
  return [
    header,
    ...rows,
    `("caught" is recall for the labels to catch, the false-catch rate for "${OK_LABEL}")`,
  ];
}

function ruleCounts(title: string, counts: Record<string, number>): string[] {
  const entries = Object.entries(counts);
  if (entries.length === 0) return [];
  const width = Math.max(...entries.map(([rule]) => rule.length)) + 2;
  return [`${title}:`, ...entries.map(([rule, n]) => `  ${rule.padEnd(width)}${String(n).padStart(5)}`), ''];
}

function wrongList(title: string, wrong: WrongDecision[], options: RenderOptions): string[] {
  if (wrong.length === 0) return [];
  if (!options.showWrong) {
    const shown = wrong.slice(0, MAX_IDS).map((w) => w.id).join(' ');
    const more = wrong.length > MAX_IDS ? ` ... and ${wrong.length - MAX_IDS} more (see --show-wrong or --json)` : '';
    return [`${title}: ${shown}${more}`];
  }
  return [
    `${title}:`,
    ...wrong.map((w) => `  ${w.id} [${w.label} -> ${w.decision}] ${w.rules.join(', ') || '-'}\n      ${oneLine(w.text)}`),
    '',
  ];
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
