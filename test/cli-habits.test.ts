/**
 * The command-line habits users bring from eslint, actionlint and zizmor: --output, --no-color, --max-warnings,
 * --baseline/--write-baseline, --ignore, hints for typos, `explain`, shell completions, and the `$schema` URL.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { CONFIG_SCHEMA_ID } from '../src/config/config-schema.ts';
import { rules } from '../src/rules/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKFLOW = `name: unit-tests
on:
  pull_request:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
      - run: make test
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-habits-'));
  cpSync(join(ROOT, 'test/fixtures/pr-without-concurrency'), join(dir, 'repo'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function ciscope(
  argv: string[],
  env: Record<string, string> = {},
  isTTY = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { HOME: dir, ...env },
    cwd: dir,
    isTTY,
  });
  return { code, stdout, stderr };
}

const ruleIds = (json: string): string[] =>
  (JSON.parse(json) as { findings: { ruleId: string; line: number }[] }).findings.map(
    (finding) => `${finding.ruleId}:${finding.line}`,
  );

describe('lint options', () => {
  it('--output writes the report to a file, without colours, and prints nothing', async () => {
    const result = await ciscope(['lint', 'repo', '--output', 'report.txt'], { FORCE_COLOR: '1' });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const report = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(report).toContain('missing-concurrency');
    expect(report).not.toContain('\u001b[');
  });

  it('--no-color wins over a terminal and FORCE_COLOR; --color colours without one', async () => {
    expect((await ciscope(['lint', 'repo'], {}, true)).stdout).toContain('\u001b[');
    expect((await ciscope(['lint', 'repo', '--no-color'], { FORCE_COLOR: '1' }, true)).stdout).not.toContain(
      '\u001b[',
    );
    expect((await ciscope(['lint', 'repo', '--color'])).stdout).toContain('\u001b[');
  });

  it('--max-warnings N lets up to N warnings pass and fails beyond', async () => {
    // Two warnings: missing-permissions and missing-concurrency.
    expect(ruleIds((await ciscope(['lint', 'repo', '--format', 'json'])).stdout)).toEqual([
      'missing-permissions:2',
      'missing-concurrency:3',
    ]);
    expect((await ciscope(['lint', 'repo', '--max-warnings', '2'])).code).toBe(0);
    expect((await ciscope(['lint', 'repo', '--max-warnings', '1'])).code).toBe(1);
    expect((await ciscope(['lint', 'repo', '--max-warnings', 'many'])).stderr).toBe(
      'ciscope: --max-warnings takes a whole number, not `many`\n',
    );
  });

  it('--ignore GLOB drops the findings of matching files', async () => {
    const result = await ciscope(['lint', 'repo', '--ignore', '.github/workflows/*.yml', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(ruleIds(result.stdout)).toEqual([]);
  });

  it('--baseline reports only findings that are new, matched by line text and not line number', async () => {
    const written = await ciscope(['lint', 'repo', '--write-baseline', 'baseline.json']);
    expect(written).toEqual({ code: 0, stdout: '', stderr: 'ciscope: wrote 2 findings to baseline.json\n' });
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'))).toEqual({
      version: 1,
      findings: [
        { ruleId: 'missing-concurrency', file: '.github/workflows/ci.yml', line: 'pull_request:', count: 1 },
        { ruleId: 'missing-permissions', file: '.github/workflows/ci.yml', line: 'on:', count: 1 },
      ],
    });
    // Lines added above move both findings; they stay known. A second workflow brings two new ones.
    writeFileSync(join(dir, 'repo/.github/workflows/ci.yml'), `# unit tests\n\n${WORKFLOW}`);
    writeFileSync(join(dir, 'repo/.github/workflows/other.yml'), WORKFLOW.replace('unit-tests', 'other'));
    const result = await ciscope(['lint', 'repo', '--baseline', 'baseline.json', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(
      (JSON.parse(result.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file),
    ).toEqual(['.github/workflows/other.yml', '.github/workflows/other.yml']);
    writeFileSync(join(dir, 'bad.json'), '{"version": 2}');
    expect((await ciscope(['lint', 'repo', '--baseline', 'bad.json'])).stderr).toBe(
      'ciscope: bad.json: not a ciscope baseline (write one with --write-baseline)\n',
    );
  });
});

describe('mistakes get one line and a hint', () => {
  it.each([
    [['lint', 'repo', '--max-warning', '3'], "unknown option '--max-warning'; did you mean --max-warnings?"],
    [['lint', 'repo', '--no-colour'], "unknown option '--no-colour'; did you mean --no-color?"],
    [['explain', 'missing-timout'], 'unknown rule `missing-timout`; did you mean missing-timeout?'],
    [['explian'], 'unknown command `explian`; did you mean explain?'],
  ])('%j', async (argv, message) => {
    const result = await ciscope(argv);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toContain(message);
  });
});

describe('ciscope explain RULE', () => {
  it.each(rules.map((rule) => rule.id))('prints the shipped docs of %s', async (id) => {
    const result = await ciscope(['explain', id]);
    expect(result.code).toBe(0);
    const page = readFileSync(join(ROOT, 'docs/rules', `${id}.md`), 'utf8');
    expect(result.stdout).toBe(`${page.replace(/^<!--.*-->\n/gm, '').replace(/\n*$/, '')}\n`);
    expect(result.stdout).toMatch(/^# /);
  });
});

describe('ciscope completion', () => {
  it('writes a bash script that completes commands, options and rule ids', async () => {
    writeFileSync(join(dir, 'ciscope.bash'), (await ciscope(['completion', 'bash'])).stdout);
    const complete = (words: string[]): string[] => {
      const run = spawnSync(
        'bash',
        [
          '-c',
          `source ciscope.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _ciscope; printf '%s\\n' "\${COMPREPLY[@]}"`,
        ],
        { encoding: 'utf8', cwd: dir },
      );
      expect(run.stderr).toBe('');
      return run.stdout.split('\n').filter((line) => line !== '');
    };
    expect(complete(['ciscope', 'lint', '--rule', 'missing-t'])).toEqual(['missing-timeout']);
    expect(complete(['ciscope', 'explain', 'qemu-'])).toEqual(['qemu-emulated-build', 'qemu-setup-unused']);
    expect(complete(['ciscope', 'lint', '--max-w'])).toEqual(['--max-warnings']);
    expect(complete(['ciscope', 'compl'])).toEqual(['completion']);
  });

  it('knows every rule id in the zsh and fish scripts too, and rejects other shells', async () => {
    for (const shell of ['zsh', 'fish']) {
      const script = (await ciscope(['completion', shell])).stdout;
      for (const rule of rules) expect(script).toContain(rule.id);
    }
    expect((await ciscope(['completion', 'powershell'])).stderr).toBe(
      'ciscope: completion takes one of bash, zsh, fish, not `powershell`\n',
    );
  });
});

describe('the configuration schema', () => {
  it('has a $schema URL that serves the JSON file of this repository', () => {
    // raw.githubusercontent.com serves a file's bytes; a github.com/…/blob/ URL serves an HTML page.
    expect(CONFIG_SCHEMA_ID).toBe(
      'https://raw.githubusercontent.com/ciscope/ciscope/main/schema/ciscope.schema.json',
    );
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/ciscope.schema.json'), 'utf8')) as {
      $id: string;
    };
    expect(schema.$id).toBe(CONFIG_SCHEMA_ID);
    expect(readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8')).toContain(
      `# yaml-language-server: $schema=${CONFIG_SCHEMA_ID}`,
    );
  });
});
