import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Fallback } from './gateway.ts';

// Serves the moderator console's static build (web/dist) at /console, with the runtime
// config the CDK stack writes in AWS, and a strict Content-Security-Policy so that even a
// rendering bug could not run a comment's script.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// Locally the console, its API and its sign-in share one origin, so 'self' is all it needs.
export const CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const SECURITY_HEADERS = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export const consoleRoutes =
  (options: { distDir: string; config: () => unknown }): Fallback =>
  async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (path === '/' || path === '/console') {
      res.writeHead(302, { location: '/console/' });
      res.end();
      return true;
    }
    // Browsers and crawlers ask for /favicon.ico whatever the page names: the console's icon answers.
    if (path === '/favicon.ico') return serveFile(res, req.method, join(options.distDir, 'favicon.svg'));
    if (!path.startsWith('/console/')) return false;
    if (path === '/console/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...SECURITY_HEADERS });
      res.end(JSON.stringify(options.config()));
      return true;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice('/console/'.length)) || 'index.html';
    } catch {
      // Malformed percent-encoding names no file: the gateway's 404 answers it.
      return false;
    }
    const file = normalize(join(options.distDir, relative));
    if (!file.startsWith(options.distDir + sep)) return false;
    // Unknown paths get the app shell: the console routes on the client.
    const target = (await stat(file).catch(() => undefined))?.isFile() ? file : join(options.distDir, 'index.html');
    return serveFile(res, req.method, target);
  };

const serveFile = async (res: ServerResponse, method: string | undefined, target: string): Promise<true> => {
  const body = await readFile(target).catch(() => undefined);
  if (!body) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The console is not built yet: run `npm run build:console` (npm start does it for you).');
    return true;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
  res.end(method === 'HEAD' ? undefined : body);
  return true;
};
