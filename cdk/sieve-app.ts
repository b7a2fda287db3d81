import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { type DeployConfig, parseDeployConfig, settingReader } from './deploy-config.ts';
import { SieveStack } from './sieve-stack.ts';

export interface SieveApp {
  app: App;
  stack: SieveStack;
  stage: string;
  config: DeployConfig;
}

export interface SieveAppOptions {
  /** Where settings not given as context are read from (default: process.env). */
  env?: Record<string, string | undefined>;
  /** The console build to deploy (default web/dist). */
  consoleDistDir?: string;
}

/**
 * The CDK app with its one stack per stage and the AWS Solutions checks applied; `cdk/app.ts`
 * and the assertion tests both build it here, so the tests check what `cdk deploy` ships.
 */
export const createSieveApp = (props: AppProps = {}, options: SieveAppOptions = {}): SieveApp => {
  const app = new App(props);
  const config = parseDeployConfig(settingReader((key) => app.node.tryGetContext(key), options.env ?? process.env));
  const { stage } = config;

  // No env: one template serves every account and region, and synth needs no credentials.
  const stack = new SieveStack(app, `Sieve-${stage}`, { config, consoleDistDir: options.consoleDistDir });
  Tags.of(app).add('app', 'sieve');
  Tags.of(app).add('stage', stage);

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stack, stage, config };
};
