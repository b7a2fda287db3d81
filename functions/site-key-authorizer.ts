import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerWithContextResult } from 'aws-lambda';
import { tableConfig } from '../shared/config.ts';
import { logger } from '../shared/observability/logger.ts';
import { hashApiKey } from '../shared/sites/api-keys.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { keyIsValid, SiteStore } from '../shared/store/sites.ts';
import type { SiteAuthContext } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const sites = new SiteStore(createDocumentClient(), tableName);

// API Gateway answers 401 itself when the header is missing; here a present key is either
// one of a site's (authorized, with that site id as the only identity handlers see) or not
// (403). Keys are looked up by hash and never logged.
export const handler = async (
  event: APIGatewayRequestAuthorizerEventV2,
): Promise<APIGatewaySimpleAuthorizerWithContextResult<SiteAuthContext | Record<string, never>>> => {
  const key = event.headers?.['x-api-key'] ?? event.identitySource?.[0];
  if (!key) return { isAuthorized: false, context: {} };
  const record = await sites.getKey(hashApiKey(key));
  if (!keyIsValid(record, new Date())) {
    logger.info('Rejected an unknown or expired site key', { routeKey: event.routeKey });
    return { isAuthorized: false, context: {} };
  }
  return { isAuthorized: true, context: { siteId: record.siteId } };
};
