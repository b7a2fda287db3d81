// `npm run openapi`: writes openapi.json at the repo root from the schemas (shared/api/openapi.ts).
// test/api/openapi.test.ts fails while the checked-in file differs from what this writes.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiText } from '../shared/api/openapi.ts';
import { fileURLToPath } from 'node:url';

const path = join(fileURLToPath(new URL('..', import.meta.url)), 'openapi.json');
writeFileSync(path, openApiText());
console.log(`Wrote ${path}`);
