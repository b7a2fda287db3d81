// A minimal in-process counter/summary registry rendered in Prometheus text format. The
// local runtime runs the handlers in its own process and serves this at GET /metrics; in
// Lambda the same numbers go to CloudWatch as EMF (metrics.ts) and this costs a few bytes.
// Hand-written rather than prom-client: four metric kinds' worth of code, and nothing
// extra bundled into every function.

type Labels = Record<string, string>;

interface Series {
  help: string;
  type: 'counter' | 'summary';
  values: Map<string, { labels: Labels; value: number; count: number }>;
}

const keyOf = (labels: Labels) =>
  Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export class CounterRegistry {
  readonly #series = new Map<string, Series>();

  #entry(name: string, help: string, type: Series['type'], labels: Labels) {
    let series = this.#series.get(name);
    if (!series) {
      series = { help, type, values: new Map() };
      this.#series.set(name, series);
    }
    const key = keyOf(labels);
    let entry = series.values.get(key);
    if (!entry) {
      entry = { labels, value: 0, count: 0 };
      series.values.set(key, entry);
    }
    return entry;
  }

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    this.#entry(name, help, 'counter', labels).value += by;
  }

  /** Records one observation; rendered as `_sum` and `_count`. */
  observe(name: string, help: string, value: number, labels: Labels = {}): void {
    const entry = this.#entry(name, help, 'summary', labels);
    entry.value += value;
    entry.count += 1;
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, series] of [...this.#series].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`# HELP ${name} ${series.help}`, `# TYPE ${name} ${series.type}`);
      for (const { labels, value, count } of series.values.values()) {
        const text = Object.entries(labels)
          .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
          .join(',');
        const suffix = text ? `{${text}}` : '';
        if (series.type === 'counter') lines.push(`${name}${suffix} ${value}`);
        else lines.push(`${name}_sum${suffix} ${value}`, `${name}_count${suffix} ${count}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
}

/** The process-wide registry the handlers record into. */
export const localCounters = new CounterRegistry();
