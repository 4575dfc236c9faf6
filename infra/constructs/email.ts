import { CfnOutput, Stack } from 'aws-cdk-lib';
import { ConfigurationSet, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

/**
 * The sending domain and a configuration set for delivery events and reputation metrics. One stage of an
 * account creates the domain's identity (verified with Easy DKIM: its three CNAME records are stack outputs,
 * to publish in the domain's DNS); the other stages import it, since an identity exists once per account
 * and region. Each stage has its own configuration set, so each stage's bounce and complaint rates are its own.
 */
export class Email extends Construct {
  public readonly configurationSet: ConfigurationSet;
  public readonly identityArn: string;
  public readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: { domain: string; identity: 'create' | 'import' }) {
    super(scope, id);
    // bounces and complaints put the address on the suppression list: SES stops sending to it
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    if (props.identity === 'create') {
      const identity = new EmailIdentity(this, 'Identity', {
        identity: Identity.domain(props.domain),
        configurationSet: this.configurationSet,
      });
      identity.dkimRecords.forEach((record, i) => {
        new CfnOutput(this, `DkimRecord${i + 1}`, {
          description: `Publish in ${props.domain}'s DNS: CNAME ${i + 1} of 3 that verifies the sending domain`,
          value: `${record.name} CNAME ${record.value}`,
        });
      });
    }
    const { region, account } = Stack.of(this);
    this.identityArn = `arn:aws:ses:${region}:${account}:identity/${props.domain}`;
    this.configurationSetArn = `arn:aws:ses:${region}:${account}:configuration-set/${this.configurationSet.configurationSetName}`;
  }
}
