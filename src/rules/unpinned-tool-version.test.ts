import { describe, expect, it } from 'vitest';
import { dedent, lintCase, testRule } from '../testing/rule-tester.ts';
import rule from './unpinned-tool-version.ts';

/** Seed 002's runner image: uv pinned on the image side. */
const RUNNER_DOCKERFILE = dedent`
  FROM myoung34/github-runner:latest
  ARG UV_VERSION=0.11.8
  RUN curl -LsSf https://astral.sh/uv/\${UV_VERSION}/install.sh | sh
  COPY . /tmp/flowmesh
  RUN cd /tmp/flowmesh && uv sync --all-extras --frozen && rm -rf /tmp/flowmesh
`;

testRule(rule, {
  valid: [
    {
      name: 'seed 002 after the fix: both sides pin 0.11.8',
      code: 'on: push\njobs:\n  t:\n    runs-on: [self-hosted]\n    steps:\n      - uses: astral-sh/setup-uv@v7\n        with:\n          version: "0.11.8"\n',
      files: { '.github/runners/Dockerfile': RUNNER_DOCKERFILE },
    },
    {
      name: 'setup-uv reads an exact required-version from pyproject.toml by itself',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: astral-sh/setup-uv@v6 }]\n',
      files: {
        Dockerfile: 'FROM python:3.12\nARG UV_VERSION=0.5.4\n',
        'pyproject.toml': '[project]\nname = "x"\n\n[tool.uv]\nrequired-version = "==0.5.4"\n',
      },
    },
    {
      name: 'setup-python v4+ reads .python-version by itself',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-python@v5 }]\n',
      files: { '.python-version': '3.12\n' },
    },
    {
      name: 'pnpm/action-setup reads packageManager by itself',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: pnpm/action-setup@v4 }]\n',
      files: { 'package.json': '{ "packageManager": "pnpm@9.12.0" }\n', '.tool-versions': 'pnpm 9.12.0\n' },
    },
    {
      name: 'a version from the matrix is explicit',
      code: "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    strategy: { matrix: { node: [18, 20] } }\n    steps:\n      - uses: actions/setup-node@v4\n        with: { node-version: '${{ matrix.node }}' }\n",
      files: { '.nvmrc': '20\n' },
    },
    {
      name: 'nothing pinned in the repository',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-node@v4 }]\n',
    },
  ],
  invalid: [
    {
      name: 'a required-version range still floats: setup-uv installs the newest match',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: astral-sh/setup-uv@v6 }]\n',
      files: {
        Dockerfile: 'FROM python:3.12\nARG UV_VERSION=0.5.4\n',
        'pyproject.toml': '[project]\nname = "x"\n\n[tool.uv]\nrequired-version = ">=0.5.4"\n',
      },
      errors: [{ messageId: 'unpinned', line: 5, column: 21 }],
    },
    {
      name: 'seed 002: setup-uv floats while the runner image pins UV_VERSION',
      code: dedent`
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
      `,
      files: { '.github/runners/Dockerfile': RUNNER_DOCKERFILE },
      errors: [{ messageId: 'unpinned', line: 8, column: 15 }],
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
                  version: "0.11.8"
              - run: uv sync --all-extras --frozen
      `,
    },
    {
      name: 'saleor: uv pinned by COPY --from=ghcr.io/astral-sh/uv, setup step without with:',
      code: dedent`
        on: push
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: astral-sh/setup-uv@11f9893b081a58869d3b5fccaea48c9e9e46f990 # v8.3.2
              - run: uv run ruff check
      `,
      files: {
        Dockerfile:
          'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.12.1@sha256:cf4e \\\n  /uv /uvx /bin/\n',
      },
      errors: [{ messageId: 'unpinned', line: 6, column: 15 }],
      output: dedent`
        on: push
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: astral-sh/setup-uv@11f9893b081a58869d3b5fccaea48c9e9e46f990 # v8.3.2
                with:
                  version: "0.12.1"
              - run: uv run ruff check
      `,
    },
    {
      name: 'setup-node reads no file: point it at .nvmrc',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n',
      files: { '.nvmrc': 'v20.11.0\n' },
      errors: [{ messageId: 'unpinned', line: 6, column: 15 }],
      output:
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n          node-version-file: .nvmrc\n',
    },
    {
      name: 'setup-python v3 does not read .python-version yet',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-python@v3 }]\n',
      files: { '.python-version': '3.12\n' },
      errors: [{ messageId: 'unpinned', line: 5, column: 21 }],
      output:
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-python@v3, with: { python-version-file: .python-version } }]\n',
    },
    {
      name: 'a local composite action, pinned by .tool-versions',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: ./.github/actions/setup }]\n',
      output:
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: ./.github/actions/setup }]\n',
      files: {
        '.github/actions/setup/action.yml':
          'runs:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v5\n',
        '.tool-versions': 'golang 1.22.3\nnodejs 20.11.0\n',
      },
      errors: [{ messageId: 'unpinned', line: 4, column: 13, file: '.github/actions/setup/action.yml' }],
      outputFiles: {
        '.github/actions/setup/action.yml':
          'runs:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v5\n      with:\n        go-version-file: .tool-versions\n',
      },
    },
  ],
});

describe('unpinned-tool-version', () => {
  it('names the pin, and leaves disagreeing pins to a human', () => {
    const findings = lintCase(rule, {
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: astral-sh/setup-uv@v6 }]\n',
      Dockerfile: 'FROM python:3.12\nARG UV_VERSION=0.5.4\n',
      'docker/worker.Dockerfile': 'FROM python:3.12\nRUN pip install uv==0.6.0\n',
    });
    expect(findings.map((f) => f.message)).toEqual([
      '`astral-sh/setup-uv` sets no `version` and installs whatever uv version it resolves, while `Dockerfile` pins 0.5.4: CI runs another version than the pinned one, and caches built for it (a pre-baked runner image, a version-keyed cache) go unused.',
    ]);
    expect(findings[0]?.fix).toMatchObject({
      title:
        'Add `version: "0.5.4"` to the `astral-sh/setup-uv` step (review: `docker/worker.Dockerfile` pins 0.6.0)',
      safety: 'unsafe',
    });
    expect(findings[0]?.related.map((r) => `${r.file}:${r.start.line} ${r.message}`)).toEqual([
      'Dockerfile:2 uv 0.5.4 pinned here',
      'docker/worker.Dockerfile:2 uv 0.6.0 pinned here',
    ]);
  });
});
