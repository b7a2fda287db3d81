// Entry point for the CDK CLI (`cdk.json`: `node cdk/app.ts`). Stage: `cdk deploy -c stage=prod`.
import { createSieveApp } from './sieve-app.ts';

createSieveApp();
