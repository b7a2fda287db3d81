import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, test } from 'vitest';
import { ConsoleNotBuiltError } from '../../cdk/constructs/console-publication.ts';
import { createSieveApp } from '../../cdk/sieve-app.ts';
import { type CfnJson, type SynthesizedSieve, cdkJsonContext, getAtt, ref, synthesizeSieve } from './sieve-template.ts';

let sieve: SynthesizedSieve;
let bucketId: string;
let distributionId: string;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false });
  bucketId = sieve.logicalId(sieve.stack.console.bucket);
  distributionId = sieve.logicalId(sieve.stack.console.distribution);
});

const distributionConfig = () => sieve.resource(distributionId).Properties.DistributionConfig as CfnJson & {
  DefaultCacheBehavior: CfnJson;
  Origins: CfnJson[];
};
const json = (value: unknown) => JSON.stringify(value);
const deployments = () => sieve.resourcesOfType('Custom::CDKBucketDeployment').map(([, d]) => d.Properties);

describe('the console bucket', () => {
  test('is private, encrypted, refuses plain HTTP and logs its access', () => {
    const bucket = sieve.resource(bucketId).Properties;

    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(json(bucket.BucketEncryption)).toContain('AES256');
    expect(bucket.LoggingConfiguration).toMatchObject({
      DestinationBucketName: ref(sieve.logicalId(sieve.stack.console.logBucket)),
    });
    expect(bucket.WebsiteConfiguration).toBeUndefined();
  });

  test('may be read by this distribution only, through Origin Access Control', () => {
    const [policy] = sieve
      .resourcesOfType('AWS::S3::BucketPolicy')
      .filter(([, p]) => json(p.Properties.Bucket) === json(ref(bucketId)))
      .map(([, p]) => (p.Properties.PolicyDocument as { Statement: CfnJson[] }).Statement);
    const allows = policy.filter((s) => s.Effect === 'Allow');

    expect(policy).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    expect(allows).toEqual([
      expect.objectContaining({
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      }),
    ]);
    expect(json(allows[0].Condition)).toContain(distributionId);
    const [origin] = distributionConfig().Origins;
    expect(origin.DomainName).toEqual(getAtt(bucketId, 'RegionalDomainName'));
    expect(origin.OriginAccessControlId).toBeDefined();
    expect(sieve.resourcesOfType('AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
  });
});

describe('the distribution', () => {
  test('serves HTTPS only and falls back to the console shell for unknown paths', () => {
    expect(distributionConfig().DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(distributionConfig().CustomErrorResponses).toEqual(
      [403, 404].map((code) => ({ ErrorCode: code, ResponseCode: 200, ResponsePagePath: '/console/index.html', ErrorCachingMinTTL: 0 })),
    );
  });

  test('sends a strict Content-Security-Policy and the usual security headers', () => {
    const [[, policy]] = sieve.resourcesOfType('AWS::CloudFront::ResponseHeadersPolicy');
    const config = policy.Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Record<string, CfnJson> };
    const headers = config.SecurityHeadersConfig;
    const csp = json(headers.ContentSecurityPolicy.ContentSecurityPolicy);

    expect(distributionConfig().DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual(ref(sieve.resourcesOfType('AWS::CloudFront::ResponseHeadersPolicy')[0][0]));
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toMatch(/connect-src 'self' https:\/\/\*\.execute-api\.",\{"Ref":"AWS::Region"\},"\.amazonaws\.com https:\/\/cognito-idp\.",\{"Ref":"AWS::Region"\},"\.amazonaws\.com;/);
    expect(csp).not.toContain('unsafe');
    expect(headers.FrameOptions).toMatchObject({ FrameOption: 'DENY' });
    expect(headers.ContentTypeOptions).toMatchObject({ Override: true });
    expect(headers.ReferrerPolicy).toMatchObject({ ReferrerPolicy: 'no-referrer' });
    expect(headers.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true });
  });

  test('redirects / to the console folder and serves that folder\'s index.html', () => {
    const [[functionId, fn]] = sieve.resourcesOfType('AWS::CloudFront::Function');
    const handler = runInNewContext(`${fn.Properties.FunctionCode as string}; handler`) as (event: unknown) => CfnJson;
    const request = (uri: string) => handler({ request: { uri, headers: {} } });

    expect(distributionConfig().DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: getAtt(functionId, 'FunctionARN') },
    ]);
    for (const uri of ['/', '/console']) {
      expect(request(uri)).toMatchObject({ statusCode: 302, headers: { location: { value: '/console/' } } });
    }
    expect(request('/console/')).toMatchObject({ uri: '/console/index.html' });
    expect(request('/console/assets/app.js')).toMatchObject({ uri: '/console/assets/app.js' });
  });

  test('logs its requests to the access log bucket', () => {
    expect(distributionConfig().Logging).toMatchObject({
      Bucket: getAtt(sieve.logicalId(sieve.stack.console.logBucket), 'RegionalDomainName'),
    });
  });
});

describe('the console publication', () => {
  test('writes config.json with the API URL, the region and the app client id, resolved at deploy time', () => {
    const shell = deployments().find((d) => d.DestinationBucketKeyPrefix === 'console/')!;
    const keys = shell.SourceObjectKeys as string[];
    const markers = shell.SourceMarkers as Array<Record<string, unknown>>;
    const configIndex = keys.findIndex((key) => existsSync(join(assetDir(key), 'config.json')));

    const raw = readFileSync(join(assetDir(keys[configIndex]), 'config.json'), 'utf8');
    const config = JSON.parse(raw, (_key, value) => (typeof value === 'string' && value in markers[configIndex] ? markers[configIndex][value] : value));

    expect(config).toEqual({
      apiUrl: getAtt(sieve.logicalId(sieve.stack.httpApi.api), 'ApiEndpoint'),
      auth: { mode: 'cognito', region: { Ref: 'AWS::Region' }, clientId: ref(sieve.logicalId(sieve.stack.moderators.client)) },
    });
  });

  test('ships the build under console/, hashed assets cached for good and the shell revalidated and invalidated', () => {
    const byPrefix = Object.fromEntries(deployments().map((d) => [d.DestinationBucketKeyPrefix as string, d]));

    expect(Object.keys(byPrefix).sort()).toEqual(['console/', 'console/assets/']);
    expect(byPrefix['console/assets/'].SystemMetadata).toEqual({ 'cache-control': 'public, max-age=31536000, immutable' });
    expect(byPrefix['console/'].SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    expect(byPrefix['console/'].DistributionId).toEqual(ref(distributionId));
    expect(byPrefix['console/'].DistributionPaths).toEqual(['/console/*']);
    for (const deployment of deployments()) expect(deployment.DestinationBucketName).toEqual(ref(bucketId));
  });

  test('synthesis stops with the command to run when the console is not built', () => {
    const build = () =>
      createSieveApp(
        { context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } },
        { env: {}, consoleDistDir: join(sieve.assemblyDir, 'no-console-here') },
      );

    expect(build).toThrow(ConsoleNotBuiltError);
    expect(build).toThrow(/run npm run build:console/);
  });
});

test('the API lets the console origin call it with a bearer token, and no other origin', () => {
  const cors = sieve.resource(sieve.logicalId(sieve.stack.httpApi.api)).Properties.CorsConfiguration;

  expect(cors).toEqual({
    AllowOrigins: [{ 'Fn::Join': ['', ['https://', getAtt(distributionId, 'DomainName')]] }],
    AllowMethods: ['GET', 'POST'],
    AllowHeaders: ['authorization', 'content-type'],
    MaxAge: 7200,
  });
});

test('the stack outputs the console URL', () => {
  const outputs = sieve.template.toJSON().Outputs as Record<string, { Value: unknown }>;

  expect(outputs.ConsoleUrl.Value).toEqual({ 'Fn::Join': ['', ['https://', getAtt(distributionId, 'DomainName'), '/console/']] });
  expect(outputs.ApiUrl).toBeDefined();
});

const assetDir = (objectKey: string) => join(sieve.assemblyDir, `asset.${objectKey.replace(/\.zip$/, '')}`);
