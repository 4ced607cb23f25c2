import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './missing-concurrency.ts';

const TEST_JOB = dedent`
  jobs:
    test:
      runs-on: ubuntu-latest
      steps:
        - run: make test
`;

testRule(rule, {
  valid: [
    { name: 'push to main only', code: `on:\n  push:\n    branches: [main]\n${TEST_JOB}\n` },
    {
      name: 'tags, schedule and dispatch',
      code: `on:\n  push:\n    tags: ["v*"]\n  schedule:\n    - cron: "0 0 * * *"\n  workflow_dispatch:\n${TEST_JOB}\n`,
    },
    {
      name: 'explicit cancel-in-progress: false is a decision',
      code: `on: pull_request\nconcurrency: { group: deploy, cancel-in-progress: false }\n${TEST_JOB}\n`,
    },
    {
      name: 'an expression that can be true is a decision',
      code: `on: [push, pull_request]\nconcurrency:\n  group: ci-\${{ github.ref }}\n  cancel-in-progress: \${{ github.event_name == 'pull_request' }}\n${TEST_JOB}\n`,
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
      code: `on: [pull_request, workflow_call]\n${TEST_JOB}\n`,
    },
    {
      name: 'a workflow without jobs wastes nothing',
      code: 'on: pull_request\njobs: {}\n',
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
    // Long-lived lines are history, not drafts: a newer push does not make an older run pointless.
    {
      name: 'release, dev, develop, edge, stable, next, beta and version lines',
      code: `on:\n  push:\n    branches: [release, dev, develop, edge, stable, next, beta, 'release/**', 'v*', '7-1-stable', '2.x']\n${TEST_JOB}\n`,
    },
    {
      name: 'a branch that the repository pull requests target (another workflow says so)',
      code: `on:\n  push:\n    branches: [integration]\n${TEST_JOB}\n`,
      files: { '.github/workflows/pr.yml': 'on:\n  pull_request:\n    branches: [integration]\njobs: {}\n' },
    },
    {
      name: 'push of tags only (tags-ignore)',
      code: `on:\n  push:\n    tags-ignore: ['nightly-*']\n${TEST_JOB}\n`,
    },
    {
      name: 'push to every branch, but every job is gated on tags: a release',
      code: dedent`
        on: push
        jobs:
          release:
            if: startsWith(github.ref, 'refs/tags/')
            runs-on: ubuntu-latest
            steps:
              - run: make release
      `,
    },
    {
      name: 'pull request runs whose every job is gated on pushes do nothing',
      code: dedent`
        on:
          push:
            branches: [main]
          pull_request:
        jobs:
          deploy:
            if: github.event_name == 'push' && github.ref == 'refs/heads/main'
            runs-on: ubuntu-latest
            steps:
              - run: make deploy
      `,
    },
    // A run that publishes or deploys must not be stopped half-way.
    {
      name: 'npm publish in pull request runs',
      code: dedent`
        on: pull_request
        jobs:
          preview:
            runs-on: ubuntu-latest
            steps:
              - run: npm publish --tag pr-\${{ github.event.pull_request.number }}
      `,
    },
    {
      name: 'docker push of pull request images',
      code: dedent`
        on: pull_request
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  push: true
      `,
    },
    {
      name: 'a deployment environment',
      code: dedent`
        on: pull_request
        jobs:
          preview:
            runs-on: ubuntu-latest
            environment:
              name: preview
              url: https://pr.example.com
            steps:
              - run: ./deploy.sh
      `,
    },
    {
      name: 'a release in feature-branch pushes',
      code: dedent`
        on: push
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - uses: softprops/action-gh-release@v2
      `,
    },
    {
      name: 'publishing inside a local composite action',
      code: dedent`
        on: pull_request
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/publish
      `,
      files: {
        '.github/actions/publish/action.yml':
          'name: publish\nruns:\n  using: composite\n  steps:\n    - run: twine upload dist/*\n      shell: bash\n',
      },
    },
    // Superseded runs already cancelled by an action.
    {
      name: 'styfle/cancel-workflow-action in the workflow',
      code: dedent`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: styfle/cancel-workflow-action@0.12.1
              - run: make test
      `,
    },
    {
      name: 'fkirc/skip-duplicate-actions in the workflow',
      code: dedent`
        on: [push, pull_request]
        jobs:
          skip:
            runs-on: ubuntu-latest
            steps:
              - uses: fkirc/skip-duplicate-actions@v5
                with:
                  cancel_others: true
          test:
            needs: skip
            runs-on: ubuntu-latest
            steps:
              - run: make test
      `,
    },
    {
      name: 'a separate clean-up workflow names this one',
      code: `on: pull_request\n${TEST_JOB}\n`,
      files: {
        '.github/workflows/cancel.yml': dedent`
          on: pull_request
          jobs:
            cancel:
              runs-on: ubuntu-latest
              steps:
                - uses: n1hility/cancel-previous-runs@v3
                  with:
                    workflow: ci.yml
        `,
      },
    },
    {
      name: 'a clean-up workflow on workflow_run of this one',
      code: `name: Tests\non: pull_request\n${TEST_JOB}\n`,
      files: {
        '.github/workflows/cancel.yml': dedent`
          on:
            workflow_run:
              workflows: [Tests]
              types: [requested]
          jobs:
            cancel:
              runs-on: ubuntu-latest
              steps:
                - uses: potiuk/cancel-workflow-runs@v4
                  with:
                    cancelMode: allDuplicates
        `,
      },
    },
    // Existing groups that cannot take `cancel-in-progress` without harm are left alone.
    {
      name: 'pull_request_target grouped by github.ref (the base branch): cancelling would cross pull requests',
      code: `on: pull_request_target\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n${TEST_JOB}\n`,
    },
    {
      name: 'a group per run never cancels anything',
      code: `on: pull_request\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.run_id }}\n${TEST_JOB}\n`,
    },
    {
      name: 'a constant group serialises on purpose',
      code: `on: pull_request\nconcurrency: benchmark-machine\n${TEST_JOB}\n`,
    },
    {
      name: 'a group that cannot be evaluated',
      code: `on: pull_request\nconcurrency:\n  group: \${{ vars.GROUP }}\n${TEST_JOB}\n`,
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
          group: \${{ github.workflow }}-\${{ github.event.pull_request.number }}
          cancel-in-progress: true

        jobs:
          test:
            runs-on: [self-hosted, cuda]
            steps:
              - run: uv run pytest
      `,
    },
    {
      // github.ref is the base branch in these runs: grouping by it would cancel other pull requests' runs.
      name: 'pull_request_target: grouped by pull request number',
      code: `on:\n  pull_request_target:\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 2, column: 3 }],
      output: `on:\n  pull_request_target:\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.event.pull_request.number }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      name: 'pull_request and pull_request_target: one group per event and pull request',
      code: `on: [pull_request, pull_request_target]\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 1, column: 6 }],
      output: `on: [pull_request, pull_request_target]\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.event_name }}-\${{ github.event.pull_request.number }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      name: 'a labeled-only pull_request_target beside pull_request keeps a group per run',
      code: `on:\n  pull_request:\n  pull_request_target:\n    types: [labeled]\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 2, column: 3 }],
      output: `on:\n  pull_request:\n  pull_request_target:\n    types: [labeled]\nconcurrency:\n  group: \${{ github.workflow }}-\${{ (github.event_name == 'pull_request' && github.event.pull_request.number) || github.run_id }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      // Pushes to main, the schedule and manual runs each get a group of their own: nothing changes for them.
      name: 'pull_request beside push to main and a schedule: other runs keep a group per run',
      code: `on:\n  push:\n    branches: [main]\n  pull_request:\n  schedule:\n    - cron: '0 0 * * *'\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 4, column: 3 }],
      output: `on:\n  push:\n    branches: [main]\n  pull_request:\n  schedule:\n    - cron: '0 0 * * *'\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.event.pull_request.number || github.run_id }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      name: 'push and pull_request: pull requests and feature branches cancel, main and tags do not (unsafe fix)',
      code: `on: [push, pull_request]\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 1, column: 12 }],
      output: `on: [push, pull_request]\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.event.pull_request.number || (github.event_name == 'push' && github.ref_type == 'branch' && !contains(fromJSON('["main","master"]'), github.ref_name) && github.ref) || github.run_id }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      // No pull request trigger: the fix must not hinge on `github.event_name == 'pull_request'`.
      name: 'push to every branch, no pull request trigger: cancel on feature branches only',
      code: `on: push\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 1, column: 5 }],
      output: `on: push\nconcurrency:\n  group: \${{ github.workflow }}-\${{ (github.ref_type == 'branch' && !contains(fromJSON('["main","master"]'), github.ref_name) && github.ref) || github.run_id }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      name: 'push to every branch: the branches pull requests target stay long-lived',
      code: `on: push\n${TEST_JOB}\n`,
      files: {
        '.github/workflows/pr.yml':
          "on:\n  pull_request:\n    branches: [main, integration, 'support/**']\njobs: {}\n",
      },
      errors: [{ messageId: 'missingBlock', line: 1, column: 5 }],
      output: `on: push\nconcurrency:\n  group: \${{ github.workflow }}-\${{ (github.ref_type == 'branch' && !startsWith(github.ref_name, 'support/') && !contains(fromJSON('["main","master","integration"]'), github.ref_name) && github.ref) || github.run_id }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      name: 'push filtered to main and feature branches: the fix names the feature branches',
      code: `on:\n  push:\n    branches: [main, 'feature/**']\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 2, column: 3 }],
      output: `on:\n  push:\n    branches: [main, 'feature/**']\nconcurrency:\n  group: \${{ github.workflow }}-\${{ (startsWith(github.ref_name, 'feature/') && github.ref) || github.run_id }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      name: 'branches-ignore runs on feature branches',
      code: `on:\n  push:\n    branches-ignore: [main]\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 2, column: 3 }],
      output: `on:\n  push:\n    branches-ignore: [main]\nconcurrency:\n  group: \${{ github.workflow }}-\${{ (github.ref_name != 'master' && github.ref) || github.run_id }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      name: 'another workflow has the same name: the group says which file',
      code: `name: CI\non: pull_request\n${TEST_JOB}\n`,
      files: { '.github/workflows/other.yml': 'name: CI\non: push\njobs: {}\n' },
      errors: [{ messageId: 'missingBlock', line: 2, column: 5 }],
      output: `name: CI\non: pull_request\nconcurrency:\n  group: ci.yml-\${{ github.event.pull_request.number }}\n  cancel-in-progress: true\n\n${TEST_JOB}\n`,
    },
    {
      name: 'types that include synchronize run for every push',
      code: `on:\n  pull_request:\n    types: [opened, edited, synchronize, reopened]\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 2, column: 3 }],
    },
    {
      name: 'a labeled-only pull request trigger, and push to every branch',
      code: `on:\n  pull_request:\n    types: [labeled]\n  push:\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingBlock', line: 4, column: 3 }],
    },
    {
      name: 'a job gated on tags does not make the workflow a release',
      code: dedent`
        on: [push, pull_request]
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: make test
          release:
            if: startsWith(github.ref, 'refs/tags/')
            runs-on: ubuntu-latest
            steps:
              - run: npm publish
      `,
      errors: [{ messageId: 'missingBlock', line: 1, column: 12 }],
    },
    {
      name: 'an image pushed only outside pull requests',
      code: dedent`
        on:
          push:
            branches: [main]
          pull_request:
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  push: \${{ github.event_name != 'pull_request' }}
      `,
      errors: [{ messageId: 'missingBlock', line: 4, column: 3 }],
    },
    {
      name: 'an environment that only holds secrets is no deployment',
      code: dedent`
        on: pull_request
        jobs:
          bot:
            runs-on: ubuntu-latest
            environment: automations
            steps:
              - run: make test
      `,
      errors: [{ messageId: 'missingBlock', line: 1, column: 5 }],
    },
    {
      name: 'goreleaser --snapshot uploads nothing',
      code: dedent`
        on: pull_request
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: goreleaser/goreleaser-action@v6
                with:
                  args: release --snapshot --clean
      `,
      errors: [{ messageId: 'missingBlock', line: 1, column: 5 }],
    },
    {
      name: 'a clean-up workflow that runs only in the merge queue does not cover pull requests',
      code: `on: pull_request\n${TEST_JOB}\n`,
      files: {
        '.github/workflows/cancel.yml': dedent`
          on: merge_group
          jobs:
            cancel:
              runs-on: ubuntu-latest
              steps:
                - uses: pierreraffa/cancel-previous-runs-action@1.11
                  with:
                    workflow_names: '*'
        `,
      },
      errors: [{ messageId: 'missingBlock', line: 1, column: 5 }],
    },
    {
      name: 'concurrency without cancel-in-progress (4-space indentation)',
      code: 'on: pull_request\nconcurrency:\n    group: ci-${{ github.ref }}\njobs:\n    test:\n        runs-on: ubuntu-latest\n        steps:\n            - run: make test\n',
      errors: [{ messageId: 'missingCancel', line: 2, column: 1 }],
      output:
        'on: pull_request\nconcurrency:\n    group: ci-${{ github.ref }}\n    cancel-in-progress: true\njobs:\n    test:\n        runs-on: ubuntu-latest\n        steps:\n            - run: make test\n',
    },
    {
      name: 'concurrency as a scalar group',
      code: `on: pull_request\nconcurrency: ci-\${{ github.ref }}\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingCancel', line: 2, column: 1 }],
      output: `on: pull_request\nconcurrency:\n  group: ci-\${{ github.ref }}\n  cancel-in-progress: true\n${TEST_JOB}\n`,
    },
    {
      name: 'a group shared with pushes to main: cancel pull request runs only',
      code: `on:\n  push:\n    branches: [main]\n  pull_request:\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingCancel', line: 5, column: 1 }],
      output: `on:\n  push:\n    branches: [main]\n  pull_request:\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n  cancel-in-progress: \${{ github.event_name == 'pull_request' }}\n${TEST_JOB}\n`,
    },
    {
      name: 'pull_request_target with a group per pull request',
      code: `on:\n  push:\n    branches: [main]\n  pull_request_target:\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.event.pull_request.number || github.ref }}\n${TEST_JOB}\n`,
      errors: [{ messageId: 'missingCancel', line: 5, column: 1 }],
      output: `on:\n  push:\n    branches: [main]\n  pull_request_target:\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.event.pull_request.number || github.ref }}\n  cancel-in-progress: \${{ github.event_name == 'pull_request_target' }}\n${TEST_JOB}\n`,
    },
    {
      // What the fix of ciscope 0.1 wrote into push-only workflows: silent, and never true.
      name: 'cancel-in-progress that no trigger of the workflow can make true',
      code: `on: push\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n  cancel-in-progress: \${{ github.event_name == 'pull_request' }}\n${TEST_JOB}\n`,
      errors: [{ messageId: 'cancelNeverTrue', line: 4, column: 23 }],
      output: `on: push\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n  cancel-in-progress: \${{ github.ref_type == 'branch' && !contains(fromJSON('["main","master"]'), github.ref_name) }}\n${TEST_JOB}\n`,
    },
    {
      name: 'cancel-in-progress never true in pull_request_target runs, whose group holds one pull request',
      code: `on: pull_request_target\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.head_ref }}\n  cancel-in-progress: \${{ github.event_name == 'pull_request' }}\n${TEST_JOB}\n`,
      errors: [{ messageId: 'cancelNeverTrue', line: 4, column: 23 }],
      output: `on: pull_request_target\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.head_ref }}\n  cancel-in-progress: true\n${TEST_JOB}\n`,
    },
  ],
});
