import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerRunningStack, unregisterRunningStack } from './running-stacks.ts';

// A running local stack writes where its emulators listen into the data folder, so the
// `sieve` CLI (a separate process) can reach the same DynamoDB and SQS. Removed on stop.

export interface LocalEndpoints {
  pid: number;
  url: string;
  dynamodb: string;
  sqs: string;
  tableName: string;
  queues: Record<string, { url: string; arn: string; deadLetterUrl: string; deadLetterArn: string }>;
}

const fileIn = (dataDir: string) => join(dataDir, 'endpoints.json');

export const writeEndpoints = (dataDir: string, endpoints: LocalEndpoints): void => {
  writeFileSync(fileIn(dataDir), JSON.stringify(endpoints, null, 2));
  registerRunningStack({ pid: endpoints.pid, dataDir, url: endpoints.url });
};

export const removeEndpoints = (dataDir: string): void => {
  rmSync(fileIn(dataDir), { force: true });
  unregisterRunningStack(process.pid, dataDir);
};

/** The endpoints of a stack running on this data folder, or undefined when none is. */
export const readEndpoints = (dataDir: string): LocalEndpoints | undefined => {
  try {
    const endpoints = JSON.parse(readFileSync(fileIn(dataDir), 'utf8')) as LocalEndpoints;
    process.kill(endpoints.pid, 0); // throws when that process is gone (a crash left the file)
    return endpoints;
  } catch {
    return undefined;
  }
};
