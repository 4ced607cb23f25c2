import type { Command } from '../command.ts';
import compare from './compare.ts';
import completion from './completion.ts';
import diff from './diff.ts';
import explain from './explain.ts';
import fix from './fix.ts';
import lint from './lint.ts';
import importCommand from './import.ts';
import report from './report.ts';
import stats from './stats.ts';
import rules from './rules.ts';
import sync from './sync.ts';
import whatif from './whatif.ts';

/** Every command, in the order `ciscope --help` lists them. */
export const commands: readonly Command[] = [
  lint,
  fix,
  diff,
  sync,
  importCommand,
  stats,
  compare,
  whatif,
  report,
  rules,
  explain,
  completion,
];
