import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import type { Rule } from '../src/engine/define-rule.ts';
import { fixRepository, planFixes, writeFixes } from '../src/engine/fix-repository.ts';
import missingConcurrency from '../src/rules/missing-concurrency.ts';
import {
  addTimeout,
  breaksYaml,
  capTimeout,
  dropsComment,
  notSilenced,
  pingPong,
  schemaError,
  splitsCrlf,
  toThirty,
  toTwenty,
  twoFiles,
  editsOutside,
  wellBehaved,
} from './fixtures/fix-rules/rules.ts';
import { defineRule } from '../src/engine/define-rule.ts';
import { scalarString } from '../src/workflow/yaml-tree.ts';

const WORKFLOW = '.github/workflows/ci.yml';
const GOLDEN = join(import.meta.dirname, 'fixtures/fix-golden');

function repoWith(files: Readonly<Record<string, string | Buffer>>): string {
  const root = mkdtempSync(join(tmpdir(), 'ciscope-fix-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const read = (root: string, path = WORKFLOW): string => readFileSync(join(root, path), 'utf8');

/** Pull requests and pushes: the fix also cancels pushes to feature branches, so it is unsafe. */
const MIXED_WORKFLOW =
  'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';

const PR_WORKFLOW =
  'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest # the default\n    steps:\n      - run: make\n';

describe('golden before/after files (Fixer helpers through the engine)', () => {
  const cases = readdirSync(GOLDEN).filter((name) => !name.startsWith('.'));
  it.each(cases)('%s', async (name) => {
    const root = repoWith({});
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    copyFileSync(join(GOLDEN, name, 'before.yml'), join(root, WORKFLOW));
    const rules = [missingConcurrency, ...wellBehaved];
    const first = await fixRepository(root, { rules, unsafe: true });
    expect(first.plan.refused).toEqual([]);
    expect(readFileSync(join(root, WORKFLOW))).toEqual(readFileSync(join(GOLDEN, name, 'after.yml')));
    expect(first.findings.filter((finding) => finding.fix !== undefined)).toEqual([]);
    // A second run changes nothing.
    const second = await fixRepository(root, { rules, unsafe: true });
    expect(second.plan.applied).toEqual([]);
    expect(second.plan.changes).toEqual([]);
  });
});

describe('passes', () => {
  it('applies a fix revealed by another fix in a later pass', async () => {
    const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
    const { plan } = await fixRepository(root, { rules: [addTimeout, capTimeout] });
    expect(plan.applied.map((fix) => [fix.ruleId, fix.pass])).toEqual([
      ['fixture-add-timeout', 1],
      ['fixture-cap-timeout', 2],
    ]);
    expect(plan.converged).toBe(true);
    expect(read(root)).toContain('    timeout-minutes: 360\n');
  });

  it('stops after ten passes when two rules undo each other, and says so', async () => {
    const root = repoWith({
      [WORKFLOW]: PR_WORKFLOW.replace('    steps:', '    timeout-minutes: 20\n    steps:'),
    });
    const result = await fixRepository(root, { rules: [toThirty, toTwenty] });
    expect(result.plan.passes).toBe(10);
    expect(result.plan.converged).toBe(false);
    expect(read(root)).toContain('timeout-minutes: 20\n'); // 20 → 30 → 20 … ten times
  });

  it('leaves unsafe fixes alone without --unsafe', async () => {
    const text = PR_WORKFLOW.replace('on: pull_request', 'on: [push, pull_request]');
    const root = repoWith({ [WORKFLOW]: text });
    const { plan } = await fixRepository(root, { rules: [missingConcurrency] });
    expect(plan.applied).toEqual([]);
    expect(plan.unsafeSkipped.map((fix) => fix.ruleId)).toEqual(['missing-concurrency']);
    expect(read(root)).toBe(text);
  });

  it('applies only the rules asked for', async () => {
    const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
    const { plan } = await fixRepository(root, {
      rules: [missingConcurrency, addTimeout],
      only: ['fixture-add-timeout'],
    });
    expect(plan.applied.map((fix) => fix.ruleId)).toEqual(['fixture-add-timeout']);
    expect(read(root)).not.toContain('concurrency');
  });
});

describe('overlapping fixes', () => {
  const toForty = defineRule({
    id: 'fixture-to-forty',
    meta: {
      description: 'Test: 20 → 40',
      category: 'waste',
      severity: 'warning',
      fixable: 'safe',
      messages: { m: 'twenty' },
    },
    check({ repo, report }) {
      for (const job of repo.workflows.flatMap((workflow) => workflow.jobs)) {
        const timeout = job.timeoutMinutes;
        if (timeout !== undefined && scalarString(timeout.value) === '20') {
          report({
            messageId: 'm',
            at: timeout.value,
            fix: { title: 'Use 40', edits: (fixer) => fixer.replace(timeout.value, '40') },
          });
        }
      }
    },
  });
  const code = PR_WORKFLOW.replace('    steps:', '    timeout-minutes: 20\n    steps:');

  it.each([
    ['to-thirty first', [toThirty, toForty]],
    ['to-forty first', [toForty, toThirty]],
  ] as [string, Rule[]][])('resolve the same way whatever the rule order (%s)', async (_name, rules) => {
    const root = repoWith({ [WORKFLOW]: code });
    const { plan } = await fixRepository(root, { rules });
    expect(plan.applied.map((fix) => fix.ruleId)).toEqual(['fixture-to-thirty']);
    expect(plan.refused).toEqual([]);
    expect(read(root)).toContain('timeout-minutes: 30\n');
  });

  it('applies identical edits from two findings once (a job reached through an alias)', async () => {
    const root = repoWith({
      [WORKFLOW]: 'on: push\njobs:\n  a: &job\n    runs-on: x\n    steps: [{ run: echo }]\n  b: *job\n',
    });
    const { plan } = await fixRepository(root, { rules: [addTimeout, capTimeout] });
    expect(plan.applied.filter((fix) => fix.ruleId === 'fixture-add-timeout')).toHaveLength(2);
    expect(read(root)).toBe(
      'on: push\njobs:\n  a: &job\n    runs-on: x\n    steps: [{ run: echo }]\n    timeout-minutes: 360\n  b: *job\n',
    );
  });
});

describe('guards', () => {
  it.each([
    ['yaml-syntax', breaksYaml, /not valid YAML \(line 3\): Flow sequence/],
    ['workflow-schema', schemaError, /Unexpected value 'timeout-minutez'/],
    ['rule-silent', notSilenced, /still reports `m` at line 4/],
    ['idempotent', pingPong, /asks for another change: "Use 30"/],
    ['comments-kept', dropsComment, /removes the comment `# the default`/],
  ] as [string, Rule, RegExp][])(
    '%s refuses a fix that breaks it and writes nothing',
    async (guard, rule, reason) => {
      const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
      const result = await fixRepository(root, { rules: [rule] });
      expect(result.plan.refused.map((fix) => fix.guard)).toEqual([guard]);
      expect(result.plan.refused[0]?.reason).toMatch(reason);
      expect(result.plan.applied).toEqual([]);
      expect(read(root)).toBe(PR_WORKFLOW);
    },
  );

  it('edit-range refuses an edit that splits a CRLF line break', async () => {
    const crlf = PR_WORKFLOW.replace(/\n/g, '\r\n');
    const root = repoWith({ [WORKFLOW]: crlf });
    const { plan } = await fixRepository(root, { rules: [splitsCrlf] });
    expect(plan.refused.map((fix) => [fix.guard, fix.reason])).toEqual([
      ['edit-range', 'edit range 17-17 splits a character or a CRLF line break'],
    ]);
    expect(read(root)).toBe(crlf);
  });

  it('edit-range refuses an edit of a file outside the analysed directory', async () => {
    const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
    const { plan } = await fixRepository(root, { rules: [editsOutside] });
    expect(plan.refused.map((fix) => [fix.guard, fix.reason])).toEqual([
      ['edit-range', 'it edits ../outside.yml, which is not a file of the analysed directory'],
    ]);
    expect(readdirSync(dirname(root)).filter((name) => name === 'outside.yml')).toEqual([]);
  });

  it.each([
    [false, 'writes a fix spanning two files to both'],
    [true, 'refuses a fix spanning two files as a whole when one file fails a guard'],
  ])('broken=%s: %s', async (broken) => {
    const [a, b] = ['.github/workflows/a.yml', '.github/workflows/b.yml'];
    const root = repoWith({ [a]: PR_WORKFLOW, [b]: PR_WORKFLOW });
    const { plan, writes } = await fixRepository(root, { rules: [twoFiles(broken)] });
    if (broken) {
      expect(plan.refused.map((fix) => fix.guard)).toEqual(['yaml-syntax']);
      expect([read(root, a), read(root, b)]).toEqual([PR_WORKFLOW, PR_WORKFLOW]);
    } else {
      expect(writes.map((write) => [write.file, write.outcome.status])).toEqual([
        [a, 'written'],
        [b, 'written'],
      ]);
      expect(read(root, a)).toContain('# linked with b.yml\njobs:');
      expect(read(root, b)).toContain('# linked with a.yml\njobs:');
    }
  });

  it('refuses the bad fix and still applies the good ones in the same file', async () => {
    const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
    const { plan } = await fixRepository(root, {
      rules: [missingConcurrency, dropsComment, addTimeout, capTimeout],
    });
    expect(plan.refused.map((fix) => fix.ruleId)).toEqual(['fixture-drops-comment']);
    expect(plan.applied.map((fix) => fix.ruleId).sort()).toEqual([
      'fixture-add-timeout',
      'fixture-cap-timeout',
      'missing-concurrency',
    ]);
    expect(read(root)).toContain('runs-on: ubuntu-latest # the default\n');
    expect(read(root)).toContain('cancel-in-progress: true\n');
  });
});

describe('writing', () => {
  it('replaces the file atomically, keeping its mode, and leaves no temporary file', async () => {
    const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
    chmodSync(join(root, WORKFLOW), 0o640);
    const inode = statSync(join(root, WORKFLOW)).ino;
    const { writes } = await fixRepository(root, { rules: [missingConcurrency] });
    expect(writes.map((write) => write.outcome.status)).toEqual(['written']);
    expect(statSync(join(root, WORKFLOW)).mode & 0o777).toBe(0o640);
    expect(statSync(join(root, WORKFLOW)).ino).not.toBe(inode); // renamed over, not rewritten in place
    expect(readdirSync(join(root, '.github/workflows'))).toEqual(['ci.yml']);
  });

  it('does not overwrite a file that changed on disk after it was read', async () => {
    const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
    const plan = await planFixes(root, { rules: [missingConcurrency] });
    expect(plan.changes).toHaveLength(1);
    writeFileSync(join(root, WORKFLOW), `${PR_WORKFLOW}# edited meanwhile\n`);
    const [write] = writeFixes(plan);
    expect(write?.outcome).toEqual({
      status: 'changed-on-disk',
      reason: `${WORKFLOW} changed on disk after it was read; not overwritten`,
    });
    expect(read(root)).toBe(`${PR_WORKFLOW}# edited meanwhile\n`);
  });

  it('never writes through a symlink that leads outside the directory', async () => {
    const outside = repoWith({ 'ci.yml': PR_WORKFLOW });
    const root = repoWith({});
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    symlinkSync(join(outside, 'ci.yml'), join(root, '.github/workflows/link.yml'));
    const { writes } = await fixRepository(root, {
      rules: [missingConcurrency],
      workflowPaths: ['.github/workflows/link.yml'],
    });
    expect(writes.map((write) => write.outcome.status)).toEqual(['outside-directory']);
    expect(read(outside, 'ci.yml')).toBe(PR_WORKFLOW);
  });

  it('keeps a byte-order mark and refuses to rewrite a file that is not UTF-8', async () => {
    const root = repoWith({
      [WORKFLOW]: `\uFEFF${PR_WORKFLOW}`,
      '.github/workflows/latin1.yml': Buffer.concat([
        Buffer.from('# caf'),
        Buffer.from([0xe9]),
        Buffer.from(`\n${PR_WORKFLOW}`),
      ]),
    });
    const { writes } = await fixRepository(root, { rules: [missingConcurrency] });
    expect(writes.map((write) => [write.file, write.outcome.status])).toEqual([
      ['.github/workflows/ci.yml', 'written'],
      ['.github/workflows/latin1.yml', 'write-failed'],
    ]);
    expect(read(root).startsWith('\uFEFFon: pull_request\nconcurrency:')).toBe(true);
    expect(readFileSync(join(root, '.github/workflows/latin1.yml'))[5]).toBe(0xe9);
  });
});

describe('the fix command', () => {
  async function run(argv: string[], cwd = '/'): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: {},
      cwd,
      isTTY: false,
    });
    return { code, stdout, stderr };
  }

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const files = {
      [WORKFLOW]: PR_WORKFLOW,
      '.github/workflows/mixed.yml': MIXED_WORKFLOW,
    };
    const root = repoWith(files);
    const { code, stdout } = await run(['fix', root, '--dry-run', '--rule', 'missing-concurrency']);
    await expect(stdout).toMatchFileSnapshot('fixtures/fix-dry-run/dry-run.txt');
    expect(code).toBe(1); // the unsafe finding is left
    expect(read(root)).toBe(PR_WORKFLOW);
  });

  it('exits 0 when nothing is left, and a second run changes nothing', async () => {
    const root = repoWith({
      [WORKFLOW]: PR_WORKFLOW,
      '.github/workflows/mixed.yml': MIXED_WORKFLOW.replace(
        'on: [push, pull_request]',
        'on:\n  push:\n    branches: [main]\n  pull_request:',
      ),
    });
    expect((await run(['fix', root, '--unsafe'])).code).toBe(0);
    const after = read(root);
    const again = await run(['fix', root, '--unsafe', '--format', 'json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      version: 1,
      dryRun: false,
      passes: 0,
      converged: true,
      files: [],
      applied: [],
      remaining: [],
    });
    expect(read(root)).toBe(after);
  });

  it('reports usage errors with exit 2', async () => {
    const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
    expect((await run(['fix', root, '--rule', 'no-such-rule'])).code).toBe(2);
    expect((await run(['fix', root, '--format', 'sarif'])).code).toBe(2);
    expect((await run(['fix', join(root, 'missing')])).code).toBe(2);
  });

  it('lint --fix applies safe fixes and reports what is left', async () => {
    const root = repoWith({
      [WORKFLOW]: PR_WORKFLOW,
      '.github/workflows/mixed.yml': MIXED_WORKFLOW,
    });
    const { code, stdout, stderr } = await run([
      'lint',
      root,
      '--fix',
      '--format',
      'json',
      '--rule',
      'missing-concurrency',
    ]);
    expect(stderr).toContain('fixed    1:5     missing-concurrency');
    expect(JSON.parse(stdout).findings.map((f: { file: string }) => f.file)).toEqual([
      '.github/workflows/mixed.yml',
    ]);
    expect(code).toBe(1);
    expect(read(root)).toContain('cancel-in-progress: true');
  });

  it("works from the esbuild bundle, which inlines GitHub's workflow parser", () => {
    const project = join(import.meta.dirname, '..');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: project });
    const root = repoWith({ [WORKFLOW]: PR_WORKFLOW });
    const result = spawnSync(
      process.execPath,
      [join(project, 'bin/ciscope.js'), 'fix', root, '--rule', 'missing-concurrency'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Applied 1 fix to 1 file in 1 pass; 0 findings left.');
    expect(result.status).toBe(0);
    expect(read(root)).toContain('cancel-in-progress: true');
  });
});
