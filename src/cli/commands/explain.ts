import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../rules/index.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';
import { closestName } from '../suggest.ts';

/**
 * `ciscope explain RULE`: the rule's page from docs/rules/, which the package ships, so it works offline. The
 * generated header's HTML comments are dropped; the rest is printed as written (markdown reads well as text).
 */
const explain: Command = {
  name: 'explain',
  summary: "Print a rule's documentation (offline): what it detects, why it costs, how to fix it",
  help: `Usage: ciscope explain RULE

Prints docs/rules/RULE.md: what the rule detects, why it costs time or money, how to fix it, when not to use it.
\`ciscope rules\` lists the rule ids.
`,
  options: {},
  maxPositionals: 1,
  async run(args, io) {
    const id = args.positionals[0];
    if (id === undefined) throw new UsageError('explain needs a rule id; `ciscope rules` lists them');
    if (!rules.some((rule) => rule.id === id)) {
      const hint = closestName(
        id,
        rules.map((rule) => rule.id),
      );
      throw new UsageError(`unknown rule \`${id}\`${hint === undefined ? '' : `; did you mean ${hint}?`}`);
    }
    const page = join(docsDirectory(), 'rules', `${id}.md`);
    io.stdout(
      readFileSync(page, 'utf8')
        .replace(/^<!--.*-->\n/gm, '')
        .replace(/\n*$/, '\n'),
    );
    return EXIT.clean;
  },
};

export default explain;

/** docs/ of the package or checkout: found upwards from this module (dist/cli.js in the package, src/ in tests). */
function docsDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'docs', 'rules'))) return join(dir, 'docs');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the docs/ directory is missing from the installation');
    dir = parent;
  }
}
