import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepository, loadRepository, memorySource } from './repository.ts';
import { positionAt } from './source.ts';

const WORKFLOW =
  'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/setup\n';

describe('buildRepository', () => {
  const repo = buildRepository(
    '/repo',
    memorySource({
      '.github/workflows/ci.yml': WORKFLOW,
      '.github/workflows/release.yaml': 'on: release\njobs: {}\n',
      '.github/workflows/nested/skip.yml': 'not: a workflow\n',
      '.github/workflows/README.md': '# docs\n',
      '.github/actions/setup/action.yml':
        'runs:\n  using: composite\n  steps:\n    - run: make\n      shell: bash\n',
      'tools/lint/action.yaml': 'runs:\n  using: node20\n  main: index.js\n',
      Dockerfile: 'FROM python:3.12\nARG UV_VERSION=0.11.8\n',
      'docker/api.Dockerfile': 'FROM node:22\n',
      'Dockerfile.test': 'FROM oven/bun:1\n',
      'docker-compose.yml': 'services:\n  api:\n    build: .\n',
      'compose.override.yaml': 'services: {}\n',
      'docker-bake.hcl': 'target "app" {\n  cache-from = ["type=gha"]\n}\n',
      '.dockerignore': '.git\n',
      'api/.dockerignore': '*.md\n',
      '.python-version': '3.12\n',
      'package.json': '{ "packageManager": "pnpm@9.12.0" }',
      'sub/package.json': '{ "packageManager": "pnpm@8.0.0" }',
    }),
  );

  it('finds the workflows directly in .github/workflows, .yml and .yaml', () => {
    expect(repo.workflows.map((w) => w.file.path)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/release.yaml',
    ]);
  });

  it('loads local actions under .github/actions, and the ones steps use elsewhere only when used', () => {
    expect([...repo.actions.keys()]).toEqual(['.github/actions/setup']);
    expect(repo.actions.get('.github/actions/setup')?.using).toBe('composite');
  });

  it('finds Dockerfiles, compose, bake and .dockerignore files by name', () => {
    expect(repo.dockerfiles.map((d) => d.file.path)).toEqual([
      'Dockerfile',
      'Dockerfile.test',
      'docker/api.Dockerfile',
    ]);
    expect(repo.composeFiles.map((c) => c.file.path)).toEqual([
      'compose.override.yaml',
      'docker-compose.yml',
    ]);
    expect(repo.composeFiles[1]?.services.map((s) => s.name)).toEqual(['api']);
    expect(repo.bakeFiles).toMatchObject([{ targets: ['app'], hasCache: true }]);
    expect(repo.dockerignores.map((d) => [d.file.path, d.dir])).toEqual([
      ['.dockerignore', '.'],
      ['api/.dockerignore', 'api'],
    ]);
  });

  it('collects pinned tool versions, from the root package.json only', () => {
    expect(repo.pinnedTools.map((p) => `${p.tool}@${p.version} ${p.at.range.file.path}`).sort()).toEqual([
      'pnpm@9.12.0 package.json',
      'python@3.12 .python-version',
      'uv@0.11.8 Dockerfile',
    ]);
  });

  it('has no problems, and lists every file it read', () => {
    expect(repo.problems).toEqual([]);
    expect(repo.files.map((f) => f.path)).toContain('.github/actions/setup/action.yml');
    expect(repo.files.map((f) => f.path)).not.toContain('.github/workflows/README.md');
  });

  it('reads other files on request, never outside the root', () => {
    expect(repo.readText('./Dockerfile.test')).toBe('FROM oven/bun:1\n');
    expect(repo.readText('../etc/passwd')).toBeUndefined();
    expect(repo.readText('/etc/passwd')).toBeUndefined();
    expect(repo.readText('missing')).toBeUndefined();
  });

  it('loads a local action a step uses outside .github/actions', () => {
    const used = buildRepository(
      '/repo',
      memorySource({
        '.github/workflows/ci.yml':
          'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./tools/lint/\n',
        'tools/lint/action.yaml': 'runs:\n  using: node20\n  main: index.js\n',
      }),
    );
    expect([...used.actions.keys()]).toEqual(['tools/lint']);
  });

  it('reads only the workflows it is given, when given some', () => {
    const only = buildRepository(
      '/repo',
      memorySource({ 'a.yml': 'on: push\njobs: {}\n', '.github/workflows/ci.yml': WORKFLOW }),
      {
        workflowPaths: ['a.yml'],
      },
    );
    expect(only.workflows.map((w) => w.file.path)).toEqual(['a.yml']);
  });
});

describe('compose files', () => {
  // getsentry/self-hosted's docker-compose.yml: Compose applies merge keys, unlike GitHub Actions.
  it('applies YAML merge keys', () => {
    const repo = buildRepository(
      '/repo',
      memorySource({
        'docker-compose.yml':
          'x-base: &base\n  restart: unless-stopped\n  build: .\nservices:\n  web:\n    <<: *base\n    image: web\n',
      }),
    );
    expect(repo.problems).toEqual([]);
    expect(repo.composeFiles[0]?.services).toMatchObject([
      { name: 'web', image: { value: 'web' }, build: { value: '.' } },
    ]);
  });
});

describe('problems', () => {
  it('turns an unreadable workflow and a broken compose file into parse errors and goes on', () => {
    const repo = buildRepository(
      '/repo',
      memorySource({ '.github/workflows/ok.yml': WORKFLOW, 'compose.yml': 'services: [\n' }),
      {
        workflowPaths: ['.github/workflows/gone.yml', '.github/workflows/ok.yml'],
      },
    );
    expect(repo.workflows.map((w) => w.file.path)).toEqual(['.github/workflows/ok.yml']);
    expect(repo.problems.map((p) => [p.ruleId, p.range.file.path])).toEqual([
      ['parse-error', '.github/workflows/gone.yml'],
      ['parse-error', 'compose.yml'],
    ]);
  });
});

describe('encodings', () => {
  it('drops a byte order mark, so that positions start at column 1', () => {
    const repo = buildRepository('/repo', memorySource({ '.github/workflows/ci.yml': `\uFEFF${WORKFLOW}` }));
    const [workflow] = repo.workflows;
    expect(repo.problems).toEqual([]);
    expect(workflow?.triggers.map((t) => t.event)).toEqual(['push']);
    expect(positionAt(workflow!.file, workflow!.onKey!.range.start)).toEqual({ line: 1, column: 1 });
  });

  it('locates keys of a CRLF file on the same lines and columns as in its LF twin', () => {
    const lf = buildRepository('/repo', memorySource({ '.github/workflows/ci.yml': WORKFLOW })).workflows[0]!;
    const crlf = buildRepository(
      '/repo',
      memorySource({ '.github/workflows/ci.yml': WORKFLOW.replace(/\n/g, '\r\n') }),
    ).workflows[0]!;
    const where = (w: typeof lf) => w.jobs[0]!.steps.map((s) => positionAt(w.file, s.uses!.range.start));
    expect(where(crlf)).toEqual(where(lf));
    expect(crlf.jobs[0]?.steps[0]?.uses?.value).toBe('./.github/actions/setup');
  });
});

describe('loadRepository', () => {
  const root = mkdtempSync(join(tmpdir(), 'ciscope-repository-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks the disk, skipping dependency folders, and reports paths with `/`', () => {
    for (const [path, text] of Object.entries({
      '.github/workflows/ci.yml': WORKFLOW,
      '.github/actions/setup/action.yml': 'runs:\n  using: composite\n  steps: []\n',
      'node_modules/pkg/Dockerfile': 'FROM scratch\n',
      'services/api/Dockerfile': 'FROM node:22\n',
    })) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const repo = loadRepository(root);
    expect(repo.root).toBe(root);
    expect(repo.workflows.map((w) => w.file.path)).toEqual(['.github/workflows/ci.yml']);
    expect(repo.dockerfiles.map((d) => d.file.path)).toEqual(['services/api/Dockerfile']);
    expect(repo.problems).toEqual([]);
  });
});
