// Builds the Sieve app exactly as `cdk synth` does (cdk.json context, cdk-nag applied) and
// offers lookups from manifest names to the template's logical ids.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { REPO_ROOT } from '../../cdk/repo-root.ts';
import { createSieveApp, type SieveApp } from '../../cdk/sieve-app.ts';

export type CfnJson = Record<string, unknown>;
export interface CfnResourceJson {
  Type: string;
  Properties: CfnJson;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')).context;

/**
 * A two-file stand-in for web/dist: `npm test` runs on a fresh checkout where the console is
 * not built, and the stack's business is to publish a build, not what is in it.
 */
export const FIXTURE_CONSOLE_DIST = join(REPO_ROOT, 'test', 'cdk', 'fixtures', 'console-dist');

export interface SynthesizedSieve extends SieveApp {
  template: Template;
  /** Cloud assembly directory, where the bundled function assets are. */
  assemblyDir: string;
  logicalId: (construct: IConstruct) => string;
  resource: (logicalId: string) => CfnResourceJson;
  resourcesOfType: (type: string) => Array<[string, CfnResourceJson]>;
  /** Logical ids of a manifest function, its role and its log group. */
  functionIds: (name: string) => { fn: string; role: string; logGroup: string };
}

export interface SynthesizeOptions {
  /** Extra context, e.g. `{ stage: 'qa' }`. */
  context?: Record<string, unknown>;
  /**
   * Run esbuild for every function (default). Tests that never look at the code turn it off:
   * the template is the same apart from asset hashes, and synthesis is seconds faster.
   */
  bundle?: boolean;
  /** Environment variables the deploy settings may come from; none by default, so the machine's own never leak in. */
  env?: Record<string, string | undefined>;
}

/** Synthesizes the app; throws when cdk-nag reports an unacknowledged finding. */
export const synthesizeSieve = ({ context = {}, bundle = true, env = {} }: SynthesizeOptions = {}): SynthesizedSieve => {
  const skipBundling = bundle ? {} : { 'aws:cdk:bundling-stacks': [] };
  const sieve = createSieveApp(
    { context: { ...cdkJsonContext(), ...skipBundling, ...context } },
    { env, consoleDistDir: FIXTURE_CONSOLE_DIST },
  );
  const { app, stack } = sieve;
  const template = Template.fromStack(stack);
  const resources = template.toJSON().Resources as Record<string, CfnResourceJson>;
  const logicalId = (construct: IConstruct) => stack.getLogicalId(construct.node.defaultChild as CfnResource);
  return {
    ...sieve,
    template,
    assemblyDir: app.synth().directory,
    logicalId,
    resource: (id) => {
      const found = resources[id];
      if (!found) throw new Error(`no resource ${id} in the template`);
      return found;
    },
    resourcesOfType: (type) => Object.entries(resources).filter(([, r]) => r.Type === type),
    functionIds: (name) => {
      const fn = stack.functions.get(name);
      if (!fn) throw new Error(`no function ${name} in the stack`);
      return {
        fn: logicalId(fn),
        role: logicalId(fn.role!),
        logGroup: logicalId(fn.logGroup),
      };
    },
  };
};

export const getAtt = (logicalId: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attribute] });
export const ref = (logicalId: string) => ({ Ref: logicalId });
