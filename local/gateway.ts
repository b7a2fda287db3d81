import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, APIGatewaySimpleAuthorizerWithContextResult } from 'aws-lambda';
import type { Auth, AuthorizerTrigger, FunctionSpec, HttpTrigger } from '../functions/manifest.ts';
import { invoke, type LambdaHandler } from './invoke.ts';

// A local stand-in for API Gateway HTTP API: it matches the manifest's routes, runs the
// route's Lambda authorizer (payload 2.0, simple responses) and puts its context where
// API Gateway does, builds payload-2.0 events, and turns results back into HTTP. The
// gateway's own answers (missing credential 401, denied 403, no route 404) use API
// Gateway's `{"message": ...}` bodies, so clients see the same thing locally and in AWS.

export interface RouteBinding {
  spec: FunctionSpec & { trigger: HttpTrigger };
  handler: LambdaHandler;
}

export interface AuthorizerBinding {
  spec: FunctionSpec & { trigger: AuthorizerTrigger };
  handler: LambdaHandler;
}

/** What API Gateway decides before a route's handler runs; `context` lands in requestContext.authorizer. */
export type Authorizer = (
  event: APIGatewayProxyEventV2,
) => Promise<{ authorized: false; status: 401 | 403 } | { authorized: true; context: Record<string, unknown> }>;

/** A Lambda authorizer (payload 2.0, simple responses): missing identity 401, denied 403. */
export const lambdaAuthorizer =
  (binding: AuthorizerBinding): Authorizer =>
  async (event) => {
    const credential = event.headers[binding.spec.trigger.identityHeader];
    if (!credential) return { authorized: false, status: 401 };
    const decision = (await invoke(binding.spec, binding.handler, {
      ...event,
      type: 'REQUEST',
      routeArn: `arn:aws:execute-api:us-east-1:000000000000:local/$default/${event.requestContext.http.method}${event.rawPath}`,
      identitySource: [credential],
    })) as APIGatewaySimpleAuthorizerWithContextResult<Record<string, unknown>>;
    if (!decision?.isAuthorized) return { authorized: false, status: 403 };
    return { authorized: true, context: { lambda: decision.context ?? {} } };
  };

/**
 * A JWT authorizer like API Gateway's: a bearer token verified against the issuer's keys,
 * anything missing or invalid is 401, and claims are passed the way API Gateway passes
 * them (every value a string, arrays as "[a b]").
 */
export const jwtAuthorizer =
  (verify: (token: string) => Promise<Record<string, unknown> | undefined>): Authorizer =>
  async (event) => {
    const header = event.headers.authorization ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const claims = token ? await verify(token) : undefined;
    if (!claims) return { authorized: false, status: 401 };
    const asGateway = Object.fromEntries(
      Object.entries(claims).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
    );
    return { authorized: true, context: { jwt: { claims: asGateway, scopes: null } } };
  };

/** Requests the manifest does not route (the console, later) may be served by a fallback. */
export type Fallback = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

const MAX_BODY_BYTES = 1024 * 1024;

interface CompiledRoute extends RouteBinding {
  pattern: RegExp;
  paramNames: string[];
}

const compile = (binding: RouteBinding): CompiledRoute => {
  const paramNames: string[] = [];
  const source = binding.spec.trigger.path
    .split('/')
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part);
      if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      paramNames.push(param[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { ...binding, pattern: new RegExp(`^${source}$`), paramNames };
};

// Over the limit, the rest of the body is read and dropped rather than the socket destroyed:
// a client still writing its body would otherwise see a reset instead of the 413 it is owed.
// Past a hard ceiling the connection is closed anyway, so a never-ending body costs nothing more.
const DISCARD_LIMIT_BYTES = 16 * MAX_BODY_BYTES;

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      // The client said up front: answer at once and let the connection close after the reply.
      req.resume();
      reject(new PayloadTooLargeError());
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > DISCARD_LIMIT_BYTES) req.destroy();
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new PayloadTooLargeError()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });

class PayloadTooLargeError extends Error {}

const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
};

const gatewayMessage = (res: ServerResponse, status: number, message: string) => send(res, status, JSON.stringify({ message }));

const headersOf = (req: IncomingMessage): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
};

const buildEvent = (req: IncomingMessage, url: URL, route: CompiledRoute, params: Record<string, string>, body: Buffer): APIGatewayProxyEventV2 => {
  const headers = headersOf(req);
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? `${query[key]},${value}` : value;
  const now = new Date();
  const requestId = randomUUID();
  const routeKey = `${route.spec.trigger.method} ${route.spec.trigger.path}`;
  const { cookie, ...headersWithoutCookie } = headers;
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookie ? { cookies: cookie.split(/;\s*/) } : {}),
    headers: headersWithoutCookie,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(route.paramNames.length ? { pathParameters: params } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: body.toString('utf8'), isBase64Encoded: false } : { isBase64Encoded: false }),
  };
};

const writeResult = (res: ServerResponse, result: unknown) => {
  // Payload 2.0: a result without statusCode is treated as a 200 JSON body.
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    send(res, 200, JSON.stringify(result));
    return;
  }
  const r = result as APIGatewayProxyStructuredResultV2;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(r.headers ?? {})) headers[name] = String(value);
  if (r.cookies?.length) res.setHeader('set-cookie', r.cookies);
  res.writeHead(r.statusCode ?? 200, headers);
  res.end(r.body === undefined ? '' : r.isBase64Encoded ? Buffer.from(r.body, 'base64') : r.body);
};

/** A path parameter as API Gateway hands it over: percent-decoded, or undefined when the encoding is malformed. */
const decodeParam = (raw: string): string | undefined => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
};

/** The request target as a URL; undefined when it is not one (an absolute-form target that does not parse). */
const urlOf = (target: string | undefined): URL | undefined => {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
};

export interface Gateway {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

export const startGateway = async (options: {
  port: number;
  host?: string;
  routes: RouteBinding[];
  authorizers: Partial<Record<Auth, Authorizer>>;
  fallback?: Fallback;
  onError?: (error: unknown) => void;
}): Promise<Gateway> => {
  const routes = options.routes.map(compile);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // API Gateway answers a target it cannot read with 400 before any route runs.
    const url = urlOf(req.url);
    if (!url) return gatewayMessage(res, 400, 'Bad Request');
    let params: Record<string, string> = {};
    let malformed = false;
    const route = routes.find((r) => {
      if (r.spec.trigger.method !== req.method) return false;
      const match = r.pattern.exec(url.pathname);
      if (!match) return false;
      const decoded = r.paramNames.map((name, i) => [name, decodeParam(match[i + 1]!)] as const);
      malformed = decoded.some(([, value]) => value === undefined);
      params = Object.fromEntries(decoded) as Record<string, string>;
      return true;
    });
    if (malformed) return gatewayMessage(res, 400, 'Bad Request');
    if (!route) {
      if (options.fallback && (await options.fallback(req, res))) return;
      return gatewayMessage(res, 404, 'Not Found');
    }

    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) return send(res, 413, JSON.stringify({ message: 'Request Entity Too Large' }), { connection: 'close' });
      throw error;
    }
    const event = buildEvent(req, url, route, params, body);

    const auth = route.spec.trigger.auth;
    if (auth !== 'none') {
      const authorizer = options.authorizers[auth];
      if (!authorizer) throw new Error(`No authorizer for auth ${auth}`);
      const verdict = await authorizer(event);
      if (!verdict.authorized) return gatewayMessage(res, verdict.status, verdict.status === 401 ? 'Unauthorized' : 'Forbidden');
      (event.requestContext as unknown as Record<string, unknown>).authorizer = verdict.context;
    }

    writeResult(res, await invoke(route.spec, route.handler, event));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) gatewayMessage(res, 500, 'Internal Server Error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
