/**
 * The package as a user gets it: `npm pack`, the tarball installed into an empty project (dependencies from the
 * npm cache, else the registry), then the installed `ciscope` bin and the library — every TypeScript example of
 * docs/library.md type-checked against the shipped declarations and run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyAsRecent } from '../examples/demo-history/replay.mjs';
import { VERSION } from '../src/version.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let work: string;
let project: string;
let tarball: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ciscope-package-'));
  project = join(work, 'consumer');
  mkdirSync(project);
  // What `npm pack` would pack after `prepack`, staged apart: rebuilding dist/ in place would pull it from under
  // the other test files that run the built CLI meanwhile.
  const staging = join(work, 'staging');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--types', '--out', staging], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { files } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
  for (const entry of ['package.json', 'README.md', 'LICENSE', ...files.filter((f) => !f.startsWith('dist'))])
    cpSync(join(ROOT, entry), join(staging, entry), { recursive: true });
  const packed = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: staging,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  tarball = join(work, (JSON.parse(packed) as { filename: string }[])[0]?.filename ?? '');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function ciscope(
  args: readonly string[],
  cwd = project,
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(project, 'node_modules/.bin/ciscope'), args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: work },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed package', () => {
  it('ships the files a user needs and nothing of the repository', () => {
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const file of [
      'package/bin/ciscope.js',
      'package/dist/cli.js',
      'package/dist/index.js',
      'package/dist/types/index.d.ts',
      'package/docs/rules/missing-concurrency.md',
      'package/schema/ciscope.schema.json',
      'package/LICENSE',
      'package/CHANGELOG.md',
      'package/README.md',
    ])
      expect(listed).toContain(file);
    expect(listed.filter((file) => /^package\/(src|test|dist-action)\//.test(file))).toEqual([]);
  });

  it('installs a working `ciscope` bin', () => {
    expect(ciscope(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    cpSync(join(ROOT, 'test/fixtures/pr-without-concurrency'), join(work, 'sample'), { recursive: true });
    const linted = ciscope(['lint', join(work, 'sample'), '--format', 'json']);
    expect(linted.stderr).toBe('');
    expect(linted.code).toBe(1);
    const report = JSON.parse(linted.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map((finding) => finding.ruleId)).toContain('missing-concurrency');
  });

  it('type-checks and runs every example of docs/library.md against the installed package', () => {
    const examples = [
      ...readFileSync(join(ROOT, 'docs/library.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm),
    ].map((match) => match[1] ?? '');
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const dir = join(project, 'examples');
    mkdirSync(dir);
    examples.forEach((code, i) => writeFileSync(join(dir, `example-${i + 1}.ts`), code));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          // The shipped declarations are checked too: a consumer may not skip them.
          skipLibCheck: false,
          typeRoots: [join(ROOT, 'node_modules/@types')],
          types: ['node'],
        },
        include: ['examples'],
      }),
    );
    const checked = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project],
      {
        encoding: 'utf8',
      },
    );
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);

    // The examples run in a copy of the demo repository, with its recorded history imported by the installed bin.
    const demo = join(work, 'demo');
    cpSync(join(ROOT, 'examples/demo'), demo, { recursive: true });
    const history = join(work, 'history');
    copyAsRecent(history);
    const db = join(work, 'history.duckdb');
    expect(ciscope(['import', history, '--repo', 'flowmesh/flowmesh', '--db', db, '--quiet']).code).toBe(0);
    const outputs: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      const script = join(dir, file.replace(/\.ts$/, '.mjs'));
      writeFileSync(script, outputText);
      const run = spawnSync(process.execPath, [script], {
        cwd: demo,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: work, CISCOPE_DB: db },
      });
      expect({ file, stderr: run.stderr }).toEqual({ file, stderr: '' });
      expect(run.status, file).toBe(0);
      outputs.push(run.stdout);
    }
    // What each example prints, on the demo repository (which has findings of every kind the examples ask for).
    expect(outputs).toEqual([
      expect.stringMatching(
        /^\.github\/workflows\/\S+:\d+:\d+ warning [^\n]+ \(missing-concurrency\)$[\s\S]*^\d+ findings, 0 errors$/m,
      ),
      expect.stringMatching(/^[1-9]\d* findings, 0 of them errors\n$/),
      expect.stringMatching(/^would change \S[\s\S]*^- \S+:\d+ /m),
      expect.stringMatching(/: \d+ runner-minutes a week, [1-9]\d* runs$/m),
    ]);
  });
});
