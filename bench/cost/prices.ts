import { readFileSync } from 'node:fs';
import { z } from 'zod';

// bench/prices.json, checked on load: a typo in a price should stop the cost model, not
// quietly turn a component into $0.

const price = z.number().positive();

export const pricesSchema = z.object({
  region: z.string(),
  apiGateway: z.object({ httpRequestsPerMillion: price }),
  lambda: z.object({ requestsPerMillion: price, gbSecond: z.object({ arm64: price, x86_64: price }) }),
  sqs: z.object({ standardRequestsPerMillion: price }),
  dynamodb: z.object({
    onDemandWriteUnitsPerMillion: price,
    onDemandReadUnitsPerMillion: price,
    provisionedWriteCapacityUnitHour: price,
    provisionedReadCapacityUnitHour: price,
  }),
  cloudWatchLogs: z.object({ ingestionPerGb: price }),
  xray: z.object({ tracesRecordedPerMillion: price }),
  cloudWatchMetrics: z.object({ customMetricMonth: price }),
});

export type Prices = z.infer<typeof pricesSchema>;

export const PRICES_FILE = new URL('../prices.json', import.meta.url);

export const loadPrices = (file: URL = PRICES_FILE): Prices => pricesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
