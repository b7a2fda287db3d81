import { Annotations, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface AlarmTopicProps {
  /** Subscribed to every alarm; without it the topic has no subscriber and synth warns. */
  email: string | undefined;
}

export const NO_ALARM_EMAIL_WARNING =
  'No alarmEmail given: alarms fire into an SNS topic nobody is subscribed to. Deploy with -c alarmEmail=ops@example.org (or SIEVE_ALARM_EMAIL) or subscribe to the AlarmTopicArn output.';

/**
 * The SNS topic every Sieve alarm notifies. Encrypted with a key of its own: CloudWatch cannot
 * publish to a topic under the AWS managed SNS key, whose policy no one may extend.
 */
export class AlarmTopic extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, { email }: AlarmTopicProps) {
    super(scope, id);

    const key = new Key(this, 'Key', {
      description: 'Encrypts the Sieve alarm notifications topic',
      enableKeyRotation: true,
      // The key protects notifications in flight only; nothing stored needs it after the stack is gone.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToTheTopic',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        // In a key policy `*` means this key.
        resources: ['*'],
      }),
    );

    this.topic = new Topic(this, 'Topic', {
      displayName: 'Sieve alarms',
      masterKey: key,
      enforceSSL: true,
    });

    if (email) {
      const subscription = new EmailSubscription(email);
      this.topic.addSubscription(subscription);
      const cfnSubscription = this.topic.node.findAll().find((c) => c.node.id === email);
      if (cfnSubscription) {
        Validations.of(cfnSubscription).acknowledge({
          id: 'Serverless::Serverless-SNSRedrivePolicy',
          reason:
            'An e-mail delivery SNS cannot make is a bounce at the mail server; a dead-letter queue of undelivered alarm mails would itself need watching, and the alarm state stays visible in CloudWatch',
        });
      }
    } else {
      Annotations.of(this).addWarningV2('sieve:alarm-email-missing', NO_ALARM_EMAIL_WARNING);
    }
  }
}
