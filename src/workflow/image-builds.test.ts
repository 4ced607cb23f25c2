import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { findBuildCommands } from './build-commands.ts';
import { UNKNOWN } from './expressions.ts';
import {
  buildContexts,
  buildDependsOnMatrix,
  buildPlatforms,
  evaluatePlatforms,
  imageBuildsOfJob,
  labelArchitecture,
  platformArchitecture,
  runnerArchitecture,
} from './image-builds.ts';
import type { Job, Repository } from './model.ts';
import { buildRepository, memorySource } from './repository.ts';
import { positionAt } from './source.ts';

function repoOf(workflow: string, files: Record<string, string> = {}): Repository {
  return buildRepository('/repo', memorySource({ '.github/workflows/ci.yml': workflow, ...files }));
}

function firstJob(repo: Repository): Job {
  const job = repo.workflows[0]?.jobs[0];
  if (job === undefined) throw new Error('no job');
  return job;
}

function inputs(script: string): Record<string, string[]>[] {
  return findBuildCommands(script).map((command) => ({
    tool: [command.tool],
    ...Object.fromEntries(command.inputs),
  }));
}

describe('findBuildCommands', () => {
  it('reads flags, continuations and the context of docker build', () => {
    expect(
      inputs(
        'docker build \\\n  --platform=linux/amd64,linux/arm64 \\\n  -f docker/Dockerfile -t app:1 -tapp:latest \\\n  --build-arg V=1 --push .\n',
      ),
    ).toEqual([
      {
        tool: ['docker build'],
        platforms: ['linux/amd64,linux/arm64'],
        file: ['docker/Dockerfile'],
        tags: ['app:1', 'app:latest'],
        'build-args': ['V=1'],
        push: ['true'],
        context: ['.'],
      },
    ]);
  });

  it('finds every build of a script and skips comments, other commands and non-build sub-commands', () => {
    const script = dedent`
      # docker build -t ignored .
      docker compose build --no-cache postgres
      docker compose -f ci/compose.yml build && docker run --rm app
      sudo docker buildx build --target test -o type=docker "\${{ env.CONTEXT }}"
      docker image build -t x ./x; docker buildx bake -f docker-bake.hcl --set '*.platform=linux/arm64' app worker
      docker-compose build
      docker buildx imagetools create -t a b
      echo "docker build is great"
    `;
    expect(inputs(script)).toEqual([
      { tool: ['docker compose build'], 'no-cache': ['true'], services: ['postgres'] },
      { tool: ['docker compose build'], files: ['ci/compose.yml'] },
      {
        tool: ['docker buildx build'],
        target: ['test'],
        outputs: ['type=docker'],
        context: ['${{ env.CONTEXT }}'],
      },
      { tool: ['docker image build'], tags: ['x'], context: ['./x'] },
      {
        tool: ['docker buildx bake'],
        files: ['docker-bake.hcl'],
        set: ['*.platform=linux/arm64'],
        targets: ['app', 'worker'],
      },
      { tool: ['docker-compose build'] },
    ]);
  });

  it('keeps a template with spaces and a command substitution as one word', () => {
    expect(
      inputs('docker build -t app:${{ matrix.version }} -t app:$(git rev-parse --short HEAD) .'),
    ).toEqual([
      {
        tool: ['docker build'],
        tags: ['app:${{ matrix.version }}', 'app:$(git rev-parse --short HEAD)'],
        context: ['.'],
      },
    ]);
  });
});

describe('runner architecture', () => {
  it.each([
    ['ubuntu-latest', 'amd64'],
    ['ubuntu-24.04-arm', 'arm64'],
    ['ubuntu-22.04-arm', 'arm64'],
    ['windows-2022', 'amd64'],
    ['macos-13', 'amd64'],
    ['macos-14', 'arm64'],
    ['macos-latest', 'arm64'],
    ['macos-15-large', 'amd64'],
    ['macos-13-xlarge', 'arm64'],
    ['ARM64', 'arm64'],
    ['X64', 'amd64'],
    ['self-hosted', 'unknown'],
    ['gpu-runner', 'unknown'],
  ])('%s is %s', (label, expected) => {
    expect(labelArchitecture(label)).toBe(expected);
  });

  it('reads lists, runner groups and matrix-chosen runners', () => {
    const repo = repoOf(dedent`
      on: push
      jobs:
        a:
          runs-on: [self-hosted, linux, ARM64]
          steps: [{ run: make }]
        b:
          runs-on: { group: big, labels: [ubuntu-latest] }
          steps: [{ run: make }]
        c:
          runs-on: \${{ matrix.runner }}
          strategy: { matrix: { runner: [ubuntu-24.04, ubuntu-24.04-arm] } }
          steps: [{ run: make }]
        d:
          runs-on: \${{ vars.RUNNER }}
          steps: [{ run: make }]
    `);
    const [a, b, c, d] = repo.workflows[0]?.jobs ?? [];
    expect(runnerArchitecture(a as Job)).toBe('arm64');
    expect(runnerArchitecture(b as Job)).toBe('amd64');
    expect(runnerArchitecture(c as Job, { matrix: { runner: 'ubuntu-24.04-arm' } })).toBe('arm64');
    expect(runnerArchitecture(c as Job, { matrix: { runner: 'ubuntu-24.04' } })).toBe('amd64');
    expect(runnerArchitecture(d as Job, {})).toBe('unknown');
  });

  it('reads the architecture of a platform', () => {
    expect(
      ['linux/amd64', 'linux/arm64/v8', 'linux/arm/v7', 'arm64', 'linux/386'].map(platformArchitecture),
    ).toEqual(['amd64', 'arm64', 'arm', 'arm64', '386']);
  });
});

describe('imageBuildsOfJob', () => {
  it('finds action and run builds, and builds in local composite actions, with their locations', () => {
    const repo = repoOf(
      dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  platforms: linux/amd64
              - run: |
                  echo start
                  docker build -t a .
                  docker compose build
              - uses: ./.github/actions/image
                with: { name: web }
      `,
      {
        '.github/actions/image/action.yml': dedent`
          inputs:
            name: { default: app }
          runs:
            using: composite
            steps:
              - uses: docker/bake-action@v5
                with:
                  targets: \${{ inputs.name }}
        `,
      },
    );
    const builds = imageBuildsOfJob(firstJob(repo), repo);
    expect(
      builds.map((b) => [b.tool, b.at.range.file.path, positionAt(b.at.range.file, b.at.range.start)]),
    ).toEqual([
      ['docker/build-push-action', '.github/workflows/ci.yml', { line: 7, column: 15 }],
      ['docker build', '.github/workflows/ci.yml', { line: 13, column: 11 }],
      ['docker compose build', '.github/workflows/ci.yml', { line: 14, column: 11 }],
      ['docker/bake-action', '.github/actions/image/action.yml', { line: 6, column: 13 }],
    ]);
    expect(builds[1]?.commandsInScript).toBe(2);
    const bake = builds[3];
    if (bake === undefined) throw new Error('no bake build');
    expect(buildContexts(bake, firstJob(repo), repo.workflows[0]?.triggers[0], undefined).inputs).toEqual({
      name: 'web',
    });
  });
});

describe('platforms per trigger', () => {
  it('evaluates env and workflow_dispatch input defaults per trigger (seed 003)', () => {
    const repo = repoOf(dedent`
      on:
        push:
          branches: [main]
        workflow_dispatch:
          inputs:
            platforms:
              default: linux/amd64
      env:
        BUILD_PLATFORMS: \${{ github.event_name == 'workflow_dispatch' && inputs.platforms || 'linux/amd64,linux/arm64' }}
      jobs:
        build-app:
          runs-on: ubuntu-latest
          steps:
            - uses: docker/build-push-action@v6
              with:
                platforms: \${{ env.BUILD_PLATFORMS }}
            - run: docker buildx build --platform $BUILD_PLATFORMS --platform "\${{ secrets.EXTRA }}" .
    `);
    const job = firstJob(repo);
    const [action, run] = imageBuildsOfJob(job, repo);
    expect(
      evaluatePlatforms(action!, job, repo).map((e) => [e.trigger.event, e.runner, e.platforms]),
    ).toEqual([
      ['push', 'amd64', ['linux/amd64', 'linux/arm64']],
      ['workflow_dispatch', 'amd64', ['linux/amd64']],
    ]);
    expect(evaluatePlatforms(run!, job, repo).map((e) => e.platforms)).toEqual([UNKNOWN, UNKNOWN]);
  });

  it('expands shell variables from env, and leaves bake and compose platforms to their files', () => {
    const repo = repoOf(dedent`
      on: pull_request
      jobs:
        a:
          runs-on: ubuntu-latest
          env: { PLATFORMS: linux/arm64 }
          steps:
            - run: docker buildx build --platform \${PLATFORMS} .
            - run: docker buildx bake
            - run: docker buildx bake --set "*.platform=linux/amd64,linux/s390x"
            - run: docker compose build
            - run: docker build .
    `);
    const job = firstJob(repo);
    const trigger = repo.workflows[0]?.triggers[0];
    expect(
      imageBuildsOfJob(job, repo).map((b) => buildPlatforms(b, buildContexts(b, job, trigger, undefined))),
    ).toEqual([['linux/arm64'], UNKNOWN, ['linux/amd64', 'linux/s390x'], UNKNOWN, undefined]);
  });
});

describe('buildDependsOnMatrix', () => {
  const repo = repoOf(dedent`
    on: push
    jobs:
      a:
        runs-on: ubuntu-latest
        strategy: { matrix: { python: ['3.11', '3.12'] } }
        env:
          PY: \${{ matrix.python }}
          IMAGE: app:py\${{ env.PY }}
          UNRELATED: x
        steps:
          - uses: docker/build-push-action@v6
            with: { context: ., tags: app:test }
          - uses: docker/build-push-action@v6
            with: { context: ., build-args: "PYTHON=\${{ matrix.python }}" }
          - uses: docker/build-push-action@v6
            with: { context: ., tags: "\${{ env.IMAGE }}", cache-to: "type=gha,scope=\${{ matrix.python }}" }
          - run: docker build --build-arg PY -t app .
          - run: docker build -t "$IMAGE" .
          - run: docker build -t app .
            working-directory: images/\${{ matrix.python }}
          - run: docker compose build
          - run: docker compose build
            env: { UNRELATED: y }
  `);
  const job = firstJob(repo);
  it('follows matrix reads through env, shell variables, bare --build-arg and working-directory', () => {
    expect(imageBuildsOfJob(job, repo).map((b) => buildDependsOnMatrix(b, job))).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      // a compose file may interpolate `$PY`
      true,
      true,
    ]);
  });
});
