import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './unknown-suppression.ts';

testRule(rule, {
  valid: [
    {
      name: 'known rule ids, with a reason',
      code: dedent`
        on: push # ciscope-ignore missing-concurrency, missing-permissions: a nightly job
        jobs: {}
      `,
    },
    {
      name: 'the words inside a run script are not a comment',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  # ciscope-ignore not-a-rule
                  make
      `,
    },
    {
      name: 'a bare ciscope-ignore names nothing',
      code: 'on: push # ciscope-ignore\njobs: {}\n',
    },
  ],
  invalid: [
    {
      name: 'a misspelt id in a workflow (issue 14)',
      code: dedent`
        on: push
        jobs:
          build:
            # ciscope-ignore missing-timout: runs in seconds
            runs-on: ubuntu-latest
            steps: [{ run: make }]
      `,
      errors: [{ messageId: 'unknown', line: 4, column: 22 }],
      output: null,
    },
    {
      name: 'the second id of a list, in a Dockerfile',
      files: {
        '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
        Dockerfile: 'FROM node:20\n# ciscope-ignore unpinned-tool-version, qemu\nRUN npm i -g pnpm\n',
      },
      errors: [{ messageId: 'unknown', line: 2, column: 41, file: 'Dockerfile' }],
      output: null,
    },
  ],
});
