// Every `sieve` subcommand. A new command is one file in this folder and one line here.

import type { Command } from '../command.ts';
import { calibrate } from './calibrate.ts';
import { authors } from './authors/index.ts';
import { check } from './check.ts';
import { dlq } from './dlq/index.ts';
import { evalCommand } from './eval.ts';
import { fit } from './fit.ts';
import { learn } from './learn/index.ts';
import { model } from './model/index.ts';
import { moderators } from './moderators/index.ts';
import { policy } from './policy/index.ts';
import { rules } from './rules.ts';
import { shadow } from './shadow/index.ts';
import { sites } from './sites/index.ts';
import { webhooks } from './webhooks/index.ts';

export const COMMANDS: readonly Command[] = [check, evalCommand, learn, fit, calibrate, rules, sites, policy, model, shadow, dlq, moderators, webhooks, authors];
