import { beforeAll, describe, expect, test } from 'vitest';
import { JWT_AUTH, httpFunctions } from '../../functions/manifest.ts';
import { ADMINS_GROUP } from '../../cdk/constructs/moderator-pool.ts';
import { type CfnJson, type SynthesizedSieve, ref, synthesizeSieve } from './sieve-template.ts';

let sieve: SynthesizedSieve;
let poolId: string;
let clientId: string;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false });
  poolId = sieve.logicalId(sieve.stack.moderators.userPool);
  clientId = sieve.logicalId(sieve.stack.moderators.client);
});

const routes = () => sieve.resourcesOfType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
const moderatorRouteKeys = httpFunctions()
  .filter((f) => f.trigger.auth === 'moderator')
  .map((f) => `${f.trigger.method} ${f.trigger.path}`);

describe('the moderator user pool', () => {
  const pool = () => sieve.resource(poolId).Properties;

  test('lets only operators create users, who sign in by user name or e-mail', () => {
    expect(pool().AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
    expect(pool().AliasAttributes).toEqual(['email']);
    expect(pool().UsernameAttributes).toBeUndefined();
  });

  test('demands long passwords with every character class', () => {
    expect((pool().Policies as CfnJson).PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
  });

  test('offers one-time-code MFA and blocks risky sign-ins with Plus threat protection', () => {
    expect(pool()).toMatchObject({
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  test('has the admins group; per-site groups are left to operators', () => {
    const groups = sieve.resourcesOfType('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties);

    expect(groups).toEqual([expect.objectContaining({ GroupName: ADMINS_GROUP, UserPoolId: ref(poolId) })]);
  });
});

test('the console client is public, signs in by password or SRP and issues one-hour ID tokens, without a hosted UI', () => {
  const client = sieve.resource(clientId).Properties;

  expect(client).toMatchObject({
    UserPoolId: ref(poolId),
    GenerateSecret: false,
    ExplicitAuthFlows: expect.arrayContaining(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']),
    IdTokenValidity: 60,
    TokenValidityUnits: expect.objectContaining({ IdToken: 'minutes' }),
    PreventUserExistenceErrors: 'ENABLED',
    AllowedOAuthFlowsUserPoolClient: false,
  });
  expect(client.CallbackURLs).toBeUndefined();
});

test('one JWT authorizer checks the pool as issuer and the console client as audience, from the Authorization header', () => {
  const jwt = sieve.resourcesOfType('AWS::ApiGatewayV2::Authorizer').filter(([, a]) => a.Properties.AuthorizerType === 'JWT');

  expect(jwt).toHaveLength(Object.keys(JWT_AUTH).length);
  expect(jwt[0][1].Properties).toMatchObject({
    IdentitySource: ['$request.header.Authorization'],
    JwtConfiguration: {
      Audience: [ref(clientId)],
      Issuer: { 'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', ref(poolId)]] },
    },
  });
});

test('every moderator route, and only those, goes through the JWT authorizer', () => {
  const [[jwtId]] = sieve.resourcesOfType('AWS::ApiGatewayV2::Authorizer').filter(([, a]) => a.Properties.AuthorizerType === 'JWT');

  const jwtRoutes = routes()
    .filter((r) => r.AuthorizationType === 'JWT')
    .map((r) => {
      expect(r.AuthorizerId).toEqual(ref(jwtId));
      return r.RouteKey;
    });

  expect(moderatorRouteKeys.length).toBeGreaterThan(0);
  expect(jwtRoutes.sort()).toEqual([...moderatorRouteKeys].sort());
});

test('site-key routes keep the Lambda authorizer', () => {
  const siteKeyRouteKeys = httpFunctions()
    .filter((f) => f.trigger.auth === 'siteKey')
    .map((f) => `${f.trigger.method} ${f.trigger.path}`);

  const custom = routes().filter((r) => r.AuthorizationType === 'CUSTOM').map((r) => r.RouteKey);

  expect(custom.sort()).toEqual(siteKeyRouteKeys.sort());
});

test('the stack outputs the user pool and client ids the README tells operators to use', () => {
  const outputs = sieve.template.toJSON().Outputs as Record<string, { Value: unknown }>;

  expect(outputs.UserPoolId.Value).toEqual(ref(poolId));
  expect(outputs.UserPoolClientId.Value).toEqual(ref(clientId));
});
