import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './missing-concurrency.ts';

testRule(rule, {
  valid: [
    { name: 'push to main only', code: 'on:\n  push:\n    branches: [main]\njobs: {}\n' },
    {
      name: 'tags, schedule and dispatch',
      code: 'on:\n  push:\n    tags: ["v*"]\n  schedule:\n    - cron: "0 0 * * *"\n  workflow_dispatch:\njobs: {}\n',
    },
    {
      name: 'explicit cancel-in-progress: false is a decision',
      code: 'on: pull_request\nconcurrency: { group: deploy, cancel-in-progress: false }\njobs: {}\n',
    },
    {
      name: 'an expression is a decision',
      code: "on: [push, pull_request]\nconcurrency:\n  group: ci-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs: {}\n",
    },
    {
      name: 'every job cancels on its own',
      code: dedent`
        on: pull_request
        jobs:
          a:
            concurrency: { group: a-\${{ github.ref }}, cancel-in-progress: true }
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
    },
    {
      name: 'reusable workflow (github.workflow is the caller)',
      code: 'on: [pull_request, workflow_call]\njobs: {}\n',
    },
    // A pull request trigger without `synchronize` never runs for a new commit: nothing supersedes its runs.
    {
      name: 'apache/kafka: pull_request_target on labeled only',
      code: 'on:\n  pull_request_target:\n    types: [labeled]\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
    {
      name: 'saleor/saleor: a clean-up on closed pull requests',
      code: 'on:\n  pull_request:\n    types: [closed, unlabeled]\njobs:\n  cleanup:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
    {
      name: 'traefik/traefik: opened only',
      code: 'on:\n  pull_request_target:\n    types:\n      - opened\njobs:\n  close:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
  ],
  invalid: [
    {
      name: 'seed 002: pull_request without concurrency',
      code: dedent`
        name: unit-tests
        on:
          pull_request:
            branches: [main]
        jobs:
          test:
            runs-on: [self-hosted, cuda]
            steps:
              - run: uv run pytest
      `,
      errors: [{ messageId: 'missingBlock', line: 3, column: 3 }],
      output: dedent`
        name: unit-tests
        on:
          pull_request:
            branches: [main]
        concurrency:
          group: \${{ github.workflow }}-\${{ github.ref }}
          cancel-in-progress: true

        jobs:
          test:
            runs-on: [self-hosted, cuda]
            steps:
              - run: uv run pytest
      `,
    },
    {
      name: 'push and pull_request: cancel pull requests only (unsafe fix)',
      code: 'on: [push, pull_request]\njobs: {}\n',
      errors: [{ messageId: 'missingBlock', line: 1, column: 12 }],
      output: dedent`
        on: [push, pull_request]
        concurrency:
          group: \${{ github.workflow }}-\${{ github.ref }}
          cancel-in-progress: \${{ github.event_name == 'pull_request' }}

        jobs: {}
      `,
    },
    {
      name: 'types that include synchronize run for every push',
      code: 'on:\n  pull_request:\n    types: [opened, edited, synchronize, reopened]\njobs: {}\n',
      errors: [{ messageId: 'missingBlock', line: 2, column: 3 }],
    },
    {
      name: 'a labeled-only pull request trigger, and push to every branch',
      code: 'on:\n  pull_request:\n    types: [labeled]\n  push:\njobs: {}\n',
      errors: [{ messageId: 'missingBlock', line: 4, column: 3 }],
    },
    {
      name: 'push to every branch',
      code: 'on: push\njobs: {}\n',
      errors: [{ messageId: 'missingBlock', line: 1, column: 5 }],
    },
    {
      name: 'concurrency without cancel-in-progress (4-space indentation)',
      code: 'on: pull_request\nconcurrency:\n    group: ci-${{ github.ref }}\njobs: {}\n',
      errors: [{ messageId: 'missingCancel', line: 2, column: 1 }],
      output:
        'on: pull_request\nconcurrency:\n    group: ci-${{ github.ref }}\n    cancel-in-progress: true\njobs: {}\n',
    },
    {
      name: 'concurrency as a scalar group',
      code: 'on: pull_request\nconcurrency: ci-${{ github.ref }}\njobs: {}\n',
      errors: [{ messageId: 'missingCancel', line: 2, column: 1 }],
      output:
        'on: pull_request\nconcurrency:\n  group: ci-${{ github.ref }}\n  cancel-in-progress: true\njobs: {}\n',
    },
  ],
});
