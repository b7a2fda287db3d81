import { openApiDocument } from '../shared/api/openapi.ts';
import { conditionalJson } from '../shared/http/etag.ts';
import { apiHandler } from './middleware/api-handler.ts';

// Built once per cold start from the schemas; it changes only with a deployment.
const document = openApiDocument();

/** Public and the same for everyone: shared caches may keep it for five minutes. */
const CACHE_CONTROL = 'public, max-age=300';

export const handler = apiHandler(async (event) => conditionalJson(document, event.headers['if-none-match'], CACHE_CONTROL));
