import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Members may moderate every site; per-site groups are named `site:<siteId>` and created by operators. */
export const ADMINS_GROUP = 'admins';

export const ID_TOKEN_VALIDITY = Duration.hours(1);

export interface ModeratorPoolProps {
  /** Keep the pool (and its users) when the stack is deleted or the pool replaced. */
  retain: boolean;
}

/**
 * The moderators' identities: a Cognito user pool nobody can sign up to (operators create
 * moderators), the `admins` group, and the console's public app client. The console signs in
 * with a plain InitiateAuth call and sends the ID token, so the client id is the token audience.
 */
export class ModeratorPool extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly adminsGroup: CfnUserPoolGroup;

  constructor(scope: Construct, id: string, { retain }: ModeratorPoolProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Optional, one-time codes only: the console's password sign-in cannot answer an MFA
      // challenge yet, so requiring it would lock every moderator out (see the COG2 note).
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus adds compromised-credential and risky sign-in protection; a handful of moderators
      // cost cents a month on it.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions::AwsSolutions-COG2',
      reason:
        'MFA is optional (TOTP) rather than required: the review console signs in with USER_PASSWORD_AUTH and does not yet answer MFA challenges; Plus-tier threat protection blocks risky and compromised-credential sign-ins meanwhile',
    });

    this.adminsGroup = new CfnUserPoolGroup(this, 'AdminsGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: ADMINS_GROUP,
      description: 'Moderators of every site; per-site moderators belong to site:<siteId> groups instead',
    });

    this.client = this.userPool.addClient('ConsoleClient', {
      // A browser cannot keep a secret.
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      // No hosted UI: the console has its own sign-in form and talks to cognito-idp directly.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      idTokenValidity: ID_TOKEN_VALIDITY,
      accessTokenValidity: ID_TOKEN_VALIDITY,
      refreshTokenValidity: Duration.hours(8),
      enableTokenRevocation: true,
    });
  }

  /** The `iss` of the pool's tokens, as API Gateway's JWT authorizer expects it. */
  get issuerUrl(): string {
    return `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
