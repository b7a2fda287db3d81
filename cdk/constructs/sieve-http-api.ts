import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  CfnStage,
  type HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer, HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type Auth, JWT_AUTH, authorizerFor, httpFunctions } from '../../functions/manifest.ts';
import type { SieveFunction } from './sieve-function.ts';

// Per-account-and-region protection for the downstream queue and table, not a per-site quota:
// steady 50 requests/s with bursts of 100 covers many busy blogs and caps a runaway client.
const DEFAULT_THROTTLE = { rateLimit: 50, burstLimit: 100 };

// HTTP API $context variables; deliberately no source IP or user agent (personal data is
// never logged in clear).
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
};

export type JwtAuth = keyof typeof JWT_AUTH;

/** Who issues the tokens of a JWT-checked kind of auth, and for which audience. */
export interface JwtIssuer {
  issuer: string;
  audience: string[];
}

export interface SieveHttpApiProps {
  /** Every manifest function by name; the http and authorizer ones are used here. */
  functions: ReadonlyMap<string, SieveFunction>;
  /** The token issuer of each JWT-checked auth of the manifest (`JWT_AUTH`). */
  jwtIssuers: Record<JwtAuth, JwtIssuer>;
  /** Browser origins allowed to call the API (the moderator console). */
  corsOrigins: string[];
}

// Browsers cap how long they keep a preflight answer (Chromium: 2 hours); longer is ignored.
const CORS_MAX_AGE = Duration.hours(2);

/** `authorization` -> `Authorization`: the spelling API Gateway documents for identity sources. */
const headerCase = (header: string): string => header.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());

const isJwtAuth = (auth: Auth): auth is Auth & JwtAuth => Object.hasOwn(JWT_AUTH, auth);

/** The HTTP API: one route per manifest http function, guarded by the manifest's authorizers. */
export class SieveHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  private readonly functions: ReadonlyMap<string, SieveFunction>;
  private readonly jwtIssuers: Record<JwtAuth, JwtIssuer>;
  private readonly authorizers = new Map<Auth, IHttpRouteAuthorizer>();

  constructor(scope: Construct, id: string, { functions, jwtIssuers, corsOrigins }: SieveHttpApiProps) {
    super(scope, id);
    this.functions = functions;
    this.jwtIssuers = jwtIssuers;

    this.api = new HttpApi(this, 'Api', {
      // API names need not be unique; this one only tells stages apart in the console.
      apiName: `${Stack.of(this).stackName}-api`,
      description: 'Sieve comment intake, read and moderation API',
      // The stage is created below so that it can carry access logging and throttling.
      createDefaultStage: false,
      // Only the moderator console calls from a browser; blog backends call server to server.
      // API Gateway answers preflights itself, before any authorizer runs.
      corsPreflight: {
        allowOrigins: corsOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
        allowHeaders: ['authorization', 'content-type'],
        maxAge: CORS_MAX_AGE,
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: DEFAULT_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    // Per-route throttling from the manifest: HTTP API stages take it as RouteSettings by route key.
    const routeSettings = Object.fromEntries(
      httpFunctions()
        .filter((spec) => spec.trigger.throttle)
        .map((spec) => [
          `${spec.trigger.method} ${spec.trigger.path}`,
          { ThrottlingRateLimit: spec.trigger.throttle!.rateLimit, ThrottlingBurstLimit: spec.trigger.throttle!.burstLimit },
        ]),
    );
    if (Object.keys(routeSettings).length) (this.stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', routeSettings);

    for (const spec of httpFunctions()) {
      const routes = this.api.addRoutes({
        path: spec.trigger.path,
        methods: [HttpMethod[spec.trigger.method]],
        integration: new HttpLambdaIntegration(`${spec.name}Integration`, this.handler(spec.name)),
        authorizer: this.authorizerFor(spec.trigger.auth),
      });
      if (spec.trigger.auth === 'none') {
        for (const route of routes) {
          Validations.of(route).acknowledge({
            id: 'AwsSolutions::AwsSolutions-APIG4',
            reason: `functions/manifest.ts declares ${spec.trigger.method} ${spec.trigger.path} public (auth: none)`,
          });
        }
      }
    }
  }

  private handler(name: string): SieveFunction {
    const found = this.functions.get(name);
    if (!found) throw new Error(`manifest: no function named ${name}`);
    return found;
  }

  /** One authorizer per kind of auth, shared by its routes so its cache is shared too. */
  private authorizerFor(auth: Auth): IHttpRouteAuthorizer | undefined {
    if (auth === 'none') return undefined;
    const existing = this.authorizers.get(auth);
    if (existing) return existing;

    const authorizer = isJwtAuth(auth) ? this.jwtAuthorizer(auth) : this.lambdaAuthorizer(auth);
    this.authorizers.set(auth, authorizer);
    return authorizer;
  }

  /** API Gateway checks the token's signature, issuer, audience and expiry; no function runs. */
  private jwtAuthorizer(auth: JwtAuth): IHttpRouteAuthorizer {
    const { issuer, audience } = this.jwtIssuers[auth];
    return new HttpJwtAuthorizer(`${auth}JwtAuthorizer`, issuer, {
      jwtAudience: audience,
      identitySource: [`$request.header.${headerCase(JWT_AUTH[auth].identityHeader)}`],
    });
  }

  private lambdaAuthorizer(auth: Auth): IHttpRouteAuthorizer {
    const spec = authorizerFor(auth);
    if (!spec) throw new Error(`manifest: routes use auth "${auth}" but no authorizer function declares it`);
    return new HttpLambdaAuthorizer(spec.name, this.handler(spec.name), {
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: [`$request.header.${spec.trigger.identityHeader}`],
      resultsCacheTtl: Duration.seconds(spec.trigger.resultTtlSeconds),
    });
  }
}
