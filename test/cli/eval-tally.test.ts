import { describe, expect, it } from 'vitest';
import type { Decision, Outcome } from '../../shared/engine/index.ts';
import { EvalTally, NO_RULE } from '../../local/cli/eval-tally.ts';

function decision(outcome: Outcome, ...rules: string[]): Decision {
  return {
    outcome,
    scores: {},
    reasons: rules.map((rule) => ({ rule, category: 'insult', contribution: 1, detail: '', spans: [] })),
    policyVersion: 'test@1',
  };
}

describe('EvalTally', () => {
  it('counts flag and reject as caught and derives precision, recall, F1 and false-catch rate', () => {
    // Prepare
    const tally = new EvalTally();
    const rows: Array<[string, Decision]> = [
      ['ok', decision('approve')],
      ['ok', decision('approve')],
      ['ok', decision('approve')],
      ['ok', decision('flag', 'insult.word')],
      ['insult', decision('reject', 'insult.second-person')],
      ['insult', decision('flag', 'insult.second-person')],
      ['spam', decision('flag', 'spam.links')],
      ['spam', decision('approve')],
    ];

    // Act
    rows.forEach(([label, d], i) => tally.add({ id: `c${i}`, text: 't', label }, d));
    const report = tally.report();

    // Assert
    expect(report).toMatchObject({
      comments: 8, shouldCatch: 4, shouldPass: 4,
      truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 3,
      precision: 0.75, recall: 0.75, f1: 0.75, falseCatchRate: 0.25,
    });
    expect(report.confusion.insult).toEqual({ approve: 0, flag: 1, reject: 1 });
    expect(report.perLabel.spam).toEqual({ total: 2, caught: 1, caughtShare: 0.5 });
    expect(Object.keys(report.confusion)[0]).toBe('ok');
  });

  it('lists the wrong decisions with the rules that fired', () => {
    // Prepare
    const tally = new EvalTally();

    // Act
    tally.add({ id: 'fc', text: 'Scunthorpe', label: 'ok' }, decision('reject', 'profanity.word', 'profanity.word'));
    tally.add({ id: 'miss', text: 'kys', label: 'threat' }, decision('approve'));
    const report = tally.report();

    // Assert
    expect(report.falseCatches).toEqual([{ id: 'fc', label: 'ok', decision: 'reject', rules: ['profanity.word'], text: 'Scunthorpe' }]);
    expect(report.rulesOnFalseCatches).toEqual({ 'profanity.word': 1 });
    expect(report.misses.map((m) => m.id)).toEqual(['miss']);
    expect(report.rulesOnMisses).toEqual({ [NO_RULE]: 1 });
  });

  it('reports undefined ratios as null rather than dividing by zero', () => {
    // Prepare
    const tally = new EvalTally();

    // Act
    tally.add({ id: 'a', text: 'x', label: 'ok' }, decision('approve'));
    const report = tally.report();

    // Assert
    expect(report.precision).toBeNull();
    expect(report.recall).toBeNull();
    expect(report.f1).toBeNull();
    expect(report.falseCatchRate).toBe(0);
  });
});
