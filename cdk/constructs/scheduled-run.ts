import { Duration, Validations } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import type { SieveFunction } from './sieve-function.ts';

export interface ScheduledRunProps {
  fn: SieveFunction;
  everyMinutes: number;
  /** The deploy setting that chose the rate, for the rule's description (none: the manifest's rate). */
  setting?: string;
}

/**
 * An EventBridge rate rule that invokes a manifest function with a Scheduled Event. A failed
 * run is not retried, neither by EventBridge nor by Lambda (which retries an asynchronous
 * invocation twice by default): the next scheduled run does the same work, and the function's
 * error alarm tells the operator. An event is dropped once a newer one is due.
 */
export class ScheduledRun extends Construct {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, { fn, everyMinutes, setting }: ScheduledRunProps) {
    super(scope, id);
    fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(Math.max(1, everyMinutes)) });
    this.rule = new Rule(this, 'Rule', {
      description: `Runs ${fn.spec.name} every ${everyMinutes} minutes (${setting ? `deploy setting ${setting}` : 'the manifest\'s rate'})`,
      schedule: Schedule.rate(Duration.minutes(everyMinutes)),
      targets: [new LambdaFunction(fn, { retryAttempts: 0 })],
    });
    const reason = `A scheduled run carries an empty event, so a failed one holds nothing to capture or replay: it is not retried, the next run every ${everyMinutes} minutes does the same work, and the function's error alarm fires`;
    Validations.of(this.rule).acknowledge({ id: 'Serverless::Serverless-EventBusDLQ', reason });
    Validations.of(fn).acknowledge({ id: 'Serverless::Serverless-LambdaAsyncFailureDestination', reason });
  }
}
