import { h } from '../dom.ts';
import { runs, type LabelledSpan } from '../highlight.ts';

/** A comment field as text nodes, matched runs wrapped in <mark> naming the rules. */
export const highlighted = (text: string, spans: readonly LabelledSpan[]): Node[] =>
  runs(text, spans).map((run) =>
    run.rules.length ? h('mark', { title: `Matched: ${run.rules.join(', ')}`, 'data-rules': run.rules.join(' ') }, run.text) : document.createTextNode(run.text),
  );
