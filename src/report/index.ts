import json from './json.ts';
import type { Reporter } from './types.ts';

export const reporters = { json } satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}
