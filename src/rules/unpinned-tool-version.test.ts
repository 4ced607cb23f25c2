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

/** saleor's product image: uv is what the image ships, not what CI runs. */
const PRODUCT_DOCKERFILE =
  'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.12.1@sha256:cf4e \\\n  /uv /uvx /bin/\n';

const uvJob = (runsOn: string, uses = 'astral-sh/setup-uv@v7') =>
  `on: push\njobs:\n  t:\n    runs-on: ${runsOn}\n    steps: [{ uses: ${uses} }]\n`;

testRule(rule, {
  valid: [
    {
      name: 'seed 002 after the fix: both sides pin 0.11.8',
      code: 'on: push\njobs:\n  t:\n    runs-on: [self-hosted]\n    steps:\n      - uses: astral-sh/setup-uv@v7\n        with:\n          version: "0.11.8"\n',
      files: { '.github/runners/Dockerfile': RUNNER_DOCKERFILE },
    },
    {
      name: 'issue 8: a product image pins uv for itself, not for the hosted CI jobs (saleor)',
      code: uvJob('ubuntu-latest'),
      files: { Dockerfile: PRODUCT_DOCKERFILE },
    },
    {
      name: 'issue 8: a product image is no pin even for a self-hosted job',
      code: uvJob('[self-hosted, linux]'),
      files: { Dockerfile: 'FROM python:3.12\nARG UV_VERSION=0.5.4\n' },
    },
    {
      name: 'issue 8: a runner image pins only for the jobs that run on it, not for hosted ones',
      code: uvJob('ubuntu-24.04'),
      files: { '.github/runners/Dockerfile': RUNNER_DOCKERFILE },
    },
    {
      name: 'issue 8: `test-runner/` names a test harness image, not a CI runner',
      code: uvJob('[self-hosted]'),
      files: { 'docker/test-runner/Dockerfile': 'FROM python:3.12\nARG UV_VERSION=0.5.4\n' },
    },
    {
      name: 'issue 8: a version file in a sub-directory is not where the setup action looks',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-node@v4 }]\n',
      files: { 'docs/.nvmrc': '20\n' },
    },
    {
      name: 'issue 8: a required-version range floats on purpose when nothing else pins uv',
      code: uvJob('ubuntu-latest', 'astral-sh/setup-uv@v4'),
      files: { 'pyproject.toml': '[project]\nname = "x"\n\n[tool.uv]\nrequired-version = ">=0.5.4"\n' },
    },
    {
      name: 'setup-uv v5+ reads an exact required-version from pyproject.toml by itself',
      code: uvJob('[self-hosted]', 'astral-sh/setup-uv@v6'),
      files: {
        '.github/runners/Dockerfile': RUNNER_DOCKERFILE,
        'pyproject.toml': '[project]\nname = "x"\n\n[tool.uv]\nrequired-version = "==0.11.8"\n',
      },
    },
    {
      name: 'setup-python v4+ reads .python-version by itself',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-python@v5 }]\n',
      files: { '.python-version': '3.12\n' },
    },
    {
      name: 'setup-bun v2 reads packageManager by itself',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: oven-sh/setup-bun@v2 }]\n',
      files: { 'package.json': '{ "packageManager": "bun@1.1.31" }\n' },
    },
    {
      name: 'pnpm/action-setup cannot float: it reads packageManager, and fails without it or `version`',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: pnpm/action-setup@v4 }]\n',
      files: { '.tool-versions': 'pnpm 9.12.0\n' },
    },
    {
      name: 'a version file input is one source of truth',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-go@v5, with: { go-version-file: go.mod } }]\n',
      files: { '.go-version': '1.22.3\n' },
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
      name: 'seed 002: setup-uv floats on the self-hosted pool while the runner image pins UV_VERSION',
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
      errors: [{ messageId: 'unpinnedRunnerImage', line: 8, column: 15 }],
      output: dedent`
        name: unit-tests
        on: pull_request
        env:
          UV_VERSION: "0.11.8"

        jobs:
          test:
            runs-on: [self-hosted, cuda]
            steps:
              - uses: actions/checkout@v4
              - uses: astral-sh/setup-uv@v7
                with:
                  enable-cache: true
                  version: \${{ env.UV_VERSION }}
              - run: uv sync --all-extras --frozen
      `,
    },
    {
      name: 'issue 8: several steps of one workflow share one `env` entry instead of one literal each',
      code: dedent`
        on: push
        env:
          FORCE_COLOR: 1
        jobs:
          lint:
            runs-on: [self-hosted, linux]
            steps:
              - uses: astral-sh/setup-uv@v7
          test:
            runs-on: { group: gpu }
            steps:
              - uses: astral-sh/setup-uv@v7
                with: { enable-cache: true }
      `,
      files: {
        'ci/runner/Dockerfile': 'FROM ghcr.io/actions/actions-runner:2.320.0\nENV UV_VERSION=0.11.8\n',
      },
      errors: [
        { messageId: 'unpinnedRunnerImage', line: 8, column: 15 },
        { messageId: 'unpinnedRunnerImage', line: 12, column: 15 },
      ],
      output: dedent`
        on: push
        env:
          FORCE_COLOR: 1
          UV_VERSION: "0.11.8"
        jobs:
          lint:
            runs-on: [self-hosted, linux]
            steps:
              - uses: astral-sh/setup-uv@v7
                with:
                  version: \${{ env.UV_VERSION }}
          test:
            runs-on: { group: gpu }
            steps:
              - uses: astral-sh/setup-uv@v7
                with: { enable-cache: true, version: "\${{ env.UV_VERSION }}" }
      `,
    },
    {
      name: 'a runner image found by its base image, for a matrix that includes a self-hosted runner',
      code: dedent`
        on: push
        jobs:
          t:
            strategy:
              matrix:
                runner: [ubuntu-latest, arc-gpu]
            runs-on: \${{ matrix.runner }}
            steps:
              - uses: astral-sh/setup-uv@v7
      `,
      files: { 'ci/Dockerfile': 'FROM summerwind/actions-runner:latest\nRUN pip install uv==0.9.1\n' },
      errors: [{ messageId: 'unpinnedRunnerImage', line: 9, column: 15 }],
    },
    {
      name: 'setup-node reads no file: point it at .nvmrc (its cache key has no Node.js version)',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n',
      files: { '.nvmrc': 'v20.11.0\n' },
      errors: [{ messageId: 'unpinned', line: 6, column: 15 }],
      output:
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n          node-version-file: .nvmrc\n',
    },
    {
      name: 'setup-python with a pip cache keyed by the version, pinned in .tool-versions',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@v5\n        with: { cache: pip }\n',
      files: { '.tool-versions': 'python 3.12.4\n' },
      errors: [{ messageId: 'unpinnedCache', line: 6, column: 15 }],
      output:
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@v5\n        with: { cache: pip, python-version-file: .tool-versions }\n',
    },
    {
      name: 'setup-python v3 neither reads .python-version nor has a file input: one env entry',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-python@v3 }]\n',
      files: { '.python-version': '3.12\n' },
      errors: [{ messageId: 'unpinned', line: 5, column: 21 }],
      output:
        'on: push\nenv:\n  PYTHON_VERSION: "3.12"\n\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-python@v3, with: { python-version: "${{ env.PYTHON_VERSION }}" } }]\n',
    },
    {
      name: 'setup-uv before v5 does not read an exact required-version',
      code: uvJob('ubuntu-latest', 'astral-sh/setup-uv@v4'),
      files: { 'pyproject.toml': '[project]\nname = "x"\n\n[tool.uv]\nrequired-version = "==0.5.4"\n' },
      errors: [{ messageId: 'unpinned', line: 5, column: 21 }],
      output:
        'on: push\nenv:\n  UV_VERSION: "0.5.4"\n\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: astral-sh/setup-uv@v4, with: { version: "${{ env.UV_VERSION }}" } }]\n',
    },
    {
      name: 'setup-bun pinned by .bun-version',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: oven-sh/setup-bun@v2\n',
      files: { '.bun-version': '1.1.31\n' },
      errors: [{ messageId: 'unpinned', line: 6, column: 15 }],
      output:
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: oven-sh/setup-bun@v2\n        with:\n          bun-version-file: .bun-version\n',
    },
    {
      name: 'setup-deno pinned by .dvmrc',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: denoland/setup-deno@v2\n',
      files: { '.dvmrc': '2.1.4\n' },
      errors: [{ messageId: 'unpinned', line: 6, column: 15 }],
      output:
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: denoland/setup-deno@v2\n        with:\n          deno-version-file: .dvmrc\n',
    },
    {
      name: 'a local composite action with setup-go (cache on by default, keyed by the version), pinned by .tool-versions',
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: ./.github/actions/setup }]\n',
      output:
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: ./.github/actions/setup }]\n',
      files: {
        '.github/actions/setup/action.yml':
          'runs:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v5\n',
        '.tool-versions': 'golang 1.22.3\nnodejs 20.11.0\n',
      },
      errors: [{ messageId: 'unpinnedCache', line: 4, column: 13, file: '.github/actions/setup/action.yml' }],
      outputFiles: {
        '.github/actions/setup/action.yml':
          'runs:\n  using: composite\n  steps:\n    - uses: actions/setup-go@v5\n      with:\n        go-version-file: .tool-versions\n',
      },
    },
  ],
});

describe('unpinned-tool-version', () => {
  it('names the pin and does not claim a cache it cannot see', () => {
    const findings = lintCase(rule, {
      '.github/workflows/ci.yml': uvJob('[self-hosted]'),
      '.github/runners/Dockerfile': RUNNER_DOCKERFILE,
    });
    expect(findings.map((f) => f.message)).toEqual([
      '`astral-sh/setup-uv` sets no `version` and installs whatever uv version it resolves, while the runner image `.github/runners/Dockerfile` pins 0.11.8: CI runs another version than the image was built for, and what the image installs or caches for 0.11.8 goes unused.',
    ]);
    const node = lintCase(rule, {
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/setup-node@v4 }]\n',
      '.nvmrc': '20\n',
    });
    expect(node.map((f) => f.message)).toEqual([
      '`actions/setup-node` sets no `node-version` and installs whatever Node.js version it resolves, while `.nvmrc` pins 20: CI tests another version than the pinned one.',
    ]);
  });

  it('prefers the version file, and leaves disagreeing pins to a human', () => {
    const findings = lintCase(rule, {
      '.github/workflows/ci.yml': uvJob('[self-hosted]'),
      '.tool-versions': 'uv 0.5.4\n',
      '.github/runners/Dockerfile': RUNNER_DOCKERFILE,
    });
    expect(findings[0]?.fix).toMatchObject({
      title:
        'Add `version-file: .tool-versions` to the `astral-sh/setup-uv` step (review: `.github/runners/Dockerfile` pins 0.11.8)',
      safety: 'unsafe',
    });
    expect(findings[0]?.related.map((r) => `${r.file}:${r.start.line} ${r.message}`)).toEqual([
      '.github/runners/Dockerfile:2 uv 0.11.8 pinned here',
      '.tool-versions:1 uv 0.5.4 pinned here',
    ]);
  });

  it('reuses a workflow env entry that already holds the pin', () => {
    const findings = lintCase(rule, {
      '.github/workflows/ci.yml':
        'on: push\nenv:\n  UV_VERSION: 0.11.8\njobs:\n  t:\n    runs-on: [self-hosted]\n    steps: [{ uses: astral-sh/setup-uv@v7 }]\n',
      '.github/runners/Dockerfile': RUNNER_DOCKERFILE,
    });
    expect(findings[0]?.fix?.edits.map((edit) => edit.text)).toEqual([
      ', with: { version: "${{ env.UV_VERSION }}" }',
    ]);
  });
});
