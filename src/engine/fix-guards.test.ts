import { describe, expect, it } from 'vitest';
import {
  checkCommentsKept,
  checkUnchangedOutsideEdits,
  checkWorkflowSchema,
  checkYamlSyntax,
  commentsOf,
} from './fix-guards.ts';

describe('unchanged-outside-edits', () => {
  const before = 'a: 1\nb: 2\n';
  const edits = [{ startOffset: 5, endOffset: 5, text: 'x: 0\n' }];
  it('passes when only the edited range differs', () => {
    expect(checkUnchangedOutsideEdits(before, 'a: 1\nx: 0\nb: 2\n', edits)).toBeUndefined();
  });
  it.each([
    ['a byte before the edit', 'a: 9\nx: 0\nb: 2\n'],
    ['a byte after the edit', 'a: 1\nx: 0\nb: 3\n'],
    ['a line ending', 'a: 1\r\nx: 0\nb: 2\n'],
    ['text appended at the end', 'a: 1\nx: 0\nb: 2\n\n'],
    ['the edit itself', 'a: 1\nx: 1\nb: 2\n'],
  ])('fails when %s changed', (_name, after) => {
    expect(checkUnchangedOutsideEdits(before, after, edits)?.guard).toBe('unchanged-outside-edits');
  });
});

describe('yaml-syntax', () => {
  it('accepts valid YAML and ignores other files', () => {
    expect(checkYamlSyntax('ci.yml', 'a: 1\n', 'a: 1\nb: 2\n')).toBeUndefined();
    expect(checkYamlSyntax('Dockerfile', 'FROM x\n', 'a: [\n')).toBeUndefined();
  });
  it('names the line of a new error', () => {
    expect(checkYamlSyntax('ci.yml', 'a: 1\n', 'a: 1\na: 2\n')).toEqual({
      guard: 'yaml-syntax',
      reason: 'the result is not valid YAML (line 2): Map keys must be unique',
    });
  });
});

describe('workflow-schema', () => {
  const workflow = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n';
  it('fails on an error GitHub would report', async () => {
    const failure = await checkWorkflowSchema(
      '.github/workflows/ci.yml',
      workflow,
      workflow.replace('    steps:', '    runs_on: y\n    steps:'),
    );
    expect(failure).toEqual({
      guard: 'workflow-schema',
      reason: "GitHub's workflow parser rejects the result: Unexpected value 'runs_on'",
    });
  });
  it('tolerates errors the original already had, and files that are not workflows', async () => {
    const broken = workflow.replace('    steps:', '    runs_on: y\n    steps:');
    expect(
      await checkWorkflowSchema(
        '.github/workflows/ci.yml',
        broken,
        `${broken}  b:\n    runs-on: x\n    steps:\n      - run: echo\n`,
      ),
    ).toBeUndefined();
    expect(await checkWorkflowSchema('docker-compose.yml', 'a: 1\n', 'b: 2\n')).toBeUndefined();
  });
});

describe('comments-kept', () => {
  it('finds YAML comments with the lexer, not in strings or block scalars', () => {
    expect(commentsOf('ci.yml', "# top\na: 'x # no' # yes\nb: |\n  # no\n# end\n")).toEqual([
      '# top',
      '# yes',
      '# end',
    ]);
    expect(commentsOf('Dockerfile', '# syntax=docker/dockerfile:1\nRUN echo # not a comment\n')).toEqual([
      '# syntax=docker/dockerfile:1',
    ]);
  });
  it('accepts a moved comment and refuses a lost one', () => {
    expect(checkCommentsKept('ci.yml', 'a: 1 # one\n', '# one\na: 2\n')).toBeUndefined();
    expect(checkCommentsKept('ci.yml', 'a: 1 # one\n# two\n', 'a: 1 # one\n')).toEqual({
      guard: 'comments-kept',
      reason: 'the fix removes the comment `# two`',
    });
    expect(checkCommentsKept('ci.yml', '# x\n# x\n', '# x\n')?.guard).toBe('comments-kept');
  });
});
