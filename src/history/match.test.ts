import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { buildRepository, memorySource } from '../workflow/repository.ts';
import type { Workflow } from '../workflow/model.ts';
import { matchStep, stepIgnoresMatrix, WorkflowMatcher } from './match.ts';

function workflow(text: string): Workflow {
  const repo = buildRepository('/repo', memorySource({ '.github/workflows/ci.yml': text }));
  return repo.workflows[0]!;
}

const CI = workflow(dedent`
  on: push
  jobs:
    build:
      runs-on: \${{ matrix.os }}
      strategy:
        matrix:
          os: [ubuntu-latest, windows-latest]
          node: [20, 22]
      steps:
        - uses: actions/checkout@v4
        - name: Install \${{ matrix.node }}
          run: npm ci
        - run: |
            npm test
            npm run lint
        - run: echo \${{ matrix.os }}
    lint:
      name: Lint code
      runs-on: ubuntu-latest
      steps:
        - run: npm run lint
        - name: Build test image
          run: docker build -t test .
    test:
      name: test-\${{ matrix.shard }}
      runs-on: ubuntu-latest
      strategy:
        matrix:
          shard: [1, 2]
      steps:
        - run: npm test
    dynamic:
      runs-on: ubuntu-latest
      strategy:
        matrix: \${{ fromJSON(needs.setup.outputs.matrix) }}
      steps:
        - run: make
    release:
      uses: ./.github/workflows/release.yml
`);

describe('WorkflowMatcher', () => {
  const matcher = new WorkflowMatcher(CI);
  it.each([
    ['build (ubuntu-latest, 20)', 'build', 0],
    ['build (windows-latest, 22)', 'build', 3],
    ['Lint code', 'lint', undefined],
    ['test-2', 'test', 1],
    ['dynamic (linux, x64)', 'dynamic', undefined],
    ['release / publish', 'release', undefined],
  ])('%s is job %s', (name, id, combination) => {
    const match = matcher.matchJob(name);
    expect(match?.job.id).toBe(id);
    expect(match?.combination).toBe(combination);
  });
  it('leaves unknown names unmatched', () => {
    expect(matcher.matchJob('build (macos-latest, 20)')).toBeUndefined();
    expect(matcher.matchJob('deploy')).toBeUndefined();
    expect(matcher.matchJob('lint')).toBeUndefined();
  });
});

describe('matchStep', () => {
  const build = CI.jobsById.get('build')!;
  const combination = build.matrix!.combinations![1]!;
  it.each([
    ['Run actions/checkout@v4', 0, false],
    ['Post Run actions/checkout@v4', 0, true],
    ['Install 22', 1, false],
    ['Run npm test', 2, false],
  ])('%s is step %i', (name, index, post) => {
    const match = matchStep(build, name, combination);
    expect(match).not.toBe('runner');
    expect(match === 'runner' ? undefined : match?.step.index).toBe(index);
    expect(match === 'runner' ? undefined : match?.post).toBe(post);
  });
  it('knows the runner steps and leaves unknown steps unmatched', () => {
    expect(matchStep(build, 'Set up job')).toBe('runner');
    expect(matchStep(build, 'Complete job')).toBe('runner');
    expect(matchStep(build, 'Run npm run build')).toBeUndefined();
  });
  it("prefers the job's own step to the runner's `Build …`/`Pull …` container steps", () => {
    const lint = CI.jobsById.get('lint')!;
    const own = matchStep(lint, 'Build test image');
    expect(own === 'runner' ? 'runner' : own?.step.index).toBe(1);
    expect(
      matchStep(lint, "Build container for action use: '/home/runner/work/_actions/o/a/v1/Dockerfile'."),
    ).toBe('runner');
    expect(matchStep(lint, 'Pull ghcr.io/o/a:1')).toBe('runner');
  });
});

describe('stepIgnoresMatrix', () => {
  it('is true only for steps that read nothing of the matrix', () => {
    expect(CI.jobsById.get('build')!.steps.map(stepIgnoresMatrix)).toEqual([true, false, true, false]);
  });
});
