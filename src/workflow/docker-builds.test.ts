import { describe, expect, it } from 'vitest';
import { composeCommand, dockerBuildCommand, dockerBuilds, shellCommands } from './docker-builds.ts';
import { buildRepository, memorySource } from './repository.ts';
import { positionAt } from './source.ts';
import type { Range } from './source.ts';

const at = (range: Range) => positionAt(range.file, range.start);

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
