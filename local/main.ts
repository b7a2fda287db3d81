// `npm start`: the whole pipeline on this machine, on the embedded defaults.
import { resolve } from 'node:path';
import { checkDataFolder, describeStartFailure } from './data-folder.ts';
import { DEMO_SITE_ID, ensureDemoModerator, ensureDemoSite } from './demo-site.ts';
import { REPO_ROOT, startLocalStack } from './stack.ts';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}
const dataDir = resolve(REPO_ROOT, process.env.SIEVE_DATA_DIR ?? '.sieve');
// One JSON line per event, as CloudWatch shows them (and grep and jq read them);
// SIEVE_LOG_FORMAT=pretty indents each one for reading by eye.
const logFormat = process.env.SIEVE_LOG_FORMAT ?? 'line';
if (logFormat !== 'line' && logFormat !== 'pretty') {
  console.error(`SIEVE_LOG_FORMAT must be "line" (the default) or "pretty", got ${JSON.stringify(logFormat)}`);
  process.exit(2);
}

let stack;
try {
  await checkDataFolder(dataDir);
  stack = await startLocalStack({
    port,
    dataDir,
    logLevel: (process.env.POWERTOOLS_LOG_LEVEL as 'INFO' | undefined) ?? 'INFO',
    logFormat,
    onError: (error) => console.error('[sieve] local runtime error:', error),
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use. Stop the other process or start with another port: PORT=3001 npm start`
      : `Sieve could not start: ${describeStartFailure(error, dataDir)}`,
  );
  process.exit(1);
}

const demoKey = await ensureDemoSite(stack.tableName);
const demoModerator = ensureDemoModerator(stack.moderators);
const lines = [
  '',
  `Sieve is running at ${stack.url}`,
  `  data folder: ${dataDir} (delete it to start from scratch)`,
];
if (demoKey) {
  lines.push(
    '',
    `Created the demo site "${DEMO_SITE_ID}". Its key is shown this once; keep it:`,
    `  ${demoKey}`,
    '',
    'Post a comment:',
    `  curl -s -X POST ${stack.url}/v1/comments -H 'content-type: application/json' -H 'x-api-key: ${demoKey}' \\`,
    `    -d '{"postId":"hello-world","author":{"name":"Ada"},"text":"Lovely post, thank you!"}'`,
    '',
    'Then read it back (use the id it returned) and list the post:',
    `  curl -s ${stack.url}/v1/comments/<id> -H 'x-api-key: ${demoKey}'`,
    `  curl -s ${stack.url}/v1/posts/hello-world/comments -H 'x-api-key: ${demoKey}'`,
  );
} else {
  lines.push(`  demo site "${DEMO_SITE_ID}" exists; its key was printed on first start`);
}
lines.push('', `Moderator console: ${stack.url}/console/`);
if (demoModerator) {
  lines.push(`  sign in as "${demoModerator.username}" with password ${demoModerator.password} (shown this once)`);
}
lines.push('  add moderators with: npx sieve moderators add NAME --site demo', `Metrics (Prometheus text): ${stack.url}/metrics`);
lines.push(`Perspective API endpoint (Coral Talk's Perspective setting, with a site key): ${stack.url}/v1alpha1`);
lines.push('', 'Press Ctrl-C to stop.', '');
console.log(lines.join('\n'));

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n[sieve] ${signal}: stopping…`);
  await stack.stop();
  console.log('[sieve] stopped; data kept in', dataDir);
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
