import { testRule } from '../testing/rule-tester.ts';
import rule from './needs-cycle.ts';

testRule(rule, {
  valid: [
    'on: push\njobs:\n  a: { runs-on: x, steps: [run: a] }\n  b: { needs: a, runs-on: x, steps: [run: b] }\n',
  ],
  invalid: [
    {
      name: 'two jobs waiting for each other',
      code: 'on: push\njobs:\n  a: { needs: b, runs-on: x, steps: [run: a] }\n  b: { needs: a, runs-on: x, steps: [run: b] }\n',
      errors: [{ messageId: 'problem', line: 3, column: 15 }],
      output: null,
    },
    {
      name: 'a job that needs itself',
      code: 'on: push\njobs:\n  a: { needs: [a], runs-on: x, steps: [run: a] }\n',
      errors: [{ messageId: 'problem', line: 3, column: 16 }],
      output: null,
    },
  ],
});
