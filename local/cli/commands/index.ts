// Every `sieve` subcommand. A new command is one file in this folder and one line here.

import type { Command } from '../command.ts';
import { check } from './check.ts';
import { evalCommand } from './eval.ts';

export const COMMANDS: readonly Command[] = [check, evalCommand];
