import type { PhaseCounts } from './measure.ts';
import type { Breakdown } from './model.ts';

// The report's webhook figures: the total with one endpoint per site receiving every event,
// and which lines of the breakdown it moves (SQS sends and receives, the delivery function,
// the delivery log's writes, its logs).

const money = (n: number) => `$${n.toFixed(2)}`;

export const webhookLines = (off: Breakdown, on: Breakdown, timing: PhaseCounts): string[] => {
  const before = new Map(off.lines.map((l) => [l.component, l.perMillion]));
  const moved = on.lines
    .map((l) => ({ component: l.component, delta: l.perMillion - (before.get(l.component) ?? 0) }))
    .filter((l) => Math.abs(l.delta) >= 0.005)
    .sort((a, b) => b.delta - a.delta);
  return [
    '',
    `Webhooks (a second run, one endpoint per site receiving every event: ${(timing.webhookDeliveries / timing.comments).toFixed(2)} deliveries per comment):`,
    ...moved.map((l) => `  ${l.delta >= 0 ? '+' : '-'}${money(Math.abs(l.delta))}  ${l.component}`),
    `webhooks off: ${money(off.totalPerMillion)} per million comments; on: ${money(on.totalPerMillion)} (+${money(on.totalPerMillion - off.totalPerMillion)})`,
    '',
  ];
};
