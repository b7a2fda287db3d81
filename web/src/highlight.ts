import type { Reason, ReasonField, Span } from './api.ts';

// Turns a text and the reasons' spans into runs of plain and marked text. Spans may
// overlap (two rules on the same word) or be out of range (a policy bug must not break
// the page), so the text is cut at every span edge and each run lists the rules on it.

export interface Run {
  text: string;
  /** Rules whose spans cover this run; empty for plain text. */
  rules: string[];
}

export interface LabelledSpan {
  span: Span;
  rule: string;
}

/** The spans of the reasons that point into `field` (reasons without a field point into the text). */
export const spansFor = (reasons: readonly Reason[], field: ReasonField): LabelledSpan[] =>
  reasons.filter((r) => (r.field ?? 'text') === field).flatMap((r) => r.spans.map((span) => ({ span, rule: r.rule })));

// Never cut between the two halves of a surrogate pair (an emoji, say).
const snap = (text: string, at: number): number => {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
};

export const runs = (text: string, spans: readonly LabelledSpan[]): Run[] => {
  const valid = spans
    .map(({ span: [start, end], rule }) => ({
      start: snap(text, Math.max(0, Math.min(text.length, Math.trunc(start)))),
      end: snap(text, Math.max(0, Math.min(text.length, Math.trunc(end)))),
      rule,
    }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const rules = [...new Set(valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.rule))];
    const last = out.at(-1);
    // Merge neighbours with the same rules, so one match is one <mark>.
    if (last && last.rules.join('\n') === rules.join('\n')) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), rules });
  }
  return out;
};
