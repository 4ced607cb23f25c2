import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { parseWorkflow } from './parse-workflow.ts';
import { positionAt } from './source.ts';

function graphOf(text: string) {
  const file = { path: '.github/workflows/ci.yml', text };
  const { model, problems } = parseWorkflow(file);
  if (model === undefined) throw new Error(`did not parse: ${problems.map((p) => p.message).join('; ')}`);
  const located = problems.map((p) => ({
    ruleId: p.ruleId,
    ...positionAt(file, p.range.start),
    message: p.message,
  }));
  return { graph: model.graph, problems: located };
}

describe('buildJobGraph', () => {
  const diamond = graphOf(dedent`
    on: push
    jobs:
      test:
        needs: [lint, build]
        runs-on: x
      build:
        needs: lint
        runs-on: x
      lint:
        runs-on: x
      deploy:
        needs: test
        runs-on: x
  `);

  it('orders every job after the jobs it needs', () => {
    const { order } = diamond.graph;
    expect(order).toHaveLength(4);
    for (const [job, needs] of diamond.graph.needs) {
      for (const need of needs) expect(order.indexOf(need)).toBeLessThan(order.indexOf(job));
    }
    expect(diamond.problems).toEqual([]);
  });

  it('computes transitive upstream and downstream sets', () => {
    expect([...diamond.graph.upstream('deploy')].sort()).toEqual(['build', 'lint', 'test']);
    expect([...diamond.graph.upstream('lint')]).toEqual([]);
    expect([...diamond.graph.downstream('lint')].sort()).toEqual(['build', 'deploy', 'test']);
    expect([...diamond.graph.downstream('deploy')]).toEqual([]);
  });

  it('accepts `needs` as a scalar or a list', () => {
    expect(diamond.graph.needs.get('build')).toEqual(['lint']);
    expect(diamond.graph.needs.get('test')).toEqual(['lint', 'build']);
  });

  it('reports a need that names no job, at the need', () => {
    const { graph, problems } = graphOf(dedent`
      on: push
      jobs:
        build:
          needs: [setup, lint]
          runs-on: x
        lint:
          runs-on: x
    `);
    expect(problems).toMatchObject([{ ruleId: 'unknown-needs', line: 4, column: 13 }]);
    expect(problems[0]?.message).toContain('`setup`');
    expect(graph.needs.get('build')).toEqual(['lint']);
  });

  // actionlint testdata examples/invalid_ids_in_needs.yaml: "note that job ID is case insensitive".
  it('matches needs to job ids case-insensitively', () => {
    const { graph, problems } = graphOf(dedent`
      on: push
      jobs:
        Build:
          runs-on: x
        test:
          needs: [build, BUILD]
          runs-on: x
    `);
    expect(problems).toEqual([]);
    expect(graph.needs.get('test')).toEqual(['Build']);
    expect([...graph.upstream('test')]).toEqual(['Build']);
  });

  it('reports a cycle once, at a need inside it, and still orders every job', () => {
    const { graph, problems } = graphOf(dedent`
      on: push
      jobs:
        a:
          needs: c
          runs-on: x
        b:
          needs: a
          runs-on: x
        c:
          needs: b
          runs-on: x
        d:
          needs: a
          runs-on: x
    `);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: 'needs-cycle', line: 4 });
    expect(problems[0]?.message).toMatch(/`a` → `c` → `b` → `a`/);
    expect([...graph.order].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...graph.upstream('d')].sort()).toEqual(['a', 'b', 'c']);
  });

  it('reports a job that needs itself', () => {
    const { problems } = graphOf('on: push\njobs:\n  a:\n    needs: a\n    runs-on: x\n');
    expect(problems).toMatchObject([{ ruleId: 'needs-cycle', line: 4, column: 12 }]);
  });

  // Issue 14: the recursive walk overflowed the call stack on a long chain.
  it('orders a 5,000-job needs chain without overflowing the stack', () => {
    const jobs = Array.from(
      { length: 5000 },
      (_, index) => `  j${index}:\n    runs-on: x\n${index === 0 ? '' : `    needs: j${index - 1}\n`}`,
    );
    // Written last first, so that the walk has to go 5,000 needs deep from the first job.
    const { graph, problems } = graphOf(`on: push\njobs:\n${jobs.reverse().join('')}`);
    expect(problems).toEqual([]);
    expect(graph.order).toHaveLength(5000);
    expect(graph.order[0]).toBe('j0');
    expect(graph.order[4999]).toBe('j4999');
    expect(graph.upstream('j4999').size).toBe(4999);
  });
});
