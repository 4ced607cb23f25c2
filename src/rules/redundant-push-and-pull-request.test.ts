import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './redundant-push-and-pull-request.ts';

testRule(rule, {
  valid: [
    {
      name: 'push limited to the default branch',
      code: dedent`
        on:
          push:
            branches: [main]
          pull_request:
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
    },
    {
      name: 'push of tags only',
      code: dedent`
        on:
          push:
            tags: ['v*']
          pull_request:
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
    },
    {
      name: 'branches-ignore is a deliberate choice of the branches that run on push',
      code: dedent`
        on:
          push:
            branches-ignore: ['dependabot/**']
          pull_request:
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
    },
    {
      name: 'pull_request only for labels: a push never triggers it',
      code: dedent`
        on:
          push:
          pull_request:
            types: [labeled]
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
    },
    {
      name: 'the usual de-duplication condition on the only job',
      code: dedent`
        on: [push, pull_request]
        jobs:
          test:
            if: github.event_name == 'push' || github.event.pull_request.head.repo.full_name != github.repository
            runs-on: ubuntu-latest
            steps: [{ run: make test }]
      `,
    },
    {
      name: 'a gate job with the condition guards the jobs that need it',
      code: dedent`
        on: [push, pull_request]
        jobs:
          gate:
            if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.fork
            runs-on: ubuntu-latest
            steps: [{ run: 'true' }]
          test:
            needs: gate
            runs-on: ubuntu-latest
            steps: [{ run: make test }]
      `,
    },
    {
      name: 'one concurrency group for both events that cancels: the second run cancels the first',
      code: dedent`
        on: [push, pull_request]
        concurrency:
          group: \${{ github.workflow }}-\${{ github.head_ref || github.ref_name }}
          cancel-in-progress: true
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
    },
    {
      name: 'fkirc/skip-duplicate-actions',
      code: dedent`
        on: [push, pull_request]
        jobs:
          pre:
            runs-on: ubuntu-latest
            steps: [{ uses: fkirc/skip-duplicate-actions@v5 }]
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
    },
    {
      name: 'pull_request_target runs in the base repository context and is another kind of trigger',
      code: dedent`
        on: [push, pull_request_target]
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'the list form',
      code: dedent`
        on: [push, pull_request]
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
      errors: [{ messageId: 'bothEvents', line: 1, column: 6 }],
      output: null,
    },
    {
      name: 'a branch pattern that matches any branch, and one job guarded for one event',
      code: dedent`
        on:
          push:
            branches: ['**']
          pull_request:
            branches: [main]
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
          deploy:
            if: github.event_name == 'push'
            runs-on: ubuntu-latest
            steps: [{ run: make deploy }]
      `,
      errors: [{ messageId: 'bothEvents', line: 2, column: 3 }],
      output: null,
    },
    {
      name: 'a concurrency group that differs between the events does not de-duplicate',
      code: dedent`
        on: [push, pull_request]
        concurrency:
          group: \${{ github.workflow }}-\${{ github.ref }}
          cancel-in-progress: true
        jobs:
          test: { runs-on: ubuntu-latest, steps: [{ run: make test }] }
      `,
      errors: [{ messageId: 'bothEvents', line: 1, column: 6 }],
      output: null,
    },
  ],
});
