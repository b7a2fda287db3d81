// Reads the Prometheus text the local runtime serves at GET /metrics into a lookup by
// series name and labels; enough for the counters and summaries Sieve renders.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const LINE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

export const parsePrometheus = (text: string): Sample[] =>
  text.split('\n').flatMap((line) => {
    const match = LINE.exec(line.trim());
    if (!match || line.startsWith('#')) return [];
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(LABEL)) labels[key!] = value!.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));
    return [{ name: match[1]!, labels, value: Number(match[3]) }];
  });

/** Sum of a series' samples whose labels include `labels`. */
export const total = (samples: Sample[], name: string, labels: Record<string, string> = {}): number =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
