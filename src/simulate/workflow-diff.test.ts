import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../workflow/parse-workflow.ts';
import type { Workflow } from '../workflow/model.ts';
import { diffWorkflow, droppedGates } from './workflow-diff.ts';

const PATH = '.github/workflows/build-images.yml';

function workflow(text: string): Workflow {
  const { model } = parseWorkflow({ path: PATH, text });
  if (model === undefined) throw new Error('fixture does not parse');
  return model;
}

function fixture(name: string): Workflow {
  return workflow(
    readFileSync(new URL(`../../test/fixtures/diff-seed-003/${name}.yml`, import.meta.url), 'utf8'),
  );
}

describe('droppedGates', () => {
  it('seed 003 v1: removing build-app needs drops the transitive connector-parity-smoke gate', () => {
    const gates = droppedGates(fixture('base'), fixture('parallelised'));
    expect(gates).toEqual([
      {
        job: 'build-app',
        gate: 'build-worker',
        path: ['build-app', 'build-worker'],
        cut: ['build-app', 'build-worker'],
      },
      {
        job: 'build-app',
        gate: 'build-embeddings-service',
        path: ['build-app', 'build-embeddings-service'],
        cut: ['build-app', 'build-embeddings-service'],
      },
      {
        job: 'build-app',
        gate: 'connector-parity-smoke',
        path: ['build-app', 'build-worker', 'connector-parity-smoke'],
        cut: ['build-app', 'build-worker'],
      },
    ]);
  });

  it('seed 003 v2: restoring the smoke gate directly keeps it, but the sibling images are still not waited for', () => {
    const gates = droppedGates(fixture('base'), fixture('gate-restored')).map((gate) => gate.gate);
    expect(gates).toEqual(['build-worker', 'build-embeddings-service']);
  });

  it('is silent when a gate is still reached through another path', () => {
    const base = fixture('base');
    const head = workflow(
      readFileSync(new URL('../../test/fixtures/diff-seed-003/base.yml', import.meta.url), 'utf8').replace(
        'needs: [generate-tag, connector-parity-smoke]',
        'needs: connector-parity-smoke',
      ),
    );
    expect(droppedGates(base, head)).toEqual([]);
  });

  it('does not count a removed gate job as dropped (it is reported as removed)', () => {
    const base = workflow(
      'on: push\njobs:\n  a: { runs-on: x, steps: [run: a] }\n  b: { needs: a, runs-on: x, steps: [run: b] }\n',
    );
    const head = workflow('on: push\njobs:\n  b: { runs-on: x, steps: [run: b] }\n');
    expect(droppedGates(base, head)).toEqual([]);
    expect(diffWorkflow(PATH, base, head).jobsRemoved).toEqual(['a']);
  });
});

describe('diffWorkflow', () => {
  it('lists edges and the critical path by job count without history', () => {
    const diff = diffWorkflow(PATH, fixture('base'), fixture('parallelised'));
    expect(diff.status).toBe('changed');
    expect(diff.needsAdded).toEqual([['build-app', 'generate-tag']]);
    expect(diff.needsRemoved).toEqual([
      ['build-app', 'build-worker'],
      ['build-app', 'build-embeddings-service'],
    ]);
    expect(diff.criticalPath.before?.jobs).toEqual([
      'generate-tag',
      'connector-parity-smoke',
      'build-worker',
      'build-app',
    ]);
    expect(diff.criticalPath.after?.jobs).toEqual(['generate-tag', 'connector-parity-smoke', 'build-worker']);
    expect(diff.criticalPath.before?.minutes).toBeUndefined();
  });

  it('uses durations when every job has one', () => {
    const minutes: Record<string, number> = {
      'generate-tag': 0.5,
      'connector-parity-smoke': 3,
      'build-worker': 8,
      'build-embeddings-service': 6,
      'build-app': 25,
    };
    const timing = (_: Workflow, id: string) => ({ p50: minutes[id] ?? 0, p90: (minutes[id] ?? 0) * 1.5 });
    const diff = diffWorkflow(PATH, fixture('base'), fixture('parallelised'), timing);
    expect(diff.criticalPath.before?.minutes?.p50).toBeCloseTo(36.5);
    expect(diff.criticalPath.after?.jobs).toEqual(['generate-tag', 'build-app']);
    expect(diff.criticalPath.after?.minutes?.p50).toBeCloseTo(25.5);
  });

  it('reports matrix size changes and added or removed workflows', () => {
    const base = workflow(
      'on: push\njobs:\n  t: { runs-on: x, strategy: { matrix: { n: [1, 2, 3] } }, steps: [run: t] }\n',
    );
    const head = workflow(
      'on: push\njobs:\n  t: { runs-on: x, strategy: { matrix: { n: [1, 2] } }, steps: [run: t] }\n',
    );
    expect(diffWorkflow(PATH, base, head).matrixChanges).toEqual([{ job: 't', before: 3, after: 2 }]);
    expect(diffWorkflow(PATH, undefined, head).status).toBe('added');
    expect(diffWorkflow(PATH, base, undefined).status).toBe('removed');
    expect(diffWorkflow(PATH, base, base).status).toBe('unchanged');
  });
});
