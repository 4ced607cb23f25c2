import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { UNKNOWN } from './expressions.ts';
import type { Workflow } from './model.ts';
import { parseActionRef, parseLocalAction, parseWorkflow } from './parse-workflow.ts';
import { positionAt } from './source.ts';

const PATH = '.github/workflows/ci.yml';

function parse(text: string) {
  const file = { path: PATH, text };
  const { model, problems } = parseWorkflow(file);
  return {
    model,
    problems: problems.map((p) => ({
      ruleId: p.ruleId,
      message: p.message,
      ...positionAt(file, p.range.start),
    })),
  };
}

function workflowOf(text: string): Workflow {
  const { model, problems } = parse(text);
  expect(problems).toEqual([]);
  if (model === undefined) throw new Error('no model');
  return model;
}

describe('triggers', () => {
  it.each([
    ['on: push', ['push']],
    ['on: [push, pull_request]', ['push', 'pull_request']],
    ['on:\n  push:\n  pull_request:\n    branches: [main]', ['push', 'pull_request']],
  ])('%j', (on, events) => {
    expect(workflowOf(`${on}\njobs: {}\n`).triggers.map((t) => t.event)).toEqual(events);
  });

  it('reads filters as lists, and keeps "absent" distinct from "empty"', () => {
    const [push, pr] = workflowOf(dedent`
      on:
        push:
          branches: main
          tags: ['v*']
        pull_request:
          paths-ignore: [docs/**]
      jobs: {}
    `).triggers;
    expect(push).toMatchObject({
      branches: ['main'],
      tags: ['v*'],
      branchesIgnore: undefined,
      paths: undefined,
    });
    expect(pr).toMatchObject({ branches: undefined, config: expect.anything() });
  });

  it('reads dispatch and call inputs, an expression default being unknown', () => {
    const [dispatch] = workflowOf(dedent`
      on:
        workflow_dispatch:
          inputs:
            platforms: { type: string, default: linux/amd64 }
            debug: { type: boolean, default: false }
            ref: { default: '\${{ github.sha }}' }
            none: { type: string }
      jobs: {}
    `).triggers;
    expect(dispatch?.inputs.map(({ name, default: value, type }) => ({ name, value, type }))).toEqual([
      { name: 'platforms', value: 'linux/amd64', type: 'string' },
      { name: 'debug', value: false, type: 'boolean' },
      { name: 'ref', value: UNKNOWN, type: undefined },
      { name: 'none', value: undefined, type: 'string' },
    ]);
  });
});

describe('workflow-level keys', () => {
  it('reads `concurrency` as a string or a map', () => {
    const short = workflowOf('on: push\nconcurrency: ci-${{ github.ref }}\njobs: {}\n').concurrency;
    expect(short?.group).toMatchObject({ value: 'ci-${{ github.ref }}' });
    expect(short?.cancelInProgress).toBeUndefined();
    const full = workflowOf(
      'on: push\nconcurrency:\n  group: g\n  cancel-in-progress: false\njobs: {}\n',
    ).concurrency;
    expect(full?.cancelInProgress).toMatchObject({ value: false });
  });

  it('keeps `permissions`, `env` and `defaults` with their keys', () => {
    const workflow = workflowOf(
      'on: push\npermissions: read-all\nenv:\n  A: 1\n  B: x\ndefaults:\n  run:\n    shell: bash\njobs: {}\n',
    );
    expect(workflow.permissions?.key.value).toBe('permissions');
    expect([...workflow.env.vars.keys()]).toEqual(['A', 'B']);
    expect(workflow.defaults?.kind).toBe('map');
  });
});

describe('jobs and steps', () => {
  const workflow = workflowOf(dedent`
    name: CI
    on: push
    jobs:
      build:
        name: Build (\${{ matrix.os }})
        runs-on: [self-hosted, linux]
        timeout-minutes: 30
        needs: [lint]
        if: github.ref == 'refs/heads/main'
        container: node:22
        steps:
          - uses: actions/checkout@v4
          - name: Build
            id: build
            uses: Docker/Build-Push-Action@v6
            with:
              push: false
            env:
              X: 1
          - uses: ./.github/actions/setup
          - uses: docker://alpine:3.20
          - run: make test
            if: always()
      lint:
        runs-on: ubuntu-latest
        steps:
          - run: make lint
      call:
        uses: org/workflows/.github/workflows/deploy.yml@main
        with:
          env: prod
  `);
  const build = workflow.jobsById.get('build');

  it('reads every job, in order, with its keys', () => {
    expect(workflow.jobs.map((job) => job.id)).toEqual(['build', 'lint', 'call']);
    expect(build).toMatchObject({ id: 'build', needs: [{ value: 'lint' }] });
    expect(build?.runsOn?.kind).toBe('seq');
    expect(build?.timeoutMinutes?.value).toMatchObject({ value: 30 });
    expect(build?.container).toMatchObject({ value: 'node:22' });
    expect(workflow.jobsById.get('call')).toMatchObject({
      uses: { value: 'org/workflows/.github/workflows/deploy.yml@main' },
      steps: [],
    });
  });

  it('reads steps with their index, id, uses, run, with, env and if', () => {
    const steps = build?.steps ?? [];
    expect(steps.map((step) => step.index)).toEqual([0, 1, 2, 3, 4]);
    expect(steps[1]).toMatchObject({ id: 'build', name: { value: 'Build' } });
    expect([...(steps[1]?.env.vars.keys() ?? [])]).toEqual(['X']);
    expect(steps[1]?.with?.get('push')).toMatchObject({ value: false });
    expect(steps[4]).toMatchObject({ run: { value: 'make test' }, if: { value: 'always()' } });
    expect(steps[0]?.job).toBe(build);
  });

  it('splits `uses` into a lower-cased name and a ref', () => {
    expect(build?.steps.map((step) => step.action)).toEqual([
      { name: 'actions/checkout', ref: 'v4', local: false },
      { name: 'docker/build-push-action', ref: 'v6', local: false },
      { name: './.github/actions/setup', ref: undefined, local: true },
      { name: 'docker://alpine:3.20', ref: undefined, local: false },
      undefined,
    ]);
    expect(parseActionRef('owner/repo/path@0123abc')).toEqual({
      name: 'owner/repo/path',
      ref: '0123abc',
      local: false,
    });
    expect(parseActionRef('owner/repo')).toEqual({ name: 'owner/repo', ref: undefined, local: false });
  });
});

describe('problems', () => {
  it('reports a root that is not a mapping', () => {
    expect(parse('- on: push\n')).toMatchObject({
      model: undefined,
      problems: [{ ruleId: 'parse-error', line: 1, column: 1 }],
    });
    expect(parse('')).toMatchObject({ model: undefined, problems: [{ ruleId: 'parse-error' }] });
  });

  it('reports a missing `on` or `jobs`, and still builds the model', () => {
    const { model, problems } = parse('name: x\njobs: {}\n');
    expect(problems.map((p) => p.message)).toEqual(['A workflow needs an `on` key naming its triggers.']);
    expect(model?.triggers).toEqual([]);
    expect(parse('on: push\n').problems.map((p) => p.message)).toEqual([
      'A workflow needs a `jobs` mapping.',
    ]);
  });

  it('reports a job that is not a mapping, at its value, and keeps the others', () => {
    const { model, problems } = parse('on: push\njobs:\n  broken: yes\n  ok:\n    runs-on: x\n');
    expect(problems).toEqual([
      { ruleId: 'parse-error', message: 'Job `broken` must be a mapping.', line: 3, column: 11 },
    ]);
    expect(model?.jobs.map((job) => job.id)).toEqual(['ok']);
  });

  // actionlint testdata err/merge_key_unsupported.yaml: anchors and aliases work, merge keys do not.
  it('reports every YAML merge key, which GitHub rejects, and accepts plain aliases', () => {
    const { model, problems } = parse(dedent`
      on:
        workflow_dispatch:
          inputs: &inputs
            foo: { type: string }
        workflow_call:
          inputs:
            <<: *inputs
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - &step
              run: echo hello
            - <<: *step
              run: echo bye
    `);
    expect(model).toBeUndefined();
    expect(problems.map((p) => [p.ruleId, p.line, p.column])).toEqual([
      ['parse-error', 7, 7],
      ['parse-error', 14, 9],
    ]);
    expect(parse('on: push\nenv: &e { A: 1 }\njobs:\n  a:\n    runs-on: x\n    env: *e\n').problems).toEqual(
      [],
    );
  });

  it('reports YAML errors as parse errors and builds no model', () => {
    const { model, problems } = parse('on: push\njobs:\n  a:\n    runs-on: [x\n');
    expect(model).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.ruleId === 'parse-error')).toBe(true);
  });
});

describe('parseLocalAction', () => {
  it('reads a composite action’s steps, under a stand-in job', () => {
    const file = {
      path: '.github/actions/setup/action.yml',
      text: 'name: setup\nruns:\n  using: composite\n  steps:\n    - uses: astral-sh/setup-uv@v7\n    - run: uv sync\n      shell: bash\n',
    };
    const { model, problems } = parseLocalAction(file, '.github/actions/setup');
    expect(problems).toEqual([]);
    expect(model?.using).toBe('composite');
    expect(model?.steps.map((step) => step.action?.name ?? step.run?.value)).toEqual([
      'astral-sh/setup-uv',
      'uv sync',
    ]);
    expect(model?.steps[0]?.job.id).toBe('.github/actions/setup');
  });

  it('reports an action file that is not a mapping', () => {
    const { model, problems } = parseLocalAction({ path: 'a/action.yml', text: 'just text\n' }, 'a');
    expect(model).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['An action file must be a mapping.']);
  });
});
