import type { Command } from '../command.ts';
import lint from './lint.ts';
import importCommand from './import.ts';
import stats from './stats.ts';
import rules from './rules.ts';

/** Every command, in the order `ciscope --help` lists them. */
export const commands: readonly Command[] = [lint, rules, importCommand, stats];
