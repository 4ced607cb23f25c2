import github from './github.ts';
import json from './json.ts';
import markdown from './markdown.ts';
import sarif from './sarif.ts';
import text from './text.ts';
import type { Reporter } from './types.ts';

/** Every `--format`; `text` first, as the default. */
export const reporters = { text, json, sarif, markdown, github } satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}
