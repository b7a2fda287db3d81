import { Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** The console lives under this path, in AWS as in `npm start`, because its build says `base: '/console/'`. */
export const CONSOLE_PATH = '/console/';
export const CONSOLE_KEY_PREFIX = 'console/';
const CONSOLE_INDEX = `${CONSOLE_PATH}index.html`;

// `/` and `/console` redirect to the console's folder (relative URLs such as ./config.json
// resolve against it); the folder itself is rewritten to its index.html, because CloudFront's
// default root object applies to `/` alone.
const ROUTE_CONSOLE_FUNCTION = `function handler(event) {
  var uri = event.request.uri;
  if (uri === '/' || uri === '${CONSOLE_PATH.slice(0, -1)}') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '${CONSOLE_PATH}' } } };
  }
  if (uri === '${CONSOLE_PATH}') event.request.uri = '${CONSOLE_INDEX}';
  return event.request;
}`;

/**
 * The console's Content-Security-Policy. connect-src names the region's API Gateway hosts
 * rather than this stack's API: the API's CORS rule names the distribution, so a policy naming
 * the API would make the distribution and the API depend on each other.
 */
export const consoleContentSecurityPolicy = (region: string): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' https://*.execute-api.${region}.amazonaws.com https://cognito-idp.${region}.amazonaws.com`,
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/**
 * The moderator console's hosting: a private bucket that only this distribution may read
 * (Origin Access Control), strict security headers on every response, and access logs of
 * both the bucket and the distribution. `ConsolePublication` puts the build in the bucket.
 */
export class ConsoleSite extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.logBucket = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // CloudFront's standard logging writes with an ACL grant, which enforced ownership refuses.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions::AwsSolutions-S1',
      reason: 'This bucket receives the console bucket and distribution access logs; logging its own access would only log log deliveries',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'console-bucket/',
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Sieve console: strict CSP and the usual security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: consoleContentSecurityPolicy(Stack.of(this).region), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365 * 2), includeSubdomains: true, override: true },
        // The legacy XSS auditor is switched off, as current browser guidance advises; the CSP does that job.
        xssProtection: { protection: false, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });

    const routeConsole = new CloudFrontFunction(this, 'RouteConsole', {
      comment: 'Redirects / to the console folder and serves its index.html',
      code: FunctionCode.fromInline(ROUTE_CONSOLE_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Sieve moderator console (${Stack.of(this).stackName})`,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: routeConsole, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      // The console routes on the client: an unknown path gets the app shell, which shows
      // its own "not found". The bucket answers 403 for a missing key (OAC grants no ListBucket).
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: CONSOLE_INDEX,
        ttl: Duration.seconds(0),
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions::AwsSolutions-CFR1',
      reason: 'Moderators may work from any country; the console is static files and every API call needs a Cognito token',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions::AwsSolutions-CFR2',
      reason: 'The distribution serves only static files of the console build; a web ACL would cost more than the whole stack at rest and protect no data',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions::AwsSolutions-CFR4',
      reason: 'The distribution uses the default cloudfront.net certificate, whose minimum TLS version CloudFront does not let us raise; use a custom domain and certificate to pin TLSv1.2_2021',
    });
  }

  /** The console's address: the distribution's own domain, under the console path. */
  get consoleUrl(): string {
    return `https://${this.distribution.distributionDomainName}${CONSOLE_PATH}`;
  }

  /** The origin browsers send from the console, for the API's CORS rule. */
  get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
