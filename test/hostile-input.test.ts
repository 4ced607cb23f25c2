/**
 * Issue 14: input a stranger's pull request controls (symlinks, FIFOs, names with escape sequences, vast matrices,
 * hostile configuration) gives a bounded, clear outcome: a finding or exit 2 naming the file, never a hang, a blown
 * heap, a stack trace or exit 3. Each case drives `main` in-process on a temporary repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function ciscope(args: readonly string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { PATH: process.env.PATH ?? '' },
    cwd,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

function repository(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'ciscope-hostile-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function findingsOf(run: Run): { ruleId: string; file: string; line: number; message: string }[] {
  return (
    JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number; message: string }[] }
  ).findings;
}

/**
 * A FIFO with a writer that holds it open for a few seconds and then goes away: should the FIFO ever be read again,
 * the read ends with the writer instead of blocking the test worker forever.
 */
const writers: ChildProcess[] = [];
function fifo(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  spawnSync('mkfifo', [path]);
  writers.push(spawn('sh', ['-c', 'exec sleep 5 > "$0"', path], { stdio: 'ignore' }));
}
afterEach(() => {
  for (const writer of writers.splice(0)) writer.kill();
});

const BUILD_WORKFLOW = `on: push
permissions: { contents: read }
concurrency: { group: ci, cancel-in-progress: true }
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: docker/build-push-action@v6
        with:
          file: docker/app.df
`;

describe('unbounded reads', () => {
  it('reports a FIFO workflow and /dev/zero Dockerfiles by name, and still analyses the rest', async () => {
    const root = repository({
      '.github/workflows/ci.yml': BUILD_WORKFLOW,
      '.github/workflows/other.yml':
        'on: push\njobs:\n  a:\n    runs-on: x\n    needs: [nope]\n    steps: [{ run: make }]\n',
    });
    fifo(join(root, '.github/workflows/fifo.yml'));
    symlinkSync('/dev/zero', join(root, 'Dockerfile'));
    mkdirSync(join(root, 'docker'));
    // Named in `file:` but not a Dockerfile by name: read only through the step.
    symlinkSync('/dev/zero', join(root, 'docker/app.df'));
    const run = await ciscope(
      ['lint', root, '--format', 'json', '--rule', 'parse-error', '--rule', 'unknown-needs'],
      root,
    );
    expect(run.code).toBe(1);
    expect(findingsOf(run).map(({ ruleId, file, message }) => `${ruleId} ${file}: ${message}`)).toEqual([
      'parse-error .github/workflows/fifo.yml: Not a regular file (a FIFO); not read.',
      'unknown-needs .github/workflows/other.yml: Job `a` needs `nope`, which is not a job of this workflow; GitHub rejects the workflow.',
      'parse-error Dockerfile: Not a regular file (a character device); not read.',
    ]);
  });

  it('refuses a .ciscope.yml that is a FIFO, with exit 2 and its name', async () => {
    const root = repository({ '.github/workflows/ci.yml': BUILD_WORKFLOW });
    fifo(join(root, '.ciscope.yml'));
    const run = await ciscope(['lint', '.'], root);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'ciscope: .ciscope.yml: cannot read the configuration file: not a regular file (a FIFO)\n',
    );
  });

  it('reports a workflow over the size bound instead of reading it', async () => {
    const root = repository({ '.github/workflows/big.yml': `on: push\n${'#'.repeat(6 * 1024 * 1024)}\n` });
    const run = await ciscope(['lint', '.', '--format', 'json', '--rule', 'parse-error'], root);
    expect(findingsOf(run).map((finding) => finding.message)).toEqual([
      'File is larger than 5 MiB; not read.',
    ]);
  });

  // Permissions do not stop root, who can list any directory.
  it.skipIf(process.getuid?.() === 0)('exits 2 when .github/workflows cannot be listed', async () => {
    const root = repository({ '.github/workflows/ci.yml': BUILD_WORKFLOW });
    chmodSync(join(root, '.github/workflows'), 0o000);
    try {
      const run = await ciscope(['lint', '.'], root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^ciscope: cannot read the directory .*\.github\/workflows \(EACCES\)\n$/);
    } finally {
      chmodSync(join(root, '.github/workflows'), 0o755);
    }
  });
});

describe('matrix blow-up', () => {
  it('reports eight dimensions of ten values at the matrix line, as GitHub refuses them', async () => {
    const dimensions = Array.from({ length: 8 }, (_, i) => `        d${i}: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]`);
    const root = repository({
      '.github/workflows/ci.yml': `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n${dimensions.join('\n')}\n    steps: [{ run: make }]\n`,
    });
    const run = await ciscope(['lint', '.', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(findingsOf(run).filter((finding) => finding.ruleId === 'excessive-matrix')).toMatchObject([
      { line: 6, message: expect.stringContaining('expands to 100,000,000 jobs') },
    ]);
  });
});

describe('hostile globs', () => {
  it('matches `**a**a**a**a**a**a**a**a**b` against a long file name in bounded time', async () => {
    const name = `${'a'.repeat(200)}.yml`;
    const root = repository({
      '.ciscope.yml': "ignore: ['**a**a**a**a**a**a**a**a**b']\n",
      [`.github/workflows/${name}`]:
        'on: push\njobs:\n  a:\n    runs-on: x\n    needs: [nope]\n    steps: [{ run: make }]\n',
    });
    const run = await ciscope(['lint', '.', '--format', 'json', '--rule', 'unknown-needs'], root);
    expect(findingsOf(run).map((finding) => finding.file)).toEqual([`.github/workflows/${name}`]);
  });

  it('rejects a 90 KB pattern with exit 2 at its line', async () => {
    const root = repository({
      '.ciscope.yml': `rules: {}\nignore:\n  - '${'x'.repeat(90 * 1024)}'\n`,
      '.github/workflows/ci.yml': BUILD_WORKFLOW,
    });
    const run = await ciscope(['lint', '.'], root);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'ciscope: .ciscope.yml:3:5: this `ignore` pattern is 92,160 characters long; patterns are limited to 1,024\n',
    );
  });
});

describe('`fix` honours the configuration', () => {
  const WITHOUT_PERMISSIONS =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n';

  it('leaves rules the configuration turns off, and files it ignores, untouched', async () => {
    const root = repository({
      '.ciscope.yml': 'rules:\n  missing-timeout: off\nignore: [.github/workflows/legacy.yml]\n',
      '.github/workflows/ci.yml': WITHOUT_PERMISSIONS,
      '.github/workflows/legacy.yml': WITHOUT_PERMISSIONS,
    });
    const run = await ciscope(['fix', '.', '--format', 'json', '--unsafe', '--fail-on', 'none'], root);
    expect(run.code).toBe(0);
    const applied = (JSON.parse(run.stdout) as { applied: { ruleId: string; file: string }[] }).applied;
    expect(applied.map((fix) => `${fix.file} ${fix.ruleId}`).sort()).toEqual([
      '.github/workflows/ci.yml missing-concurrency',
      '.github/workflows/ci.yml missing-permissions',
    ]);
    expect(readFileSync(join(root, '.github/workflows/legacy.yml'), 'utf8')).toBe(WITHOUT_PERMISSIONS);
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).not.toContain('timeout-minutes');
  });

  it('takes --config like lint', async () => {
    const root = repository({
      'ciscope-strict.yml':
        'rules:\n  missing-permissions: off\n  missing-concurrency: off\n  missing-timeout: off\n',
      '.github/workflows/ci.yml': WITHOUT_PERMISSIONS,
    });
    const run = await ciscope(['fix', '.', '--config', 'ciscope-strict.yml', '--unsafe'], root);
    expect(run).toMatchObject({ code: 0, stdout: 'Nothing to fix; 0 findings left.\n' });
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).toBe(WITHOUT_PERMISSIONS);
  });
});

describe('temporary files of a killed fix', () => {
  it('removes those whose process is gone and keeps those of a live one', async () => {
    const root = repository({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n',
    });
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const live = spawn('sleep', ['30'], { stdio: 'ignore' });
    writers.push(live);
    const stale = `.ci.yml.ciscope-${gone}-0123abcd.tmp`;
    const busy = `.ci.yml.ciscope-${live.pid}-4567cdef.tmp`;
    writeFileSync(join(root, '.github/workflows', stale), 'half a file');
    writeFileSync(join(root, '.github/workflows', busy), 'being written');
    await ciscope(['fix', '.', '--rule', 'missing-permissions'], root);
    expect(readdirSync(join(root, '.github/workflows')).sort()).toEqual([busy, 'ci.yml']);
  });
});

describe('suppression comments', () => {
  it('a `# ciscope-ignore` in a run script silences nothing, and a misspelt id is reported', async () => {
    const root = repository({
      '.github/workflows/ci.yml': `on: push
jobs:
  a:
    runs-on: x
    steps:
      - run: |
          # ciscope-ignore unknown-needs
    needs: [nope] # ciscope-ignore unknown-need
`,
    });
    const run = await ciscope(
      ['lint', '.', '--format', 'json', '--rule', 'unknown-needs', '--rule', 'unknown-suppression'],
      root,
    );
    expect(findingsOf(run).map((finding) => `${finding.line} ${finding.ruleId}: ${finding.message}`)).toEqual(
      [
        '8 unknown-needs: Job `a` needs `nope`, which is not a job of this workflow; GitHub rejects the workflow.',
        '8 unknown-suppression: `ciscope-ignore` names `unknown-need`, which is no ciscope rule, so it silences nothing. Did you mean `unknown-needs`?',
      ],
    );
  });
});

describe('terminal escapes', () => {
  const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
  const HOSTILE = `x\u001b]0;pwned\u0007\u001b[2J.yml`;

  it.each(['text', 'markdown', 'github', 'json', 'sarif'])(
    'a workflow named with escape sequences reaches the %s output without them',
    async (format) => {
      const root = repository({
        [`.github/workflows/${HOSTILE}`]:
          'on: push\njobs:\n  "j\u001b[1m":\n    runs-on: x\n    needs: [nope]\n    steps: [{ run: make }]\n',
      });
      const run = await ciscope(['lint', '.', '--format', format, '--rule', 'unknown-needs'], root);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(ESCAPES);
      expect(run.stdout).toContain('pwned');
      if (format === 'json') {
        expect(findingsOf(run)[0]?.file).toBe(`.github/workflows/${HOSTILE}`);
      }
    },
  );

  it('neutralises them in usage and configuration errors', async () => {
    const root = repository({
      '.ciscope.yml': 'rules:\n  "x\u001b[2J": off\n',
      '.github/workflows/ci.yml': BUILD_WORKFLOW,
    });
    const config = await ciscope(['lint', '.'], root);
    expect(config.code).toBe(2);
    expect(config.stderr).not.toMatch(ESCAPES);
    expect(config.stderr).toContain('\\u001b[2J');
    const usage = await ciscope(['lint', '.', '--format', '\u001b]0;pwned\u0007'], root);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe(
      'ciscope: unknown format `\\u001b]0;pwned\\u0007`; use one of ' + usage.stderr.split('use one of ')[1],
    );
    expect(usage.stderr).not.toMatch(ESCAPES);
  });
});
