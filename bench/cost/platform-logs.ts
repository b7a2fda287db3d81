// Log lines that exist only in AWS, so the local run cannot capture them: Lambda's own
// START, END and REPORT events for every invocation (sized as in the text log format, the
// default; JSON events are somewhat longer), unless its system log level filters them, and one
// API Gateway access log event per request in the stage's format from the template. Sizes
// come from realistic example values.

const REQUEST_ID = '5cd2b882-645f-4e7d-9e3a-848b1d786b51';

/**
 * Whether Lambda writes a function's START/END/REPORT events, which it logs at INFO. In text
 * format (no LoggingConfig) it always does; in JSON format only when the system log level lets
 * INFO through (INFO, Lambda's default, or DEBUG), not at WARN.
 */
export const platformEventsLogged = (logging: { logFormat: 'Text' | 'JSON'; systemLogLevel?: string | undefined }): boolean =>
  logging.logFormat === 'Text' || ['DEBUG', 'INFO'].includes(logging.systemLogLevel ?? 'INFO');

/** The three events Lambda writes per invocation, in bytes (the REPORT carries an XRAY line when traced). */
export const lambdaPlatformEvents = (memoryMb: number, traced: boolean): number[] => [
  `START RequestId: ${REQUEST_ID} Version: $LATEST`,
  `END RequestId: ${REQUEST_ID}`,
  `REPORT RequestId: ${REQUEST_ID}\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: ${memoryMb} MB\tMax Memory Used: 112 MB\t` +
    (traced ? '\nXRAY TraceId: 1-6650f1a2-3b9c4d5e6f708192a3b4c5d6\tSegmentId: 4f2e8a1c9b3d7e60\tSampled: true\t' : ''),
].map((line) => Buffer.byteLength(`${line}\n`, 'utf8'));

const CONTEXT_EXAMPLES: Record<string, string> = {
  '$context.requestId': 'J6pUqhb-oAMEVqA=',
  '$context.requestTime': '14/Jun/2026:09:15:42 +0000',
  '$context.routeKey': 'POST /v1/comments',
  '$context.status': '202',
  '$context.protocol': 'HTTP/1.1',
  '$context.responseLength': '58',
  '$context.responseLatency': '48',
  '$context.integrationLatency': '41',
};

/** Bytes of one access log event: the format with each `$context` variable filled in ('-' when empty). */
export const accessLogEventBytes = (format: string): number =>
  format ? Buffer.byteLength(format.replace(/\$context\.[\w.]+/g, (v) => CONTEXT_EXAMPLES[v] ?? '-'), 'utf8') : 0;
