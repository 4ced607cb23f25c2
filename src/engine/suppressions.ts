/**
 * `# ciscope-ignore RULE-ID[, RULE-ID …]: reason` comments (docs/configuration.md). In YAML files only real comments
 * count: the same words inside a `run:` script or a quoted string are text, and silence nothing (issue 14).
 */
import { positionAt } from '../workflow/source.ts';
import type { Located, Range, SourceFile } from '../workflow/source.ts';
import { yamlComments } from '../workflow/yaml-tree.ts';

export interface Suppression {
  /** The 1-based line of the comment. */
  readonly line: number;
  /** The rule ids it names, each located (for reporting a misspelt one). */
  readonly ruleIds: readonly Located<string>[];
}

const SUPPRESSION = /ciscope-ignore\s+([\w-]+(?:\s*,\s*[\w-]+)*)/;
const cache = new WeakMap<SourceFile, ReadonlyMap<number, readonly Suppression[]>>();

/** The suppressions of a file by line. */
export function suppressionsOf(file: SourceFile): ReadonlyMap<number, readonly Suppression[]> {
  let byLine = cache.get(file);
  if (byLine === undefined) {
    const found = new Map<number, Suppression[]>();
    for (const comment of commentsOf(file)) {
      const suppression = parseSuppression(comment);
      if (suppression === undefined) continue;
      found.set(suppression.line, [...(found.get(suppression.line) ?? []), suppression]);
    }
    byLine = found;
    cache.set(file, byLine);
  }
  return byLine;
}

/** A suppression on the line of a finding's start, or on the line above, names the rule. */
export function isSuppressed(range: Range, ruleId: string): boolean {
  const byLine = suppressionsOf(range.file);
  if (byLine.size === 0) return false;
  const { line } = positionAt(range.file, range.start);
  return [line - 1, line].some((candidate) =>
    (byLine.get(candidate) ?? []).some((suppression) =>
      suppression.ruleIds.some((id) => id.value === ruleId),
    ),
  );
}

function commentsOf(file: SourceFile): readonly Range[] {
  if (/\.ya?ml$/i.test(file.path)) return yamlComments(file);
  // Dockerfiles, HCL, .dockerignore: a `#` starts a comment to the end of the line.
  const comments: Range[] = [];
  let lineStart = 0;
  while (lineStart <= file.text.length) {
    const newline = file.text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? file.text.length : newline;
    const hash = file.text.indexOf('#', lineStart);
    if (hash !== -1 && hash < lineEnd) comments.push({ file, start: hash, end: lineEnd });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return comments;
}

function parseSuppression(comment: Range): Suppression | undefined {
  const text = comment.file.text.slice(comment.start, comment.end);
  const match = SUPPRESSION.exec(text);
  if (match?.[1] === undefined) return undefined;
  const listStart = comment.start + match.index + match[0].length - match[1].length;
  const ruleIds: Located<string>[] = [];
  for (const id of match[1].matchAll(/[\w-]+/g)) {
    const start = listStart + id.index;
    ruleIds.push({ value: id[0], range: { file: comment.file, start, end: start + id[0].length } });
  }
  return { line: positionAt(comment.file, comment.start).line, ruleIds };
}
