/** The command line: `main(argv, io)` returns the exit code. Only `cli/` and `action/` touch the process. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RuleFailure } from '../engine/run-rules.ts';
import { UnreadableDirectoryError } from '../workflow/repository.ts';
import type { Command, OptionSpec } from './command.ts';
import { commands } from './commands/index.ts';
import { EXIT, InputError, UsageError, useColor } from './io.ts';
import { closestName } from './suggest.ts';
import { escapeControls } from '../report/safe-text.ts';
import { StoreError } from '../history/duckdb-store.ts';
import type { Io } from './io.ts';
import { VERSION } from '../version.ts';

const GLOBAL_HELP =
  (): string => `ciscope ${VERSION} — find and fix the minutes and money GitHub Actions pipelines waste

Usage: ciscope [command] [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(9)} ${command.summary}`).join('\n')}

Run \`ciscope <command> --help\` for a command's options. Without a command, \`lint\` runs.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error, 3 internal failure.
`;

export async function main(argv: readonly string[], processIo: Io): Promise<number> {
  const io = safeIo(processIo, argv);
  try {
    const [first] = argv;
    if (first === '--version' || first === '-v') {
      io.stdout(`${VERSION}\n`);
      return EXIT.clean;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout(GLOBAL_HELP());
      return EXIT.clean;
    }
    const named = commands.find((command) => command.name === first);
    const command = named ?? defaultCommand();
    const rest = named === undefined ? argv : argv.slice(1);
    if (named === undefined && first !== undefined && !first.startsWith('-') && looksLikeCommand(first, io)) {
      const hint = closestName(
        first,
        commands.map((command) => command.name),
      );
      throw new UsageError(
        `unknown command \`${first}\`${hint === undefined ? '' : `; did you mean ${hint}?`} (\`ciscope --help\` lists them)`,
      );
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.help);
      return EXIT.clean;
    }
    return await command.run(parse(command, rest), io);
  } catch (error) {
    // A history database that cannot be used (damaged, someone else's, read-only, locked, a full disk) is the
    // user's to fix, not a bug: issue 14.
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof UnreadableDirectoryError ||
      error instanceof StoreError
    ) {
      io.stderr(`ciscope: ${error.message}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof RuleFailure ? ` (in rule ${error.ruleId})` : '';
    io.stderr(
      `ciscope: internal error${detail}: ${error instanceof Error ? error.message : String(error)}\n` +
        'This is a bug in ciscope; please report it with the command you ran.' +
        (io.env.CISCOPE_DEBUG === undefined
          ? ' Set CISCOPE_DEBUG=1 for a stack trace.\n'
          : `\n${(error as Error).stack ?? ''}\n`),
    );
    return EXIT.internal;
  }
}

function defaultCommand(): Command {
  const lint = commands.find((command) => command.name === 'lint');
  if (lint === undefined) throw new Error('the lint command is missing');
  return lint;
}

/** `ciscope typo` is a mistyped command, unless a directory of that name exists (`ciscope myrepo`). */
function looksLikeCommand(word: string, io: Io): boolean {
  return /^[a-z]+$/.test(word) && !directoryExists(io.cwd, word);
}

function directoryExists(cwd: string, path: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

function parse(
  command: Command,
  argv: readonly string[],
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: command.options as Record<string, OptionSpec & { multiple?: boolean }>,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // One line and a hint, as eslint and git do; the whole help only on --help.
    const message = (error as Error).message.replace(/\. To specify.*$/s, '');
    const unknown = /^Unknown option '(-[^']*)'/.exec(message)?.[1];
    const hint = unknown === undefined ? undefined : closestOption(unknown, command);
    throw new UsageError(
      `${message.charAt(0).toLowerCase()}${message.slice(1)}${hint === undefined ? '' : `; did you mean ${hint}?`} (\`ciscope ${command.name} --help\` lists the options)`,
    );
  }
  if (parsed.positionals.length > command.maxPositionals) {
    throw new UsageError(`too many arguments for \`${command.name}\`: ${parsed.positionals.join(' ')}`);
  }
  return parsed as { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
}

/** The option nearest to a mistyped one, e.g. `--fial-on` → `--fail-on`. */
export function closestOption(typed: string, command: Command): string | undefined {
  const name = typed.replace(/^-+/, '').replace(/=.*$/, '');
  const found = closestName(name, Object.keys(command.options));
  return found === undefined ? undefined : `--${found}`;
}

/**
 * Every byte ciscope writes passes here: file names, job ids, API and parser messages are repository or server
 * data, and no control character in them may act on the terminal or the log (issue 14). Colours and the progress
 * bar's redraw stay on a terminal that shows colours.
 */
function safeIo(io: Io, argv: readonly string[]): Io {
  // `--color` asks for colours without a terminal (a CI log that renders them).
  const terminal = useColor(io) || io.isTTY || argv.includes('--color');
  return {
    ...io,
    stdout: (text) => io.stdout(escapeControls(text, { terminal })),
    stderr: (text) => io.stderr(escapeControls(text, { terminal })),
  };
}
