import { describe, expect, it } from 'vitest';
import { buildRepository, memorySource } from '../workflow/repository.ts';
import { applyEdits } from './apply-fixes.ts';
import { Fixer } from './fixer.ts';
import type { TextEdit } from './fixer.ts';

function jobOf(text: string, jobId = 'build') {
  const repo = buildRepository('/repo', memorySource({ '.github/workflows/ci.yml': text }));
  const job = repo.workflows[0]?.jobsById.get(jobId);
  if (job === undefined) throw new Error(`no job ${jobId}`);
  return job;
}

function apply(text: string, edit: TextEdit): string {
  return applyEdits(text, [
    {
      file: edit.file.path,
      start: { line: 0, column: 0 },
      end: { line: 0, column: 0 },
      startOffset: edit.start,
      endOffset: edit.end,
      text: edit.text,
    },
  ]).text;
}

describe('Fixer.insertLinesAfter', () => {
  const fixer = new Fixer();

  it('inserts below a scalar value, indented like its key', () => {
    const text = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest # hosted\n    steps: []\n';
    const pair = jobOf(text).node.pair('runs-on');
    if (pair === undefined) throw new Error('no runs-on');
    expect(apply(text, fixer.insertLinesAfter(pair.value, 'timeout-minutes: 30\n', pair.key))).toBe(
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest # hosted\n    timeout-minutes: 30\n    steps: []\n',
    );
  });

  it('inserts below a block sequence that spans several lines', () => {
    const text =
      'on: push\njobs:\n  build:\n    runs-on:\n      - self-hosted\n      - cuda\n    steps: []\n';
    const pair = jobOf(text).node.pair('runs-on');
    if (pair === undefined) throw new Error('no runs-on');
    expect(apply(text, fixer.insertLinesAfter(pair.value, 'timeout-minutes: 30\n', pair.key))).toBe(
      'on: push\njobs:\n  build:\n    runs-on:\n      - self-hosted\n      - cuda\n    timeout-minutes: 30\n    steps: []\n',
    );
  });

  it("keeps the file's indentation unit and CRLF line endings for nested lines", () => {
    const text = 'on: push\r\njobs:\r\n    build:\r\n        runs-on: ubuntu-latest\r\n        steps: []\r\n';
    const pair = jobOf(text).node.pair('runs-on');
    if (pair === undefined) throw new Error('no runs-on');
    expect(
      apply(text, fixer.insertLinesAfter(pair.value, 'permissions:\n  contents: read\n', pair.key)),
    ).toBe(
      'on: push\r\njobs:\r\n    build:\r\n        runs-on: ubuntu-latest\r\n        permissions:\r\n            contents: read\r\n        steps: []\r\n',
    );
  });

  it('adds a line break first when the last line has none, and keeps the file ending without one', () => {
    const text = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest';
    const pair = jobOf(text).node.pair('runs-on');
    if (pair === undefined) throw new Error('no runs-on');
    expect(apply(text, fixer.insertLinesAfter(pair.value, 'timeout-minutes: 30\n', pair.key))).toBe(
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 30',
    );
  });
});

describe('Fixer.addToMap on flow mappings', () => {
  const fixer = new Fixer();

  it.each([
    [
      '{ runs-on: ubuntu-latest, steps: [{ run: make }] }',
      '{ runs-on: ubuntu-latest, steps: [{ run: make }], timeout-minutes: 30 }',
    ],
    ['{runs-on: ubuntu-latest}', '{runs-on: ubuntu-latest, timeout-minutes: 30}'],
  ])('appends after the last value of %s', (job, expected) => {
    const text = `on: push\njobs:\n  build: ${job}\n`;
    expect(apply(text, fixer.addToMap(jobOf(text).node, 'timeout-minutes', '30'))).toBe(
      `on: push\njobs:\n  build: ${expected}\n`,
    );
  });
});

describe('Fixer.addStepInput', () => {
  const fixer = new Fixer();
  const stepOf = (text: string) => {
    const step = jobOf(text).steps[0];
    if (step === undefined) throw new Error('no step');
    return step.node;
  };

  it.each([
    [
      'into an existing with:',
      '      - uses: a/b@v1\n        with:\n          x: 1\n',
      '      - uses: a/b@v1\n        with:\n          x: 1\n          version: "1"\n',
    ],
    [
      'a new with: below uses',
      '      - uses: a/b@v1 # pinned\n        name: B\n',
      '      - uses: a/b@v1 # pinned\n        with:\n          version: "1"\n        name: B\n',
    ],
    ['a flow step', '      - { uses: a/b@v1 }\n', '      - { uses: a/b@v1, with: { version: "1" } }\n'],
  ])('%s', (_name, steps, expected) => {
    const head = 'on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n';
    const edit = fixer.addStepInput(stepOf(head + steps), 'version', '"1"');
    if (edit === undefined) throw new Error('no edit');
    expect(apply(head + steps, edit)).toBe(head + expected);
  });

  it('gives up on a `with:` that is not a mapping', () => {
    expect(
      fixer.addStepInput(
        stepOf(
          'on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n      - uses: a/b@v1\n        with:\n',
        ),
        'v',
        '1',
      ),
    ).toBeUndefined();
  });
});
