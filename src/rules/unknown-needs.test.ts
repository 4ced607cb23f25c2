import { testRule } from '../testing/rule-tester.ts';
import rule from './unknown-needs.ts';

testRule(rule, {
  valid: [
    'on: push\njobs:\n  build: { runs-on: x, steps: [run: a] }\n  test: { needs: build, runs-on: x, steps: [run: b] }\n',
    {
      name: 'job ids are matched case-insensitively, as GitHub does',
      code: 'on: push\njobs:\n  lint: { runs-on: x, steps: [run: a] }\n  test: { needs: [Lint], runs-on: x, steps: [run: b] }\n',
    },
  ],
  invalid: [
    {
      name: 'a typo in needs',
      code: 'on: push\njobs:\n  build: { runs-on: x, steps: [run: a] }\n  test: { needs: [biuld], runs-on: x, steps: [run: b] }\n',
      errors: [{ messageId: 'problem', line: 4, column: 19 }],
      output: null,
    },
  ],
});
