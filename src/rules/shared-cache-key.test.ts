import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './shared-cache-key.ts';

/** Seed 002, after its second commit: every workflow enables the uv cache, none sets a suffix. */
const UNIT_TESTS = dedent`
  name: unit-tests
  on: pull_request
  jobs:
    test:
      runs-on: [self-hosted, cuda]
      steps:
        - uses: actions/checkout@v4
        - uses: astral-sh/setup-uv@v7
          with:
            enable-cache: true
        - run: uv sync --all-extras --frozen
`;
const CHECK_PR_TITLE = dedent`
  name: check-pr-title
  on: pull_request
  jobs:
    check:
      runs-on: [self-hosted, cuda]
      steps:
        - uses: astral-sh/setup-uv@v7
          with: { enable-cache: true }
        - run: uv run scripts/check_pr_title.py
`;

const pipCache = (name: string, install: string) => dedent`
  name: ${name}
  on: push
  jobs:
    job:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/cache@v4
          with:
            path: ~/.cache/pip
            key: "\${{ runner.os }}-pip-\${{ hashFiles('**/requirements*.txt') }}"
        - run: pip install -r ${install}
`;

testRule(rule, {
  valid: [
    {
      name: 'seed 002 fixed: a suffix per workflow',
      code: UNIT_TESTS.replace(
        'enable-cache: true',
        'enable-cache: true\n          cache-suffix: ${{ github.workflow }}',
      ),
      files: {
        '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE.replace(
          'enable-cache: true',
          'enable-cache: true, cache-suffix: title',
        ),
      },
    },
    {
      name: 'same install set in both workflows',
      code: UNIT_TESTS,
      files: { '.github/workflows/nightly.yml': UNIT_TESTS.replace('name: unit-tests', 'name: nightly') },
    },
    {
      name: 'different runners, different keys',
      code: UNIT_TESTS,
      files: {
        '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE.replace(
          '[self-hosted, cuda]',
          'ubuntu-latest',
        ),
      },
    },
    {
      name: 'cache disabled (setup-uv v5 defaults to off)',
      code: UNIT_TESTS.replace('@v7', '@v5').replace('enable-cache: true', 'python-version: "3.12"'),
      files: { '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE },
    },
    {
      name: 'an install set ciscope cannot read',
      code: UNIT_TESTS.replace('uv sync --all-extras --frozen', 'make test'),
      files: { '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE },
    },
    {
      name: 'actions/cache: same key but different paths are different entries',
      code: pipCache('a', 'requirements.txt'),
      files: {
        '.github/workflows/b.yml': pipCache('b', 'requirements-dev.txt').replace(
          '~/.cache/pip',
          '~/.cache/pip-dev',
        ),
      },
    },
    {
      name: 'actions/cache: a key with the workflow in it',
      code: pipCache('a', 'requirements.txt').replace('key: "', 'key: "${{ github.workflow }}-'),
      files: {
        '.github/workflows/b.yml': pipCache('b', 'requirements-dev.txt').replace(
          'key: "',
          'key: "${{ github.workflow }}-',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'self-hosted runners with other labels but one OS and architecture share the key',
      code: UNIT_TESTS.replace('[self-hosted, cuda]', '[self-hosted, linux, cuda]'),
      files: {
        '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE.replace(
          '[self-hosted, cuda]',
          '[self-hosted, linux]',
        ),
      },
      errors: [
        { messageId: 'sharedKey', line: 7, column: 15, file: '.github/workflows/check-pr-title.yml' },
        { messageId: 'sharedKey', line: 8, column: 15 },
      ],
    },
    {
      name: 'seed 002: check-pr-title saves a tiny cache that unit-tests then restores',
      code: UNIT_TESTS,
      files: { '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE },
      errors: [
        { messageId: 'sharedKey', line: 7, column: 15, file: '.github/workflows/check-pr-title.yml' },
        { messageId: 'sharedKey', line: 8, column: 15 },
      ],
      output: dedent`
        name: unit-tests
        on: pull_request
        jobs:
          test:
            runs-on: [self-hosted, cuda]
            steps:
              - uses: actions/checkout@v4
              - uses: astral-sh/setup-uv@v7
                with:
                  enable-cache: true
                  cache-suffix: \${{ github.workflow }}
              - run: uv sync --all-extras --frozen
      `,
      outputFiles: {
        '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE.replace(
          'enable-cache: true }',
          'enable-cache: true, cache-suffix: ${{ github.workflow }} }',
        ),
      },
    },
    {
      name: 'setup-uv v6+ caches by default on hosted runners (enable-cache: auto)',
      code: 'name: docs\non: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: astral-sh/setup-uv@v6\n      - run: uv sync --group docs\n',
      files: {
        '.github/workflows/test.yml':
          'name: test\non: push\njobs:\n  t:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: astral-sh/setup-uv@v6\n      - run: uv sync --group tests && uv run pytest\n',
      },
      errors: [
        { messageId: 'sharedKey', line: 7, column: 15 },
        { messageId: 'sharedKey', line: 7, column: 15, file: '.github/workflows/test.yml' },
      ],
      output:
        'name: docs\non: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: astral-sh/setup-uv@v6\n        with:\n          cache-suffix: ${{ github.workflow }}\n      - run: uv sync --group docs\n',
    },
    {
      name: 'actions/cache pip cache keyed by the requirements files, two different installs',
      code: pipCache('a', 'requirements.txt'),
      files: { '.github/workflows/b.yml': pipCache('b', 'requirements-dev.txt') },
      errors: [
        { messageId: 'sharedKey', line: 7, column: 15, file: '.github/workflows/b.yml' },
        { messageId: 'sharedKey', line: 7, column: 15 },
      ],
      output: pipCache('a', 'requirements.txt').replace('key: "', 'key: "${{ github.workflow }}-'),
      outputFiles: {
        '.github/workflows/b.yml': pipCache('b', 'requirements-dev.txt').replace(
          'key: "',
          'key: "${{ github.workflow }}-',
        ),
      },
    },
    {
      name: 'jellyfin: setup-python pip caches on one lockfile (no suffix input, so no fix)',
      code: 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@v5\n        with: { python-version: "3.12", cache: pip }\n      - run: pip install pygithub\n',
      files: {
        '.github/workflows/b.yml':
          'on: issues\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@v5\n        with: { python-version: "3.12", cache: pip }\n      - run: pip install -r requirements.txt\n',
      },
      errors: [
        { messageId: 'sharedKey', line: 6, column: 15, file: '.github/workflows/b.yml' },
        { messageId: 'sharedKey', line: 6, column: 15 },
      ],
      output: null,
    },
  ],
});
