import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SieveStack } from './sieve-stack.ts';
import { parseStageName } from './stage-name.ts';

export interface SieveApp {
  app: App;
  stack: SieveStack;
  stage: string;
}

/**
 * The CDK app with its one stack per stage and the AWS Solutions checks applied; `cdk/app.ts`
 * and the assertion tests both build it here, so the tests check what `cdk deploy` ships.
 */
export const createSieveApp = (props: AppProps = {}): SieveApp => {
  const app = new App(props);
  const stage = parseStageName(app.node.tryGetContext('stage'));

  // No env: one template serves every account and region, and synth needs no credentials.
  const stack = new SieveStack(app, `Sieve-${stage}`, { stage });
  Tags.of(app).add('app', 'sieve');
  Tags.of(app).add('stage', stage);

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, stage };
};
