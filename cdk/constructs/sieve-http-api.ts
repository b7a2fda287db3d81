import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  type HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type Auth, authorizerFor, httpFunctions } from '../../functions/manifest.ts';
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

export interface SieveHttpApiProps {
  /** Every manifest function by name; the http and authorizer ones are used here. */
  functions: ReadonlyMap<string, SieveFunction>;
}

/** The HTTP API: one route per manifest http function, guarded by the manifest's authorizers. */
export class SieveHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  private readonly functions: ReadonlyMap<string, SieveFunction>;
  private readonly authorizers = new Map<Auth, IHttpRouteAuthorizer>();

  constructor(scope: Construct, id: string, { functions }: SieveHttpApiProps) {
    super(scope, id);
    this.functions = functions;

    this.api = new HttpApi(this, 'Api', {
      // API names need not be unique; this one only tells stages apart in the console.
      apiName: `${Stack.of(this).stackName}-api`,
      description: 'Sieve comment intake and read API',
      // The stage is created below so that it can carry access logging and throttling.
      createDefaultStage: false,
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

    const spec = authorizerFor(auth);
    if (!spec) throw new Error(`manifest: routes use auth "${auth}" but no authorizer function declares it`);
    const authorizer = new HttpLambdaAuthorizer(spec.name, this.handler(spec.name), {
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: [`$request.header.${spec.trigger.identityHeader}`],
      resultsCacheTtl: Duration.seconds(spec.trigger.resultTtlSeconds),
    });
    this.authorizers.set(auth, authorizer);
    return authorizer;
  }
}
