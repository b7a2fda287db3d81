import { describe, expect, it } from 'vitest';
import { perspectiveCallCost } from '../../bench/cost/perspective.ts';
import { loadPrices } from '../../bench/cost/prices.ts';

describe('perspectiveCallCost', () => {
  const profile = { memoryMb: 1769, architecture: 'arm64' as const, billedMsPerCall: 3, appLogBytesPerCall: 400, traced: false, callsPerInstancePerTtl: 10, readsPerTtl: 3 };

  it('prices a call as one HTTP API request, one invocation at its billed duration, its log bytes and its spread cache reads', () => {
    const prices = loadPrices();

    const cost = perspectiveCallCost(profile, prices);

    const byWhat = Object.fromEntries(cost.lines.map((l) => [l.what.split(' (')[0], l.perMillion]));
    expect(byWhat['API Gateway HTTP API request']).toBe(prices.apiGateway.httpRequestsPerMillion);
    expect(byWhat['Lambda requests']).toBe(prices.lambda.requestsPerMillion);
    expect(byWhat['Lambda duration']).toBeCloseTo((1769 / 1024) * 0.003 * prices.lambda.gbSecond.arm64 * 1e6, 10);
    expect(byWhat['DynamoDB reads']).toBeCloseTo(0.15 * prices.dynamodb.onDemandReadUnitsPerMillion, 10);
    expect(cost.totalPerMillion).toBeCloseTo(cost.lines.reduce((a, l) => a + l.perMillion, 0), 10);
  });

  it('adds a trace per call only when the stage traces', () => {
    expect(perspectiveCallCost({ ...profile, traced: true }, loadPrices()).lines.map((l) => l.what)).toContain('X-Ray traces');
    expect(perspectiveCallCost(profile, loadPrices()).lines.map((l) => l.what)).not.toContain('X-Ray traces');
  });
});
