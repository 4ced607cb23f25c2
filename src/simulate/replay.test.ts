import { describe, expect, it } from 'vitest';
import { firstTestOffset } from './replay.ts';

describe('firstTestOffset', () => {
  it('adds up the steps before the first test step', () => {
    expect(
      firstTestOffset([
        { name: 'Set up job', minutes: 0.1 },
        { name: 'Install dependencies', minutes: 1.4 },
        { name: 'Unit tests', minutes: 3 },
      ]),
    ).toBeCloseTo(1.5);
  });

  // Issue 9: a test step beside a type check started when the type check did, not after it.
  it('takes parallel steps as parallel', () => {
    expect(
      firstTestOffset([
        { name: 'Set up job', minutes: 0.1 },
        { name: 'Install dependencies', minutes: 1.4 },
        { name: 'Type check', minutes: 2 },
        { name: 'Unit tests', minutes: 3, parallel: true },
        { name: 'Parallel group', minutes: 3, parallel: true },
      ]),
    ).toBeCloseTo(1.5);
  });

  it('starts the step after a parallel group when its longest member ends', () => {
    expect(
      firstTestOffset([
        { name: 'Build', minutes: 1 },
        { name: 'Lint', minutes: 2, parallel: true },
        { name: 'End-to-end tests', minutes: 5 },
      ]),
    ).toBeCloseTo(2);
  });

  it('is undefined without a test step', () => {
    expect(firstTestOffset([{ name: 'Build', minutes: 1 }])).toBeUndefined();
  });
});
