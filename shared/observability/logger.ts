import { Logger } from '@aws-lambda-powertools/logger';
import { CompactLogFormatter } from './compact-log-formatter.ts';

// One structured JSON logger per process. Log comment ids, site ids and outcomes; never
// e-mail addresses, IPs or keys (they stay in DynamoDB only).
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'sieve', logFormatter: new CompactLogFormatter() });
