/**
 * End-to-end: the built bin on fixture repositories, exact stdout, stderr and exit code against golden files
 * (test/golden/cli-*.txt). A golden line wrapped in `/…/` is a regular expression. A missing golden file is written
 * on first run; `UPDATE_GOLDEN=1` rewrites them (keeping regex lines that still match) for review in the diff.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../src/cli/commands/index.ts';
import { main } from '../src/cli/main.ts';
import { rules } from '../src/rules/index.ts';
import { VERSION } from '../src/version.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = `${ROOT}test/fixtures`;
const BIN = `${ROOT}bin/ciscope.js`;
/**
 * The rules that existed when these goldens were written. Tests about the CLI and its reporters name them, so that
 * a new rule (which may well fire on a fixture) does not change their output.
 */
const RULES = ['missing-concurrency', 'parse-error', 'unknown-needs', 'needs-cycle'].flatMap((id) => [
  '--rule',
  id,
]);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function ciscope(args: readonly string[], env: Record<string, string> = {}): Run {
  // A fixed environment: nothing from the test runner's (FORCE_COLOR, CI …) may change the output.
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: FIXTURES,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function render(run: Run): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}

/** Line-by-line equality, where an expected line `/…/` is a regular expression over the whole line. */
export function matchesGolden(expected: string, actual: string): boolean {
  const want = expected.split('\n');
  const got = actual.split('\n');
  return want.length === got.length && want.every((line, i) => lineMatches(line, got[i] ?? ''));
}

function lineMatches(expected: string, actual: string): boolean {
  if (expected.length > 1 && expected.startsWith('/') && expected.endsWith('/'))
    return new RegExp(`^(?:${expected.slice(1, -1)})$`).test(actual);
  return expected === actual;
}

function expectGolden(name: string, run: Run): void {
  const path = `${ROOT}test/golden/cli-${name}.txt`;
  const actual = render(run);
  if (!existsSync(path) || process.env.UPDATE_GOLDEN === '1') {
    const previous = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
    const kept = actual
      .split('\n')
      .map((line, i) => (previous[i] !== undefined && lineMatches(previous[i], line) ? previous[i] : line));
    writeFileSync(path, kept.join('\n'));
    if (process.env.CI !== undefined) throw new Error(`golden file ${path} was missing`);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  // On a mismatch, show the plain diff (regex lines make it noisier, but the failing line stands out).
  if (!matchesGolden(expected, actual)) expect(actual).toBe(expected);
}

beforeAll(() => {
  execFileSync(process.execPath, [`${ROOT}scripts/build.mjs`], { cwd: ROOT, stdio: 'inherit' });
});

describe('golden matcher', () => {
  it('matches literal lines exactly and /…/ lines as whole-line regexes', () => {
    expect(matchesGolden('a\n/b+/\n', 'a\nbbb\n')).toBe(true);
    expect(matchesGolden('a\n/b+/\n', 'a\nbbbc\n')).toBe(false);
    expect(matchesGolden('a\n', 'a\nextra\n')).toBe(false);
    expect(matchesGolden('a', 'A')).toBe(false);
  });
});

describe('ciscope lint', () => {
  it('exits 0 on a clean repository', () => {
    expectGolden('clean', ciscope(['lint', 'clean-pr-workflow', ...RULES]));
  });

  it('exits 1 on findings at or above the default --fail-on (warning)', () => {
    expectGolden('findings-text', ciscope(['lint', 'pr-without-concurrency', ...RULES]));
  });

  it('runs lint without a command name', () => {
    const run = ciscope(['pr-without-concurrency', ...RULES]);
    expect(run).toEqual(ciscope(['lint', 'pr-without-concurrency', ...RULES]));
  });

  it.each([
    ['error', 0],
    ['warning', 1],
    ['info', 1],
    ['none', 0],
  ])('--fail-on %s with a warning exits %i and prints the same findings', (level, code) => {
    const run = ciscope(['lint', 'pr-without-concurrency', ...RULES, '--fail-on', level]);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe(ciscope(['lint', 'pr-without-concurrency', ...RULES]).stdout);
  });

  it('--quiet prints nothing when clean, and the findings otherwise', () => {
    expect(ciscope(['lint', 'clean-pr-workflow', ...RULES, '--quiet'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const noisy = ciscope(['lint', 'pr-without-concurrency', ...RULES, '-q']);
    expect(noisy.code).toBe(1);
    expect(noisy.stdout).toContain('[missing-concurrency]');
  });

  it('--rule runs only the named rules', () => {
    expectGolden('rule-filter', ciscope(['lint', 'needs-typo-and-cycle', '--rule', 'unknown-needs']));
  });

  it('reports a broken YAML file as parse-error at its line and still analyses the others', () => {
    expectGolden('broken-yaml', ciscope(['lint', 'broken-yaml-among-valid', ...RULES]));
  });

  it('honours an inline `# ciscope-ignore` comment', () => {
    expectGolden('suppressed', ciscope(['lint', 'suppressed-inline', ...RULES]));
  });

  it.each(['json', 'sarif', 'markdown'])('--format %s', (format) => {
    expectGolden(
      `findings-${format}`,
      ciscope(['lint', 'needs-typo-and-cycle', ...RULES, '--format', format]),
    );
  });

  it('colours only when forced and NO_COLOR is unset', () => {
    const args = ['lint', 'pr-without-concurrency', ...RULES];
    expect(ciscope(args).stdout).not.toContain('\u001b[');
    expect(ciscope(args, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[33mwarning');
    expect(ciscope(args, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).toBe(ciscope(args).stdout);
  });
});

describe('configuration', () => {
  it('applies severities and ignore patterns from DIR/.ciscope.yml', () => {
    expectGolden('config-severity-and-ignore', ciscope(['lint', 'config-severity-and-ignore', ...RULES]));
  });

  it('takes --config FILE instead', () => {
    const run = ciscope([
      'lint',
      'pr-without-concurrency',
      ...RULES,
      '--config',
      'config-severity-and-ignore/.ciscope.yml',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  info     Runs on `pull_request`');
  });

  it('rejects an unknown rule with its file, line and column and exit 2', () => {
    expectGolden('config-unknown-rule', ciscope(['lint', 'config-unknown-rule', ...RULES]));
  });
});

describe('internal failure', () => {
  // No input provokes a crash on purpose; a stdout that fails to write (a closed pipe) is the honest stand-in.
  const failingIo = (env: Record<string, string>, stderr: string[]) => ({
    stdout: () => {
      throw new Error('write EPIPE');
    },
    stderr: (text: string) => void stderr.push(text),
    env,
    cwd: FIXTURES,
    isTTY: false,
  });

  it('exits 3 with a one-line message, and a stack trace only with CISCOPE_DEBUG', async () => {
    const stderr: string[] = [];
    expect(await main(['lint', 'pr-without-concurrency', ...RULES], failingIo({}, stderr))).toBe(3);
    expect(stderr.join('')).toBe(
      'ciscope: internal error: write EPIPE\nThis is a bug in ciscope; please report it with the command you ran. Set CISCOPE_DEBUG=1 for a stack trace.\n',
    );
    const debug: string[] = [];
    expect(
      await main(['lint', 'pr-without-concurrency', ...RULES], failingIo({ CISCOPE_DEBUG: '1' }, debug)),
    ).toBe(3);
    expect(debug.join('')).toMatch(/\n\s+at /);
  });
});

describe('usage errors exit 2 with a message and no stack trace', () => {
  it.each([
    ['unknown-option', ['lint', 'clean-pr-workflow', '--bogus']],
    ['unknown-option-hint', ['lint', 'clean-pr-workflow', '--fial-on', 'error']],
    ['unknown-rule', ['lint', 'clean-pr-workflow', '--rule', 'no-such-rule']],
    ['unknown-format', ['lint', 'clean-pr-workflow', '--format', 'xml']],
    ['bad-fail-on', ['lint', 'clean-pr-workflow', '--fail-on', 'warn']],
    ['not-a-directory', ['lint', 'no-such-directory']],
    ['missing-config', ['lint', 'clean-pr-workflow', '--config', 'missing.yml']],
    ['unknown-command', ['lnit']],
  ])('%s', (name, args) => {
    const run = ciscope(args);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expectGolden(`usage-${name}`, run);
  });
});

describe('help, version and rules', () => {
  it('--help names the version and every command', () => {
    const run = ciscope(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      `ciscope ${VERSION} — find and fix the minutes and money GitHub Actions pipelines waste`,
    );
    for (const command of commands)
      expect(run.stdout).toMatch(new RegExp(`^  ${command.name} +${escapeRegExp(command.summary)}$`, 'm'));
    expect(run.stdout).toContain(
      'Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error, 3 internal failure.',
    );
  });

  it('lint --help', () => {
    expectGolden('lint-help', ciscope(['lint', '--help']));
  });

  it('--version prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(ciscope(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('`rules` lists every rule of the registry with its severity and description', () => {
    const run = ciscope(['rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    for (const rule of rules) {
      expect(
        lines.some(
          (line) =>
            line.startsWith(`${rule.id} `) &&
            line.includes(rule.meta.severity) &&
            line.endsWith(rule.meta.description),
        ),
      ).toBe(true);
    }
    expect(lines.at(-1)).toMatch(new RegExp(`^${rules.length} rules\\.`));
  });

  it('`rules --format json` is the versioned list', () => {
    const run = ciscope(['rules', '--format', 'json']);
    const parsed = JSON.parse(run.stdout) as { version: number; rules: { id: string }[] };
    expect(parsed.version).toBe(1);
    expect(parsed.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
  });
});
