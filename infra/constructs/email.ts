import { Stack } from 'aws-cdk-lib';
import { ConfigurationSet, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

/** The sending domain (verified with Easy DKIM) and a configuration set for delivery events. */
export class Email extends Construct {
  public readonly identity: EmailIdentity;
  public readonly configurationSet: ConfigurationSet;
  public readonly identityArn: string;
  public readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: { domain: string }) {
    super(scope, id);
    // bounces and complaints put the address on the suppression list: SES stops sending to it
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.domain),
      configurationSet: this.configurationSet,
    });
    const { region, account } = Stack.of(this);
    this.identityArn = `arn:aws:ses:${region}:${account}:identity/${props.domain}`;
    this.configurationSetArn = `arn:aws:ses:${region}:${account}:configuration-set/${this.configurationSet.configurationSetName}`;
  }
}
