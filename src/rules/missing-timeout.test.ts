import { describe, expect, it } from 'vitest';
import type { HistoryView } from '../engine/history-view.ts';
import { dedent, lintCase, testRule } from '../testing/rule-tester.ts';
import rule, { roundUp } from './missing-timeout.ts';

/** History as the store would give it: the build job's successful runs. */
const history = (runs: number, maxMinutes: number): HistoryView => ({
  jobDurations: (path, jobId) =>
    path === '.github/workflows/ci.yml' && jobId === 'build'
      ? { runs, maxMinutes, p50Minutes: maxMinutes / 2 }
      : undefined,
});

testRule(rule, {
  valid: [
    {
      name: 'timeout set',
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    steps: [{ run: make }]\n',
    },
    {
      name: 'an expression is a decision',
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: ${{ inputs.timeout }}\n    steps: [{ run: make }]\n',
    },
    {
      name: 'reusable-workflow call',
      code: 'on: push\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n',
    },
    {
      name: 'every step bounded',
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n        timeout-minutes: 10\n',
    },
    {
      name: 'docker/buildx: a labeler job does too little to hang',
      code: dedent`
        on: pull_request_target
        jobs:
          labeler:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/labeler@v5
                with: { sync-labels: true }
      `,
    },
    {
      name: 'argo-cd: a job that only computes outputs with shell built-ins',
      code: dedent`
        on: push
        jobs:
          set-vars:
            runs-on: ubuntu-24.04
            outputs:
              tag: \${{ steps.image.outputs.tag }}
            steps:
              - uses: actions/checkout@v4
              - id: image
                run: |
                  TAG="$(cat VERSION)-\${GITHUB_SHA::8}"
                  echo "tag=$TAG" >> "$GITHUB_OUTPUT"
      `,
    },
  ],
  invalid: [
    {
      name: 'the same small job on a macOS runner, billed at 10x, is reported',
      code: dedent`
        on: pull_request
        jobs:
          labeler:
            runs-on: macos-latest
            steps:
              - uses: actions/labeler@v5
      `,
      errors: [{ messageId: 'withoutHistory', line: 3, column: 3 }],
      output: dedent`
        on: pull_request
        jobs:
          labeler:
            runs-on: macos-latest
            timeout-minutes: 30
            steps:
              - uses: actions/labeler@v5
      `,
    },
    {
      name: 'a job that runs a script of its own is reported',
      code: dedent`
        on: pull_request
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: echo start && ./scripts/lint.sh
      `,
      errors: [{ messageId: 'withoutHistory', line: 3, column: 3 }],
      output: dedent`
        on: pull_request
        jobs:
          lint:
            runs-on: ubuntu-latest
            timeout-minutes: 30
            steps:
              - uses: actions/checkout@v4
              - run: echo start && ./scripts/lint.sh
      `,
    },
    {
      name: 'seed 000: the regression shards job, without history (default 30, unsafe)',
      code: dedent`
        on: pull_request
        jobs:
          regression-shards:
            needs: build-image
            runs-on: ubuntu-latest
            strategy:
              matrix:
                shard: [fast, render]
            steps:
              - run: docker load -i /tmp/regression-test-image.tar
      `,
      errors: [{ messageId: 'withoutHistory', line: 3, column: 3 }],
      output: dedent`
        on: pull_request
        jobs:
          regression-shards:
            needs: build-image
            runs-on: ubuntu-latest
            timeout-minutes: 30
            strategy:
              matrix:
                shard: [fast, render]
            steps:
              - run: docker load -i /tmp/regression-test-image.tar
      `,
    },
    {
      name: 'seed 002: self-hosted labels as a block sequence; a cargo build gets the long-build default',
      code: dedent`
        on: pull_request
        jobs:
          build:
            runs-on:
              - self-hosted
              - cuda
            steps:
              - run: cargo build --release
      `,
      errors: [{ messageId: 'withoutHistory', line: 3, column: 3 }],
      output: dedent`
        on: pull_request
        jobs:
          build:
            runs-on:
              - self-hosted
              - cuda
            timeout-minutes: 60
            steps:
              - run: cargo build --release
      `,
    },
    {
      name: 'with history: 1.5 × 9.2 min = 13.8 → 15',
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest # hosted\n    steps: [{ run: make }]\n',
      history: history(42, 9.2),
      errors: [{ messageId: 'withHistory', line: 3, column: 3 }],
      output:
        'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest # hosted\n    timeout-minutes: 15\n    steps: [{ run: make }]\n',
    },
    {
      name: 'too few runs: the default, raised above what was seen',
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n',
      history: history(2, 41),
      errors: [{ messageId: 'withHistory', line: 3, column: 3 }],
      output:
        'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 90\n    steps: [{ run: make }]\n',
    },
    {
      name: 'a container job without runs-on first: inserted before its first key',
      code: 'on: push\njobs:\n  build:\n    container: node:20\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n  lint: { runs-on: ubuntu-latest, steps: [{ run: make lint }] }\n',
      errors: [
        { messageId: 'withoutHistory', line: 3, column: 3 },
        { messageId: 'withoutHistory', line: 7, column: 3 },
      ],
      output:
        'on: push\njobs:\n  build:\n    container: node:20\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    steps: [{ run: make }]\n  lint: { runs-on: ubuntu-latest, steps: [{ run: make lint }], timeout-minutes: 30 }\n',
    },
  ],
});

describe('missing-timeout', () => {
  it.each([
    [0.5, 5],
    [13.8, 15],
    [30, 30],
    [31, 45],
    [361, 420],
    [600, 600],
  ])('rounds %d minutes up to %d', (minutes, expected) => {
    expect(roundUp(minutes)).toBe(expected);
  });

  it('says what the value rests on, and is safe only with enough history', () => {
    const code = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n';
    const [measured] = lintCase(rule, { '.github/workflows/ci.yml': code }, history(42, 9.2));
    expect(measured?.message).toBe(
      'Job `build` has no `timeout-minutes`: a hung run holds its runner for up to 360 minutes (billed on GitHub-hosted runners), while its longest successful run of 42 took 9.2 min.',
    );
    expect(measured?.fix).toMatchObject({
      title:
        'Add `timeout-minutes: 15` to job `build` (1.5 × the longest of 42 successful runs, 9.2 min, rounded up)',
      safety: 'safe',
    });
    const [guessed] = lintCase(rule, { '.github/workflows/ci.yml': code });
    expect(guessed?.fix).toMatchObject({
      title:
        'Add `timeout-minutes: 30` to job `build` (default for a job without history; check it against your slowest run)',
      safety: 'unsafe',
    });
  });
});
