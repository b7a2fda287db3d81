// What the command now running was asked for (its name, its streams, whether it wants --json),
// reachable from helpers it calls (`withTarget` announces the target on its stderr) without
// every command threading it through.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { CliIo } from './command.ts';

export interface CommandContext {
  /** `sites create`, as in its messages. */
  name: string;
  io: CliIo;
  json: boolean;
}

const current = new AsyncLocalStorage<CommandContext>();

export const withCommandContext = <T>(context: CommandContext, work: () => Promise<T>): Promise<T> => current.run(context, work);

export const commandContext = (): CommandContext | undefined => current.getStore();

/** A line for the operator (never for a script reading stdout): on the running command's stderr. */
export const notice = (message: string): void => {
  const context = current.getStore();
  context?.io.stderr.write(`sieve ${context.name}: ${message}\n`);
};
