import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { combinationsOf, contextsFor, evaluateNode } from './contexts.ts';
import { evaluateTemplate, UNKNOWN } from './expressions.ts';
import type { Workflow } from './model.ts';
import { parseWorkflow } from './parse-workflow.ts';

function workflowOf(text: string): Workflow {
  const { model, problems } = parseWorkflow({ path: '.github/workflows/ci.yml', text });
  if (model === undefined || problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  return model;
}

const workflow = workflowOf(dedent`
  on:
    push:
    workflow_dispatch:
      inputs:
        platforms:
          default: linux/amd64
        arm64:
          type: boolean
        note:
          type: string
        ref:
          default: \${{ github.sha }}
  env:
    IMAGE: app
    TAG: \${{ github.event_name }}-latest
  jobs:
    build:
      runs-on: ubuntu-latest
      strategy:
        matrix:
          arch: [amd64, arm64]
      env:
        IMAGE: app-\${{ matrix.arch }}
        FULL: \${{ env.IMAGE }}:\${{ env.TAG }}
      steps:
        - run: echo
          env:
            STEP: \${{ env.FULL }}
            SECRET: \${{ secrets.TOKEN }}
        - run: docker buildx build --platform \${{ inputs.platforms }} .
    plain:
      runs-on: ubuntu-latest
      steps:
        - run: echo
`);
const [push, dispatch] = workflow.triggers;
const build = workflow.jobsById.get('build');
const plain = workflow.jobsById.get('plain');

describe('contextsFor', () => {
  it('knows the event and, for workflow_dispatch, the input defaults (booleans default to false)', () => {
    const contexts = contextsFor({ workflow, trigger: dispatch });
    expect(contexts.inputs).toEqual({ platforms: 'linux/amd64', arm64: false, note: '', ref: UNKNOWN });
    // `github.event.inputs` is the same, with booleans as strings (issue 8).
    expect(contexts.github).toEqual({
      event_name: 'workflow_dispatch',
      event: { inputs: { platforms: 'linux/amd64', arm64: 'false', note: '', ref: UNKNOWN } },
    });
    expect(evaluateTemplate('${{ github.event.inputs.platforms }}', contexts)).toBe('linux/amd64');
    expect(evaluateTemplate('${{ github.event.inputs.missing }}', contexts)).toBe(null);
    expect(evaluateTemplate('${{ github.event.pull_request.number }}', contexts)).toBe(UNKNOWN);
  });

  it('has no `github.event.inputs` on other events (null), while the rest of the payload stays unknown', () => {
    const contexts = contextsFor({ workflow, trigger: push });
    expect(evaluateTemplate("${{ github.event.inputs.platforms || 'linux/arm64' }}", contexts)).toBe(
      'linux/arm64',
    );
    expect(evaluateTemplate('${{ github.event.head_commit.message }}', contexts)).toBe(UNKNOWN);
  });

  it('gives events without inputs an empty `inputs` context, and an unknown event none at all', () => {
    expect(contextsFor({ workflow, trigger: push }).inputs).toEqual({});
    expect(contextsFor({ workflow }).inputs).toBeUndefined();
  });

  it('evaluates `env` level by level, each reading the levels above and the matrix', () => {
    const contexts = contextsFor({
      workflow,
      trigger: push,
      job: build,
      combination: { arch: 'arm64' },
      step: build?.steps[0],
    });
    expect(contexts.env).toEqual({
      IMAGE: 'app-arm64',
      TAG: 'push-latest',
      // job env reads the workflow's `IMAGE`, not its own: a level sees only the levels above it.
      FULL: 'app:push-latest',
      STEP: 'app:push-latest',
      SECRET: UNKNOWN,
    });
  });

  it('leaves what depends on an unknown trigger unknown', () => {
    expect(contextsFor({ workflow }).env).toEqual({ IMAGE: 'app', TAG: UNKNOWN });
  });

  it('sets `matrix` to the combination, to null for a job without a matrix, and leaves it unknown otherwise', () => {
    expect(contextsFor({ workflow, job: build, combination: { arch: 'amd64' } }).matrix).toEqual({
      arch: 'amd64',
    });
    expect(contextsFor({ workflow, job: plain }).matrix).toBeNull();
    expect(contextsFor({ workflow, job: build })).not.toHaveProperty('matrix');
  });

  it('builds the contexts of a scope once and shares them, frozen', () => {
    const first = contextsFor({
      workflow,
      trigger: push,
      job: build,
      combination: build?.matrix?.combinations?.[0],
    });
    expect(
      contextsFor({ workflow, trigger: push, job: build, combination: build?.matrix?.combinations?.[0] }),
    ).toBe(first);
    expect(
      contextsFor({ workflow, trigger: push, job: build, combination: build?.matrix?.combinations?.[1] }),
    ).not.toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.env)).toBe(true);
  });
});

describe('evaluateNode', () => {
  it('evaluates a step’s command with the dispatch defaults', () => {
    const contexts = contextsFor({ workflow, trigger: dispatch, job: build, combination: { arch: 'amd64' } });
    expect(evaluateNode(build?.steps[1]?.run, contexts)).toBe('docker buildx build --platform linux/amd64 .');
    // On `push` the inputs context is empty and complete: `inputs.platforms` is null, as GitHub evaluates it.
    expect(evaluateNode(build?.steps[1]?.run, contextsFor({ workflow, trigger: push, job: build }))).toBe(
      'docker buildx build --platform  .',
    );
  });

  it('evaluates maps and sequences element by element, and absent nodes to null', () => {
    expect(evaluateNode(workflow.env.node, { github: { event_name: 'push' } })).toEqual({
      IMAGE: 'app',
      TAG: 'push-latest',
    });
    expect(evaluateNode(build?.matrix?.node, {})).toEqual({ arch: ['amd64', 'arm64'] });
    expect(evaluateNode(undefined, {})).toBeNull();
  });
});

describe('combinationsOf', () => {
  it('is one undefined combination without a matrix, the expansion with one, none when it is dynamic', () => {
    expect(combinationsOf(plain!)).toEqual([undefined]);
    expect(combinationsOf(build!)).toEqual([{ arch: 'amd64' }, { arch: 'arm64' }]);
    const dynamic = workflowOf(
      'on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix: ${{ fromJSON(vars.M) }}\n',
    );
    expect(combinationsOf(dynamic.jobs[0]!)).toEqual([]);
  });
});
