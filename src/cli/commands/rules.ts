import { describeRule } from '../../engine/rule-descriptor.ts';
import { rules } from '../../rules/index.ts';
import { stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';

const rulesCommand: Command = {
  name: 'rules',
  summary: 'List every rule with its severity, whether it can fix, and its docs',
  help: `Usage: ciscope rules [--format text|json]\n`,
  options: { format: { type: 'string', short: 'f' } },
  maxPositionals: 0,
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'text';
    const descriptors = rules.map(describeRule);
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ version: 1, rules: descriptors }, null, 2)}\n`);
      return EXIT.clean;
    }
    if (format !== 'text') throw new UsageError(`unknown format \`${format}\`; use text or json`);
    const width = Math.max(...descriptors.map((rule) => rule.id.length));
    for (const rule of descriptors) {
      const fix = rule.fixable === false ? '     ' : rule.fixable === 'safe' ? 'fix  ' : 'fix! ';
      io.stdout(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)} ${fix} ${rule.description}\n`);
    }
    io.stdout(`\n${descriptors.length} rules. fix: safe fix; fix!: unsafe fix (needs --unsafe).\n`);
    return EXIT.clean;
  },
};

export default rulesCommand;
