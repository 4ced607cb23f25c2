import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from './io.ts';
import { UsageError } from './io.ts';

export type OptionSpec = {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
};

export interface Command {
  readonly name: string;
  /** One line for `ciscope --help`. */
  readonly summary: string;
  /** The usage lines and option descriptions for `ciscope <name> --help`. */
  readonly help: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Whether the command takes positional arguments (and how many at most). */
  readonly maxPositionals: number;
  run(args: ParsedArgs, io: Io): Promise<number>;
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(args: ParsedArgs, name: string): readonly string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** The `[DIR]` positional, resolved against the working directory; a usage error when it is not a directory. */
export function directoryArgument(args: ParsedArgs, cwd: string): string {
  const dir = resolve(cwd, args.positionals[0] ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`${args.positionals[0] ?? dir} is not a directory`);
  }
  return dir;
}

/** `--format`, checked against the formats a command offers (the first is the default). */
export function formatOption<Name extends string>(
  args: ParsedArgs,
  formats: Readonly<Record<Name, unknown>>,
): Name {
  const names = Object.keys(formats) as Name[];
  const format = stringOption(args, 'format') ?? names[0];
  if (format === undefined || !Object.hasOwn(formats, format)) {
    throw new UsageError(`unknown format \`${format ?? ''}\`; use one of ${names.join(', ')}`);
  }
  return format as Name;
}
