import { describe, expect, it } from 'vitest';
import { simulate } from './runner-pool.ts';
import type { SimRun } from './runner-pool.ts';

const MIN = 60_000;

function run(
  id: string,
  arrivalMinutes: number,
  jobs: [key: string, minutes: number, needs?: string[], pool?: string][],
  extra: Partial<SimRun> = {},
): SimRun {
  return {
    id,
    arrival: arrivalMinutes * MIN,
    jobs: jobs.map(([key, minutes, needs = [], pool = 'ubuntu-latest']) => ({
      key,
      duration: minutes * MIN,
      needs,
      pool,
    })),
    ...extra,
  };
}

function minutes(value: number | undefined): number | undefined {
  return value === undefined ? undefined : value / MIN;
}

describe('simulate', () => {
  it.each([
    {
      name: 'a chain on an unbounded pool',
      jobs: [
        ['a', 2],
        ['b', 3, ['a']],
        ['c', 4, ['b']],
      ] as const,
      wall: 9,
      runner: 9,
    },
    {
      name: 'a fan-out waits for the slowest branch',
      jobs: [
        ['a', 1],
        ['b', 5, ['a']],
        ['c', 2, ['a']],
        ['d', 1, ['b', 'c']],
      ] as const,
      wall: 7,
      runner: 9,
    },
    { name: 'a run without jobs', jobs: [] as const, wall: undefined, runner: 0 },
  ])('$name', ({ jobs, wall, runner }) => {
    const [result] = simulate(
      [
        run(
          'r',
          0,
          jobs.map((j) => [...j] as [string, number, string[]?]),
        ),
      ],
      { pools: {} },
    );
    expect(minutes(result?.wallClock)).toBe(wall);
    expect(minutes(result?.runnerTime)).toBe(runner);
  });

  it('queues jobs when a self-hosted pool of 2 runners is full', () => {
    const runs = [0, 0, 0].map((_, i) => run(`r${i}`, 0, [['test', 10, [], 'self-hosted,cuda']]));
    const results = simulate(runs, { pools: { 'self-hosted,cuda': 2 } });
    expect(results.map((r) => minutes(r.jobs[0]?.start))).toEqual([0, 0, 10]);
    expect(results.map((r) => minutes(r.wallClock))).toEqual([10, 10, 10]);
  });

  it('serves the queue first-in first-out across runs', () => {
    const runs = [
      run('a', 0, [['x', 10, [], 'p']]),
      run('b', 1, [['x', 1, [], 'p']]),
      run('c', 2, [['x', 1, [], 'p']]),
    ];
    const results = simulate(runs, { pools: { p: 1 } });
    expect(results.map((r) => minutes(r.jobs[0]?.start))).toEqual([0, 10, 11]);
  });

  it('cancels the superseded run of a group with cancel-in-progress', () => {
    const extra = { group: 'ci-refs/pull/1/merge', cancelInProgress: true };
    const results = simulate([run('old', 0, [['t', 10]], extra), run('new', 3, [['t', 10]], extra)], {
      pools: {},
      concurrency: true,
    });
    expect(results.map((r) => [r.id, r.cancelled, minutes(r.runnerTime)])).toEqual([
      ['old', true, 3],
      ['new', false, 10],
    ]);
    expect(minutes(results[1]?.jobs[0]?.start)).toBe(3);
  });

  it('frees the runner of a cancelled job for the queue', () => {
    const extra = { group: 'g', cancelInProgress: true };
    const results = simulate(
      [run('old', 0, [['t', 10, [], 'p']], extra), run('new', 2, [['t', 10, [], 'p']], extra)],
      {
        pools: { p: 1 },
        concurrency: true,
      },
    );
    expect(minutes(results[1]?.jobs[0]?.start)).toBe(2);
  });

  it('without cancel-in-progress a newer pending run replaces the older pending one', () => {
    const extra = { group: 'deploy', cancelInProgress: false };
    const results = simulate(
      [run('a', 0, [['t', 10]], extra), run('b', 1, [['t', 10]], extra), run('c', 2, [['t', 10]], extra)],
      {
        pools: {},
        concurrency: true,
      },
    );
    expect(results.map((r) => [r.id, r.cancelled, minutes(r.jobs[0]?.start)])).toEqual([
      ['a', false, 0],
      ['b', true, undefined],
      ['c', false, 10],
    ]);
  });

  it('ignores groups unless concurrency is simulated', () => {
    const extra = { group: 'g', cancelInProgress: true };
    const results = simulate([run('a', 0, [['t', 10]], extra), run('b', 1, [['t', 10]], extra)], {
      pools: {},
    });
    expect(results.map((r) => r.cancelled)).toEqual([false, false]);
  });

  it('is deterministic', () => {
    const runs = Array.from({ length: 50 }, (_, i) =>
      run(
        `r${i}`,
        (i * 7) % 13,
        [
          ['a', 1 + (i % 3)],
          ['b', 2, ['a'], 'p'],
          ['c', 1, ['a'], 'p'],
          ['d', 1, ['b', 'c']],
        ],
        { group: `g${i % 4}`, cancelInProgress: i % 2 === 0 },
      ),
    );
    const options = { pools: { p: 2 }, concurrency: true };
    expect(simulate(runs, options)).toEqual(simulate(runs, options));
  });

  it("hands a runner over to the next waiting job after the pool's handover, not at once", () => {
    const runs = [run('1', 0, [['a', 5, [], 'gpu']]), run('2', 1, [['b', 5, [], 'gpu']])];
    const [, second] = simulate(runs, { pools: { gpu: 1 }, handover: { gpu: 0.5 * MIN } });
    expect(minutes(second?.jobs[0]?.start)).toBe(5.5);
    // A runner that hands over while no job waits is free when the next one comes.
    const later = [run('1', 0, [['a', 5, [], 'gpu']]), run('2', 9, [['b', 5, [], 'gpu']])];
    expect(
      minutes(simulate(later, { pools: { gpu: 1 }, handover: { gpu: 0.5 * MIN } })[1]?.jobs[0]?.start),
    ).toBe(9);
  });
});
