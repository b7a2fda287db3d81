// Entry point for the CDK CLI (`cdk.json`: `node cdk/app.ts`). Deploy settings: cdk/deploy-config.ts.
import { ConsoleNotBuiltError } from './constructs/console-publication.ts';
import { InvalidDeployConfigError } from './deploy-config.ts';
import { createSieveApp } from './sieve-app.ts';

try {
  createSieveApp();
} catch (error) {
  // An operator's mistake gets its one-line message, not a stack trace.
  if (!(error instanceof InvalidDeployConfigError || error instanceof ConsoleNotBuiltError)) throw error;
  console.error(`Sieve: ${error.message}`);
  process.exitCode = 1;
}
