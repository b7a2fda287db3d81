// Captures what the handlers print (Powertools writes JSON lines and EMF metric lines to
// process.stdout/stderr; in Lambda each line becomes one CloudWatch log event) and keeps it
// off the terminal. The cost model's own output goes through `print`, which bypasses it.

export interface CapturedLine {
  bytes: number;
  text: string;
}

export interface LogCapture {
  /** Lines written since the last take(), then forgotten. */
  take(): CapturedLine[];
  print(text: string): void;
  printError(text: string): void;
  restore(): void;
}

export const captureProcessOutput = (): LogCapture => {
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  let pending = '';
  let lines: CapturedLine[] = [];

  const swallow = (chunk: unknown, encoding?: unknown, callback?: unknown): boolean => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const text of parts) if (text.length) lines.push({ text, bytes: Buffer.byteLength(text, 'utf8') });
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') done();
    return true;
  };
  process.stdout.write = swallow as typeof process.stdout.write;
  process.stderr.write = swallow as typeof process.stderr.write;

  return {
    take: () => {
      const taken = lines;
      lines = [];
      return taken;
    },
    print: (text) => void stdoutWrite(`${text}\n`),
    printError: (text) => void stderrWrite(`${text}\n`),
    restore: () => {
      process.stdout.write = stdoutWrite as typeof process.stdout.write;
      process.stderr.write = stderrWrite as typeof process.stderr.write;
    },
  };
};
