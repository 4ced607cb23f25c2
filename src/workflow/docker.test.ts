import { describe, expect, it } from 'vitest';
import {
  bakeTargetsBuilt,
  composeCommand,
  contextBindMounts,
  contextCopy,
  copiesPath,
  dockerBuildCommand,
  dockerBuilds,
  dockerignoreExcludes,
  dockerignoreFor,
  parseBakeFile,
  parseComposeFile,
  parseDockerfile,
  parseDockerignore,
  runCommands,
  shellCommands,
} from './docker.ts';
import type { ModelProblem } from './model.ts';
import { buildRepository, memorySource } from './repository.ts';
import { positionAt } from './source.ts';
import type { Range } from './source.ts';

const ignore = (text: string) => parseDockerignore({ path: '.dockerignore', text }, '.');
const excluded = (text: string, path: string) => dockerignoreExcludes(ignore(text), path)?.pattern;
const at = (range: Range) => positionAt(range.file, range.start);

describe('parseDockerignore', () => {
  it('treats `#` as a comment only in the first column, trims lines and cleans patterns', () => {
    const parsed = ignore('# comment\n  build/  \n #not-a-comment\n!./keep/\n/abs//path/\n\n');
    expect(parsed.patterns.map((p) => [p.pattern, p.negated])).toEqual([
      ['build', false],
      ['#not-a-comment', false],
      ['keep', true],
      ['abs/path', false],
    ]);
    expect(at(parsed.patterns[0]!.range)).toEqual({ line: 2, column: 3 });
  });
});

describe('dockerignoreExcludes (moby/patternmatcher semantics)', () => {
  it.each([
    ['.python-version\n', '.python-version', '.python-version'],
    ['/.python-version/\n', '.python-version', '.python-version'],
    ['.*\n', '.python-version', '.*'],
    ['.*\n!.python-version\n', '.python-version', undefined],
    ['!.python-version\n.*\n', '.python-version', '.*'],
    ['*\n!src\n', 'src/main.rs', undefined],
    ['*\n!src\n', 'Cargo.toml', '*'],
    ['build\n', 'build/out/app.js', 'build'],
    ['**/*.pyc\n', 'a/b/c.pyc', '**/*.pyc'],
    ['**/*.pyc\n', 'c.pyc', '**/*.pyc'],
    ['docs/**\n', 'docs/a/b.md', 'docs/**'],
    ['a/**/b\n', 'a/b', 'a/**/b'],
    ['a/**/b\n', 'a/x/y/b', 'a/**/b'],
    ['*.md\n', 'docs/readme.md', undefined],
    ['?ython-version\n', 'python-version', '?ython-version'],
    ['[.]python-version\n', '.python-version', '[.]python-version'],
    ['\\*\n', 'x', undefined],
    ['\\*\n', '*', '\\*'],
  ])('%j excludes %s → %s', (text, path, expected) => {
    expect(excluded(text, path)).toBe(expected);
  });
});

describe('dockerignoreFor', () => {
  const files = ['Dockerfile.dockerignore', '.dockerignore', 'web/.dockerignore'].map((path) =>
    parseDockerignore({ path, text: 'x\n' }, path.includes('/') ? 'web' : '.'),
  );
  it('prefers <Dockerfile>.dockerignore, then the context root', () => {
    expect(dockerignoreFor(files, 'Dockerfile', '.')?.file.path).toBe('Dockerfile.dockerignore');
    expect(dockerignoreFor(files, 'ci/Dockerfile', '.')?.file.path).toBe('.dockerignore');
    expect(dockerignoreFor(files, 'web/Dockerfile', 'web')?.file.path).toBe('web/.dockerignore');
    expect(dockerignoreFor(files, 'api/Dockerfile', 'api')).toBeUndefined();
  });
});

describe('parseBakeFile', () => {
  const hcl = parseBakeFile({
    path: 'docker-bake.hcl',
    text: [
      '// target "commented" { cache-from = ["x"] }',
      'variable "TAG" { default = "latest" }',
      'group "default" {',
      '  targets = ["app", "worker"]',
      '}',
      'target "_common" {',
      '  cache-from = ["type=gha"]',
      '  args = { NOTE = "a } brace in a string" }',
      '}',
      'target "app" {',
      '  inherits = ["_common"]',
      '  context    = "./app"',
      '  dockerfile = "Dockerfile.prod"',
      '  tags = ["app:${TAG}"]',
      '}',
      'target "worker" {',
      '  cache-to = [',
      '    "type=gha,mode=max",',
      '  ]',
      '  context = "${ROOT}/worker"',
      '}',
      '',
    ].join('\n'),
  });

  it('reads targets, groups, inherits and literal paths, skipping comments and strings', () => {
    expect(hcl.targets).toEqual(['_common', 'app', 'worker']);
    expect(hcl.hasCache).toBe(true);
    expect([...hcl.groups]).toEqual([['default', ['app', 'worker']]]);
    const app = hcl.targetDefinitions.find((t) => t.name === 'app');
    expect(app).toMatchObject({
      inherits: ['_common'],
      context: './app',
      dockerfile: 'Dockerfile.prod',
      cache: [],
    });
    expect(hcl.targetDefinitions.find((t) => t.name === 'worker')?.context).toBeUndefined();
  });

  it('locates cache attributes', () => {
    const [common, , worker] = hcl.targetDefinitions;
    expect(common?.cache.map((c) => [c.value, at(c.range)])).toEqual([
      ['cache-from', { line: 7, column: 3 }],
    ]);
    expect(worker?.cache.map((c) => [c.value, at(c.range)])).toEqual([['cache-to', { line: 17, column: 3 }]]);
    expect(at(common!.range)).toEqual({ line: 6, column: 1 });
  });

  it('expands groups and inherits for the targets a run builds', () => {
    expect(bakeTargetsBuilt([hcl], [])?.map((t) => t.name)).toEqual(['app', '_common', 'worker']);
    expect(bakeTargetsBuilt([hcl], ['worker'])?.map((t) => t.name)).toEqual(['worker']);
    expect(bakeTargetsBuilt([hcl], ['missing'])).toBeUndefined();
  });

  it('reads a one-line block', () => {
    const oneLine = parseBakeFile({
      path: 'docker-bake.hcl',
      text: 'target "x" { cache-to = ["type=gha"] }\ntarget "y" {\n  args = { cache-from = "not an attribute of y" }\n}\n',
    });
    expect(oneLine.targetDefinitions[0]?.cache.map((c) => at(c.range))).toEqual([{ line: 1, column: 14 }]);
    expect(oneLine.targetDefinitions[1]?.cache).toEqual([]);
  });

  it('reads JSON bake files', () => {
    const json = parseBakeFile({
      path: 'docker-bake.json',
      text: '{\n  "group": { "default": { "targets": ["api"] } },\n  "target": {\n    "api": { "cache-to": ["type=gha"], "context": "api" }\n  }\n}\n',
    });
    expect(json.targets).toEqual(['api']);
    expect(json.targetDefinitions[0]?.context).toBe('api');
    expect(json.targetDefinitions[0]?.cache.map((c) => at(c.range))).toEqual([{ line: 4, column: 14 }]);
    expect(parseBakeFile({ path: 'docker-bake.json', text: '{ broken' }).targets).toEqual([]);
  });
});

describe('parseComposeFile', () => {
  it('exposes x-bake cache keys, compose cache keys and build paths', () => {
    const problems: ModelProblem[] = [];
    const compose = parseComposeFile(
      {
        path: 'deploy/docker-compose.yml',
        text: [
          'services:',
          '  api:',
          '    build:',
          '      context: ../api',
          '      dockerfile: docker/Dockerfile',
          '      cache_from: [type=gha]',
          '      x-bake:',
          '        cache-from: [type=gha]',
          '        cache-to: [type=gha]',
          '  web:',
          '    build: ./web',
          '  db:',
          '    image: postgres',
          '',
        ].join('\n'),
      },
      problems,
    );
    expect(problems).toEqual([]);
    const [api, web, db] = compose!.services;
    expect(api?.xBakeCache.map((k) => k.value)).toEqual(['cache-from', 'cache-to']);
    expect(api?.buildCache.map((k) => k.value)).toEqual(['cache_from']);
    expect([api?.context, api?.dockerfile]).toEqual(['api', 'api/docker/Dockerfile']);
    expect([web?.context, web?.dockerfile]).toEqual(['deploy/web', 'deploy/web/Dockerfile']);
    expect([db?.context, db?.xBakeCache]).toEqual([undefined, []]);
  });
});

describe('shellCommands', () => {
  const script = (value: string, text = value) => ({
    value,
    range: { file: { path: 'x', text }, start: 0, end: text.length },
  });

  it('splits commands, joins continuations and takes prefix assignments', () => {
    const commands = shellCommands(
      script('export A=1\nCOMPOSE_BAKE=true docker compose \\\n  build && echo "a; b" # note\n'),
    );
    expect(commands.map((c) => c.words)).toEqual([
      ['export', 'A=1'],
      ['docker', 'compose', 'build'],
      ['echo', 'a; b'],
    ]);
    expect(commands[1]?.assignments.get('COMPOSE_BAKE')).toBe('true');
    expect(at(commands[1]!.range)).toEqual({ line: 2, column: 1 });
  });

  it('keeps command substitutions in one word and drops reserved words', () => {
    const commands = shellCommands(script('if true; then X="$(command -v "$(tool)-x")" cargo build; fi'));
    expect(commands.map((c) => c.words)).toEqual([['true'], ['cargo', 'build']]);
    expect(commands[1]?.assignments.get('X')).toBe('$(command -v "$(tool)-x")');
  });
});

describe('docker and compose command lines', () => {
  it('reads `docker build` files and contexts', () => {
    expect(dockerBuildCommand(['docker', 'build', '-t', 'x', '-f', 'ci/Dockerfile', '.'])).toEqual({
      file: 'ci/Dockerfile',
      context: '.',
    });
    expect(dockerBuildCommand(['docker', 'buildx', 'build', '--file=a.Dockerfile', '--push', 'app'])).toEqual(
      { file: 'a.Dockerfile', context: 'app' },
    );
    expect(dockerBuildCommand(['docker', 'run', 'x'])).toBeUndefined();
  });

  it('reads `docker compose` files, sub-command and arguments', () => {
    expect(
      composeCommand(['docker', 'compose', '-f', 'a.yml', '--file=b.yml', '-p', 'x', 'build', 'api']),
    ).toEqual({
      files: ['a.yml', 'b.yml'],
      subcommand: 'build',
      args: ['api'],
    });
    expect(composeCommand(['docker-compose', 'up', '--build'])).toEqual({
      files: [],
      subcommand: 'up',
      args: ['--build'],
    });
  });
});

describe('Dockerfile instructions', () => {
  const dockerfile = parseDockerfile({
    path: 'Dockerfile',
    text: [
      'FROM python:3.12 AS base',
      'COPY --chown=app --exclude=*.md . /app',
      'COPY --from=base /a /b',
      'ADD ["pyproject.toml", "uv.lock", "/app/"]',
      'COPY .python-* ./',
      'COPY <<EOF /etc/conf',
      'x',
      'EOF',
      'RUN --mount=type=cache,target=/root/.cache --mount=target=/src \\',
      '    --mount=type=bind,source=uv.lock,target=uv.lock uv sync && uv run x',
      '',
    ].join('\n'),
  });
  const [, copyAll, copyFrom, add, glob, heredoc, run] = dockerfile.instructions;

  it('reads context copies and what they bring in', () => {
    expect(contextCopy(copyAll!)).toEqual({ sources: ['.'], excludes: ['*.md'] });
    expect(copiesPath(contextCopy(copyAll!)!, '.python-version')).toBe(true);
    expect(copiesPath(contextCopy(copyAll!)!, 'README.md')).toBe(false);
    expect(contextCopy(copyFrom!)).toBeUndefined();
    expect(contextCopy(add!)?.sources).toEqual(['pyproject.toml', 'uv.lock']);
    expect(copiesPath(contextCopy(glob!)!, '.python-version')).toBe(true);
    expect(contextCopy(heredoc!)).toBeUndefined();
  });

  it('reads bind mounts of the context and the commands of a RUN', () => {
    expect(contextBindMounts(run!)).toEqual(['.', 'uv.lock']);
    expect(runCommands(run!)).toEqual([
      ['uv', 'sync'],
      ['uv', 'run', 'x'],
    ]);
  });
});

describe('dockerBuilds', () => {
  it('collects builds from steps, compose, bake, Dockerfile comments and the root Dockerfile', () => {
    const repo = buildRepository(
      '/repo',
      memorySource({
        '.github/workflows/ci.yml': [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - run: docker build -f docker/api.Dockerfile services/api',
          '        working-directory: .',
          '      - uses: docker/build-push-action@v6',
          '        with:',
          '          context: "{{defaultContext}}:web"',
          '      - run: docker build .',
          '        working-directory: ${{ matrix.dir }}',
          '',
        ].join('\n'),
        'compose.yaml': 'services:\n  worker:\n    build: ./worker\n',
        'docker-bake.hcl':
          'target "_base" {\n  context = "tools"\n}\ntarget "tools" {\n  inherits = ["_base"]\n  dockerfile = "ci.Dockerfile"\n}\n',
        '.github/runners/Dockerfile': '# docker build -t r \\\n#   -f .github/runners/Dockerfile .\nFROM x\n',
        Dockerfile: 'FROM x\n',
        'lonely/Dockerfile': 'FROM x\n',
      }),
    );
    expect(dockerBuilds(repo).map((b) => `${b.dockerfile} @ ${b.context}`)).toEqual([
      'docker/api.Dockerfile @ services/api',
      'web/Dockerfile @ web',
      'worker/Dockerfile @ worker',
      'tools/ci.Dockerfile @ tools',
      '.github/runners/Dockerfile @ .',
      'Dockerfile @ .',
    ]);
  });
});
