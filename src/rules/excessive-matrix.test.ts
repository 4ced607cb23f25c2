import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './excessive-matrix.ts';

testRule(rule, {
  valid: [
    {
      name: '16 × 16 is exactly the limit',
      code: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                a: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
                b: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
            steps: [{ run: make }]
      `,
    },
    {
      name: 'a dynamic matrix is not known statically',
      code: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy:
              matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
            steps: [{ run: make }]
      `,
    },
  ],
  invalid: [
    {
      name: 'issue 14: eight dimensions of ten values',
      code: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                a: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                b: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                c: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                d: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                e: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                f: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                g: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                h: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
            steps: [{ run: make }]
      `,
      errors: [{ messageId: 'overLimit', line: 6, column: 7 }],
      output: null,
    },
    {
      name: 'an exclude list leaves the count unknown but still over the limit',
      code: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                a: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                b: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                c: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                exclude:
                  - a: 0
            steps: [{ run: make }]
      `,
      errors: [{ messageId: 'overLimit', line: 6, column: 7 }],
      output: null,
    },
  ],
});
