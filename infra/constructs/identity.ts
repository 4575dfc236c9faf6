import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccountRecovery, Mfa, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/**
 * The user pool of all partner and customer users. Usernames are our user ids; people sign in with their
 * email through signIn, which maps the email to the id. USER_PASSWORD_AUTH only, no self sign-up (signUp
 * goes through the API, which writes the membership first).
 */
export class Identity extends Construct {
  public readonly userPool: UserPool;
  public readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: { removal: 'destroy' | 'retain' }) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // two-step verification with an authenticator app, which each user turns on (startTotpEnrollment)
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      deletionProtection: props.removal === 'retain',
      removalPolicy: props.removal === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is offered, not required: TOTP is optional (each user turns it on with startTotpEnrollment, and sign-in in the API and the pages answers its challenge). Requiring it of every customer user before its first sign-in is a product decision left to operations.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'The Plus feature plan (threat protection) is a cost decision for production; the Essentials plan covers USER_PASSWORD_AUTH.',
    });
    this.client = this.userPool.addClient('ApiClient', {
      authFlows: { userPassword: true },
      // no hosted UI: no OAuth flows and no callback URLs (CDK would otherwise add the implicit grant and a placeholder)
      disableOAuth: true,
      generateSecret: false,
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
  }
}
