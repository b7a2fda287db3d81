import { beforeAll, expect, test } from 'vitest';
import { FUNCTIONS, JWT_AUTH, authorizerFor, httpFunctions, type HttpTrigger } from '../../functions/manifest.ts';
import { type CfnJson, type SynthesizedSieve, getAtt, ref, synthesizeSieve } from './sieve-template.ts';

let sieve: SynthesizedSieve;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false });
});

const json = (value: unknown) => JSON.stringify(value);

/** Logical ids a CloudFormation value refers to (Ref, GetAtt, also inside a Join), pseudo parameters aside. */
const referencedIds = (value: unknown): string[] => {
  const found = new Set<string>();
  JSON.stringify(value, (key, inner) => {
    if (key === 'Ref' && typeof inner === 'string' && !inner.startsWith('AWS::')) found.add(inner);
    if (key === 'Fn::GetAtt' && Array.isArray(inner)) found.add(inner[0]);
    return inner;
  });
  return [...found];
};

const describeRoute = ([, route]: [string, { Properties: CfnJson }]) => {
  const props = route.Properties;
  const integrationId = referencedIds(props.Target)[0];
  const integration = sieve.resource(integrationId).Properties;
  const authorizerId = props.AuthorizerId ? referencedIds(props.AuthorizerId)[0] : undefined;
  const authorizer = authorizerId ? sieve.resource(authorizerId).Properties : undefined;
  return {
    routeKey: props.RouteKey,
    authorizationType: props.AuthorizationType,
    target: referencedIds(integration.IntegrationUri),
    // A Lambda authorizer is named by its function, a JWT one by its own logical id.
    authorizer: authorizer && (authorizer.AuthorizerType === 'JWT' ? [authorizerId] : referencedIds(authorizer.AuthorizerUri)),
  };
};

const jwtAuthorizerIds = () =>
  sieve.resourcesOfType('AWS::ApiGatewayV2::Authorizer').filter(([, a]) => a.Properties.AuthorizerType === 'JWT');

test('routes exactly the manifest http functions, each with its method, path, handler and authorizer', () => {
  const [[jwtAuthorizer]] = jwtAuthorizerIds();
  const expected = httpFunctions().map((spec) => {
    const auth = spec.trigger.auth;
    const authorizer = authorizerFor(auth);
    return {
      routeKey: `${spec.trigger.method} ${spec.trigger.path}`,
      authorizationType: auth === 'none' ? 'NONE' : auth in JWT_AUTH ? 'JWT' : 'CUSTOM',
      target: [sieve.functionIds(spec.name).fn],
      authorizer: auth in JWT_AUTH ? [jwtAuthorizer] : authorizer && [sieve.functionIds(authorizer.name).fn],
    };
  });

  const routes = sieve.resourcesOfType('AWS::ApiGatewayV2::Route').map(describeRoute);

  const byKey = (a: { routeKey: unknown }, b: { routeKey: unknown }) => String(a.routeKey).localeCompare(String(b.routeKey));
  expect(routes.sort(byKey)).toEqual(expected.sort(byKey));
});

test('authorizers take the manifest identity header, answer simply and cache for the manifest TTL', () => {
  const authorizers = [...new Set(httpFunctions().map((f) => f.trigger.auth))]
    .map((auth) => authorizerFor(auth))
    .filter((spec) => spec !== undefined);

  expect(authorizers.length).toBeGreaterThan(0);
  for (const spec of authorizers) {
    const fn = sieve.functionIds(spec.name).fn;
    const matching = sieve
      .resourcesOfType('AWS::ApiGatewayV2::Authorizer')
      .filter(([, authorizer]) => referencedIds(authorizer.Properties.AuthorizerUri).includes(fn));

    expect(matching).toHaveLength(1);
    expect(matching[0][1].Properties).toMatchObject({
      AuthorizerType: 'REQUEST',
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
      IdentitySource: [`$request.header.${spec.trigger.identityHeader}`],
      AuthorizerResultTtlInSeconds: spec.trigger.resultTtlSeconds,
    });
  }
});

test('API Gateway may invoke each authorizer and route handler, and only from this API', () => {
  const apiId = sieve.logicalId(sieve.stack.httpApi.api);
  const invokable = [...new Set(httpFunctions().flatMap((f) => [f.name, authorizerFor(f.trigger.auth)?.name]))]
    .filter((name) => name !== undefined)
    .map((name) => sieve.functionIds(name).fn);

  const permissions = sieve.resourcesOfType('AWS::Lambda::Permission').map(([, p]) => p.Properties);

  for (const fn of invokable) {
    const forFn = permissions.filter((p) => json(p.FunctionName) === json(getAtt(fn)));
    expect(forFn.length).toBeGreaterThan(0);
    for (const permission of forFn) {
      expect(permission.Principal).toBe('apigateway.amazonaws.com');
      expect(referencedIds(permission.SourceArn)).toContain(apiId);
    }
  }
});

test('the default stage deploys automatically, is throttled and writes JSON access logs without client IPs', () => {
  const stages = sieve.resourcesOfType('AWS::ApiGatewayV2::Stage');

  expect(stages).toHaveLength(1);
  const stage = stages[0][1].Properties as {
    StageName: string;
    AutoDeploy: boolean;
    DefaultRouteSettings: { ThrottlingRateLimit: number; ThrottlingBurstLimit: number };
    AccessLogSettings: { DestinationArn: unknown; Format: string };
  };
  expect(stage.StageName).toBe('$default');
  expect(stage.AutoDeploy).toBe(true);
  expect(stage.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
  expect(stage.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThanOrEqual(
    stage.DefaultRouteSettings.ThrottlingRateLimit,
  );
  const logGroup = referencedIds(stage.AccessLogSettings.DestinationArn)[0];
  expect(sieve.resource(logGroup).Type).toBe('AWS::Logs::LogGroup');
  const format = JSON.parse(stage.AccessLogSettings.Format);
  expect(format).toMatchObject({ requestId: '$context.requestId', routeKey: '$context.routeKey', status: '$context.status' });
  expect(stage.AccessLogSettings.Format).not.toMatch(/sourceIp|userAgent/);
});

test('POST /v1/comments is throttled below the stage default, as the manifest says, so intake cannot take every request', () => {
  const [[, resource]] = sieve.resourcesOfType('AWS::ApiGatewayV2::Stage');
  const stage = resource.Properties as {
    DefaultRouteSettings: { ThrottlingRateLimit: number; ThrottlingBurstLimit: number };
    RouteSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
  };
  const intake = FUNCTIONS.find((f) => f.name === 'submitComment')!.trigger as HttpTrigger;

  expect(stage.RouteSettings['POST /v1/comments']).toEqual({
    ThrottlingRateLimit: intake.throttle!.rateLimit,
    ThrottlingBurstLimit: intake.throttle!.burstLimit,
  });
  expect(intake.throttle!.rateLimit).toBeLessThan(stage.DefaultRouteSettings.ThrottlingRateLimit);
  // Every route key named there is one the API routes.
  const routeKeys = sieve.resourcesOfType('AWS::ApiGatewayV2::Route').map(([, r]) => (r.Properties as { RouteKey: string }).RouteKey);
  expect(routeKeys).toEqual(expect.arrayContaining(Object.keys(stage.RouteSettings)));
});
