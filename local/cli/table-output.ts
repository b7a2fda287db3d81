// Plain-text tables for the operator commands' human output (`--json` is for scripts).

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

/** `--json` output: one pretty document, newline-terminated. */
export const jsonOutput = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Comment text on one line of a table: whatever a reader typed, control characters (which could drive the terminal) made spaces. */
export const oneLine = (text: string, max: number): string => {
  const flat = text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
