import { afterEach, expect, it } from 'vitest';
import { CompactLogFormatter } from '../../shared/observability/compact-log-formatter.ts';

// Log ingestion is billed by the byte: every line leaves out what its log group already says.

const lambdaContext = {
  functionName: 'Sieve-prod-ModerateComments-AbCdEfGhIjKl',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:Sieve-prod-ModerateComments-AbCdEfGhIjKl',
  memoryLimitInMB: '512',
  awsRequestId: '5cd2b882-645f-4e7d-9e3a-848b1d786b51',
  coldStart: false,
};

const format = (overrides: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  new CompactLogFormatter()
    .formatAttributes(
      {
        logLevel: 'INFO',
        message: 'Comment decided',
        timestamp: new Date('2026-11-26T12:00:00.000Z'),
        serviceName: 'sieve',
        sampleRateValue: 0,
        lambdaContext,
        xRayTraceId: '1-6650f1a2-3b9c4d5e6f708192a3b4c5d6',
        ...overrides,
      } as Parameters<CompactLogFormatter['formatAttributes']>[0],
      extra,
    )
    .getAttributes();

const traceHeader = process.env._X_AMZN_TRACE_ID;
afterEach(() => {
  if (traceHeader === undefined) delete process.env._X_AMZN_TRACE_ID;
  else process.env._X_AMZN_TRACE_ID = traceHeader;
});

it('keeps level, message, time, service, request id and the line\'s own keys, and drops what the log group repeats', () => {
  process.env._X_AMZN_TRACE_ID = 'Root=1-6650f1a2-3b9c4d5e6f708192a3b4c5d6;Parent=4f2e8a1c9b3d7e60;Sampled=0';

  expect(format({}, { commentId: 'c_1', outcome: 'approve' })).toEqual({
    level: 'INFO',
    message: 'Comment decided',
    timestamp: '2026-11-26T12:00:00.000Z',
    service: 'sieve',
    function_request_id: lambdaContext.awsRequestId,
    commentId: 'c_1',
    outcome: 'approve',
  });
});

it('says cold_start only on a cold start, and carries the trace id only when X-Ray records the trace', () => {
  process.env._X_AMZN_TRACE_ID = 'Root=1-6650f1a2-3b9c4d5e6f708192a3b4c5d6;Parent=4f2e8a1c9b3d7e60;Sampled=1';

  expect(format({ lambdaContext: { ...lambdaContext, coldStart: true } })).toMatchObject({
    cold_start: true,
    xray_trace_id: '1-6650f1a2-3b9c4d5e6f708192a3b4c5d6',
  });
});
