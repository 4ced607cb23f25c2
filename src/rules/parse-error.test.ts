import { testRule } from '../testing/rule-tester.ts';
import rule from './parse-error.ts';

testRule(rule, {
  valid: [
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n',
    {
      name: 'anchors and aliases, which GitHub accepts',
      code: 'on: push\njobs:\n  a: &job\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n  b: *job\n',
    },
  ],
  invalid: [
    {
      name: 'a YAML syntax error: an unclosed flow sequence',
      code: 'on: push\njobs:\n  a:\n    runs-on: [ubuntu-latest\n    steps: []\n',
      errors: [{ messageId: 'problem', line: 5, column: 5 }],
      output: null,
    },
    {
      name: 'a workflow that is not a mapping',
      code: '- on: push\n',
      errors: [{ messageId: 'problem', line: 1, column: 1 }],
      output: null,
    },
    {
      name: 'no jobs',
      code: 'on: push\n',
      errors: [{ messageId: 'problem', line: 1, column: 1 }],
      output: null,
    },
    {
      name: 'a broken Dockerfile-side compose file is reported too, and the workflow still analysed',
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n',
      files: { 'docker-compose.yml': 'services:\n  app: [\n' },
      errors: [{ messageId: 'problem', line: 3, column: 1, file: 'docker-compose.yml' }],
      output: null,
    },
  ],
});
