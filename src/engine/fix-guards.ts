/**
 * The checks every fix passes before a byte is written (see docs/fixing.md). These are the file-level ones; the
 * rule-level ones (`rule-silent`, `idempotent`) need the re-linted repository and live in fix-repository.ts.
 */
import { Lexer, parseAllDocuments } from 'yaml';
import type { OffsetEdit } from './apply-fixes.ts';
import { newErrors, workflowSchemaErrors } from './workflow-schema-guard.ts';

export type GuardId =
  | 'edit-range'
  | 'unchanged-outside-edits'
  | 'yaml-syntax'
  | 'workflow-schema'
  | 'comments-kept'
  | 'rule-silent'
  | 'idempotent';

export interface GuardFailure {
  readonly guard: GuardId;
  readonly reason: string;
}

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** The files GitHub parses as workflows: https://docs.github.com/actions/reference/workflow-syntax-for-github-actions */
export function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/**
 * Every byte outside the edited ranges is unchanged: the text between consecutive edits of `before` reappears,
 * in order, between the replacements in `after`. This re-derives the splice independently of the code that did it.
 */
export function checkUnchangedOutsideEdits(
  before: string,
  after: string,
  edits: readonly OffsetEdit[],
): GuardFailure | undefined {
  let beforeAt = 0;
  let afterAt = 0;
  const sorted = [...edits].sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
  for (const edit of [...sorted, { startOffset: before.length, endOffset: before.length, text: '' }]) {
    const kept = before.slice(beforeAt, edit.startOffset);
    if (after.slice(afterAt, afterAt + kept.length) !== kept) {
      return {
        guard: 'unchanged-outside-edits',
        reason: `text outside the edits changed near offset ${beforeAt} of the original`,
      };
    }
    afterAt += kept.length;
    if (after.slice(afterAt, afterAt + edit.text.length) !== edit.text) {
      return {
        guard: 'unchanged-outside-edits',
        reason: `the edit at offset ${edit.startOffset} was not spliced as given`,
      };
    }
    afterAt += edit.text.length;
    beforeAt = Math.max(beforeAt, edit.endOffset);
  }
  return afterAt === after.length
    ? undefined
    : { guard: 'unchanged-outside-edits', reason: 'the result has text after the original end' };
}

/** The result parses as YAML with no error the original did not have (compared by error code). */
export function checkYamlSyntax(path: string, before: string, after: string): GuardFailure | undefined {
  if (!isYamlPath(path)) return undefined;
  const errorsOf = (text: string) =>
    parseAllDocuments(text).flatMap((doc) => ('errors' in doc ? doc.errors : []));
  const added = newErrors(
    errorsOf(before).map((error) => error.code),
    errorsOf(after).map((error) => error.code),
  );
  if (added.length === 0) return undefined;
  const first = errorsOf(after).find((error) => error.code === added[0]);
  const line = first?.linePos?.[0].line;
  const message = (first?.message ?? String(added[0]))
    .split('\n')[0]
    ?.replace(/ at line \d+, column \d+:?$/, '');
  return {
    guard: 'yaml-syntax',
    reason: `the result is not valid YAML${line === undefined ? '' : ` (line ${line})`}: ${message}`,
  };
}

/** GitHub's parser reports no error on the result that it did not report on the original. */
export async function checkWorkflowSchema(
  path: string,
  before: string,
  after: string,
  cache?: Map<string, string[]>,
): Promise<GuardFailure | undefined> {
  if (!isWorkflowPath(path)) return undefined;
  const errorsOf = async (text: string): Promise<string[]> => {
    const cached = cache?.get(text);
    if (cached !== undefined) return cached;
    let errors: string[];
    try {
      errors = await workflowSchemaErrors(path, text);
    } catch (error) {
      errors = [`the workflow parser failed: ${error instanceof Error ? error.message : String(error)}`];
    }
    cache?.set(text, errors);
    return errors;
  };
  const afterErrors = await errorsOf(after);
  if (afterErrors.length === 0) return undefined; // nothing can be new; spares parsing the original (≈20 ms a file)
  const added = newErrors(await errorsOf(before), afterErrors);
  return added.length === 0
    ? undefined
    : {
        guard: 'workflow-schema',
        reason: `GitHub's workflow parser rejects the result: ${added.join('; ')}`,
      };
}

/** Every comment of the original is still in the result (as a multiset: moving a comment is fine, losing one is not). */
export function checkCommentsKept(path: string, before: string, after: string): GuardFailure | undefined {
  const lost = newErrors(commentsOf(path, after), commentsOf(path, before));
  return lost.length === 0
    ? undefined
    : { guard: 'comments-kept', reason: `the fix removes the comment \`${lost[0]}\`` };
}

/**
 * Comments of a file, trimmed. YAML goes through the `yaml` lexer so that a `#` inside a string or a block scalar
 * is not a comment; other files (Dockerfile, .dockerignore …) count whole `#` lines.
 */
export function commentsOf(path: string, text: string): string[] {
  if (isYamlPath(path)) {
    const comments: string[] = [];
    for (const token of new Lexer().lex(text)) if (token.startsWith('#')) comments.push(token.trimEnd());
    return comments;
  }
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('#'));
}

/** The file-level guards, in the order a user would want to hear about them. */
export async function checkFileGuards(
  path: string,
  before: string,
  after: string,
  edits: readonly OffsetEdit[],
  schemaCache?: Map<string, string[]>,
): Promise<GuardFailure | undefined> {
  return (
    checkUnchangedOutsideEdits(before, after, edits) ??
    checkYamlSyntax(path, before, after) ??
    (await checkWorkflowSchema(path, before, after, schemaCache)) ??
    checkCommentsKept(path, before, after)
  );
}
