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
            prune-cache: false
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
          with: { enable-cache: true, prune-cache: false }
        - run: uv run scripts/check_pr_title.py
`;

/** Two jobs of one workflow building images with `docker/build-push-action` and a `type=gha` cache. */
const twoImages = (apiCache: string, workerCache: string) => dedent`
  on: push
  jobs:
    api:
      runs-on: ubuntu-latest
      steps:
        - uses: docker/build-push-action@v6
          with:
            context: api
            ${apiCache}
    worker:
      runs-on: ubuntu-latest
      steps:
        - uses: docker/build-push-action@v6
          with:
            file: docker/worker.Dockerfile
            ${workerCache}
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
      name: 'issue 8: a pruned setup-uv cache (the default) holds only wheels built from source',
      code: UNIT_TESTS.replace('\n          prune-cache: false', ''),
      files: {
        '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE.replace(', prune-cache: false', ''),
      },
    },
    {
      name: 'a step that does not save cannot overwrite anything',
      code: UNIT_TESTS.replace('prune-cache: false', 'prune-cache: false\n          save-cache: false'),
      files: { '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE },
    },
    {
      name: 'setup-uv keys by the Python that a preceding setup-python installs',
      code: UNIT_TESTS.replace(
        '      - uses: astral-sh/setup-uv@v7',
        '      - uses: actions/setup-python@v5\n          with: { python-version: "3.13" }\n        - uses: astral-sh/setup-uv@v7',
      ),
      files: { '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE },
    },
    {
      name: 'shards of one matrix job install the same things',
      code: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy: { matrix: { group: [docs, tests] } }
            steps:
              - uses: astral-sh/setup-uv@v7
                with: { prune-cache: false }
              - run: uv sync --group \${{ matrix.group }}
      `,
    },
    {
      name: 'issue 8: two builds of one Dockerfile share the default scope on purpose',
      code: twoImages('cache-to: type=gha,mode=max', 'cache-to: type=gha').replace(
        'file: docker/worker.Dockerfile',
        'context: api',
      ),
    },
    {
      name: 'different Dockerfiles with a scope each',
      code: twoImages('cache-to: type=gha,scope=api', 'cache-to: type=gha,mode=max,scope=worker'),
    },
    {
      name: 'a build that only reads the default scope overwrites nothing',
      code: twoImages('cache-to: type=gha,mode=max', 'cache-from: type=gha'),
    },
    {
      name: 'a cache export chosen by an expression ciscope cannot evaluate',
      code: twoImages(
        'cache-to: type=gha',
        "cache-to: \${{ github.ref_name == 'main' && 'type=gha' || '' }}",
      ),
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
                  prune-cache: false
                  cache-suffix: \${{ github.workflow }}
              - run: uv sync --all-extras --frozen
      `,
      outputFiles: {
        '.github/workflows/check-pr-title.yml': CHECK_PR_TITLE.replace(
          'prune-cache: false }',
          'prune-cache: false, cache-suffix: "${{ github.workflow }}" }',
        ),
      },
    },
    {
      name: 'setup-uv v6+ caches by default on hosted runners (enable-cache: auto); ubuntu-latest is 24.04',
      code: 'name: docs\non: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: astral-sh/setup-uv@v6\n        with:\n          prune-cache: false\n      - run: uv sync --group docs\n',
      files: {
        '.github/workflows/test.yml':
          'name: test\non: push\njobs:\n  t:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: astral-sh/setup-uv@v6\n        with: { prune-cache: false }\n      - run: uv sync --group tests && uv run pytest\n',
      },
      errors: [
        { messageId: 'sharedKey', line: 7, column: 15 },
        { messageId: 'sharedKey', line: 7, column: 15, file: '.github/workflows/test.yml' },
      ],
      output:
        'name: docs\non: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: astral-sh/setup-uv@v6\n        with:\n          prune-cache: false\n          cache-suffix: ${{ github.workflow }}\n      - run: uv sync --group docs\n',
    },
    {
      name: 'issue 8: `cache-suffix: ${{ github.workflow }}` leaves two jobs of one workflow on one key',
      code: dedent`
        name: ci
        on: push
        jobs:
          docs:
            runs-on: ubuntu-latest
            steps:
              - uses: astral-sh/setup-uv@v7
                with:
                  prune-cache: false
                  cache-suffix: \${{ github.workflow }}
              - run: uv sync --group docs
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: astral-sh/setup-uv@v7
                with:
                  prune-cache: false
                  cache-suffix: "\${{ github.workflow }}"
              - run: uv sync --all-extras
      `,
      errors: [
        { messageId: 'sharedKey', line: 7, column: 15 },
        { messageId: 'sharedKey', line: 15, column: 15 },
      ],
      output: dedent`
        name: ci
        on: push
        jobs:
          docs:
            runs-on: ubuntu-latest
            steps:
              - uses: astral-sh/setup-uv@v7
                with:
                  prune-cache: false
                  cache-suffix: \${{ github.workflow }}-\${{ github.job }}
              - run: uv sync --group docs
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: astral-sh/setup-uv@v7
                with:
                  prune-cache: false
                  cache-suffix: "\${{ github.workflow }}-\${{ github.job }}"
              - run: uv sync --all-extras
      `,
    },
    {
      name: 'issue 8: jobs of one workflow sharing an actions/cache key get the job in it',
      code: dedent`
        on: push
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/cache@v4
                with: { path: ~/.cache/pip, key: "pip-\${{ hashFiles('requirements*.txt') }}" }
              - run: pip install -r requirements-lint.txt
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/cache@v4
                with: { path: ~/.cache/pip, key: "pip-\${{ hashFiles('requirements*.txt') }}" }
              - run: pip install -r requirements.txt
      `,
      errors: [
        { messageId: 'sharedKey', line: 6, column: 15 },
        { messageId: 'sharedKey', line: 12, column: 15 },
      ],
      output: dedent`
        on: push
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/cache@v4
                with: { path: ~/.cache/pip, key: "\${{ github.job }}-pip-\${{ hashFiles('requirements*.txt') }}" }
              - run: pip install -r requirements-lint.txt
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/cache@v4
                with: { path: ~/.cache/pip, key: "\${{ github.job }}-pip-\${{ hashFiles('requirements*.txt') }}" }
              - run: pip install -r requirements.txt
      `,
    },
    {
      name: 'issue 8: builds of different Dockerfiles write the default type=gha scope',
      code: twoImages(
        'cache-from: type=gha\n            cache-to: type=gha,mode=max',
        'cache-to: "type=gha"',
      ),
      errors: [
        { messageId: 'sharedLayerScope', line: 6, column: 15 },
        { messageId: 'sharedLayerScope', line: 14, column: 15 },
      ],
      output: twoImages(
        'cache-from: type=gha,scope=api\n            cache-to: type=gha,mode=max,scope=api',
        'cache-to: "type=gha,scope=worker"',
      ),
    },
    {
      name: 'issue 8: a matrix over Dockerfiles writing one scope (no fix: one literal cannot name each shard)',
      code: dedent`
        on: push
        jobs:
          images:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                image: [api, worker]
            steps:
              - uses: docker/build-push-action@v6
                with:
                  file: docker/\${{ matrix.image }}.Dockerfile
                  cache-to: type=gha,scope=images
      `,
      errors: [{ messageId: 'sharedLayerScope', line: 9, column: 15 }],
      output: null,
    },
    {
      name: 'a docker buildx build command and an action step on one scope',
      code: twoImages('cache-to: type=gha', 'cache-to: type=gha').replace(
        '      - uses: docker/build-push-action@v6\n        with:\n          context: api\n          cache-to: type=gha',
        '      - run: docker buildx build -f api/Dockerfile --cache-to type=gha,mode=max api',
      ),
      errors: [
        { messageId: 'sharedLayerScope', line: 6, column: 14 },
        { messageId: 'sharedLayerScope', line: 10, column: 15 },
      ],
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
