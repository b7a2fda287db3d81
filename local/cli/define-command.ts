// The shape every `sieve` (sub)command shares: parse its options, answer --help, check the
// positional-argument count, then either print what `run` returns (as --json or as text) or let `run`
// write its own output. A command file then holds only what is its own. Every command takes
// --json: a command that writes its own output writes JSON Lines whatever the flag, and the
// dispatcher turns a failure into a JSON error when it was given.

import { parseCommandArgs } from './args.ts';
import { EXIT_OK, UsageError, type CliIo, type Command } from './command.ts';
import { withCommandContext } from './command-context.ts';
import { jsonOutput } from './table-output.ts';

type Options = Parameters<typeof parseCommandArgs>[1];
type Parsed<O extends Options> = ReturnType<typeof parseCommandArgs<O>>;

/** How many positional arguments a command takes, and what to say otherwise. */
export interface Positionals {
  min: number;
  max: number;
  /** The UsageError message when the count falls outside min..max. */
  problem: (given: readonly string[]) => string;
}

export const NO_POSITIONALS: Positionals = { min: 0, max: 0, problem: (given) => `unexpected argument "${given[0]}"` };

export const exactly = (count: number, problem: string): Positionals => ({ min: count, max: count, problem: () => problem });

/** For a command whose positionals depend on its options (`dlq redrive --all | ID...`): `run` checks them. */
export const ANY_POSITIONALS: Positionals = { min: 0, max: Infinity, problem: () => '' };

/** What a command prints: `json` for `--json` (scripts), `text` otherwise (people). */
export interface CommandOutput {
  json: unknown;
  text: string;
  /** Defaults to EXIT_OK; set when the command did its work but some of it failed. */
  exitCode?: number;
}

export interface CommandSpec<O extends Options> {
  name: string;
  summary: string;
  help: string;
  /** Options beyond -h/--help and --json, which every command gets. */
  options: O;
  /** Says the command has a JSON form (--json switches a returned CommandOutput from its text to its JSON); every command accepts --json either way. */
  json?: boolean;
  /** Defaults to NO_POSITIONALS. */
  positionals?: Positionals;
  /** Returns what to print, or an exit code when it wrote its output itself (a stream). */
  run(input: { values: Parsed<O>['values']; positionals: string[]; io: CliIo }): Promise<CommandOutput | number>;
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
const JSON_OPTION = { json: { type: 'boolean' } } as const;

export function defineCommand<const O extends Options>(spec: CommandSpec<O>): Command {
  const { name, summary, help, positionals: expected = NO_POSITIONALS } = spec;
  return {
    name,
    summary,
    help,
    async run(args, io) {
      // Typed loosely here: only `run` needs to know the command's own options.
      const options: Options = { ...spec.options, ...JSON_OPTION, ...HELP_OPTION };
      const { values, positionals } = parseCommandArgs(args, options);
      if (values.help) {
        io.stdout.write(help);
        return EXIT_OK;
      }
      if (positionals.length < expected.min || positionals.length > expected.max) throw new UsageError(expected.problem(positionals));
      const json = values.json === true;
      const output = await withCommandContext({ name, io, json }, () => spec.run({ values: values as Parsed<O>['values'], positionals, io }));
      if (typeof output === 'number') return output;
      io.stdout.write(json ? jsonOutput(output.json) : output.text);
      return output.exitCode ?? EXIT_OK;
    },
  };
}
