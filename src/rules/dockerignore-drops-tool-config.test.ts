import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './dockerignore-drops-tool-config.ts';

/** Seed 002: the runner image of a uv project, built from the repository root. */
const RUNNER_DOCKERFILE = dedent`
  # Build from the checkout root:
  #   docker build -t flowmesh-ci-runner:dev -f .github/runners/Dockerfile .
  FROM myoung34/github-runner:latest
  ARG UV_VERSION=0.11.8
  RUN curl -LsSf https://astral.sh/uv/\${UV_VERSION}/install.sh | sh
  COPY . /tmp/flowmesh
  RUN cd /tmp/flowmesh && uv sync --all-extras --frozen && rm -rf /tmp/flowmesh
`;

const SEED_DOCKERIGNORE = dedent`
  # Version control
  .git/

  # Virtual environments
  .venv/
  .python-version

  .claude/
`;

const UV_DOCKERFILE = 'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN uv sync --frozen\n';

testRule(rule, {
  valid: [
    {
      name: 'seed 002 after the fix: .python-version stays in the context',
      files: {
        '.github/runners/Dockerfile': RUNNER_DOCKERFILE,
        '.dockerignore': '.git/\n.venv/\n.claude/\n',
        '.python-version': '3.12\n',
      },
    },
    {
      name: 'no tool-version file in the repository: the pattern drops nothing',
      files: { Dockerfile: UV_DOCKERFILE, '.dockerignore': '.python-version\n' },
    },
    {
      name: 'python and pip do not read .python-version (saleor: `.*` with `COPY . /app` and `python3 manage.py`)',
      files: {
        Dockerfile:
          'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt && python3 manage.py collectstatic\n',
        '.dockerignore': '.*\n**/*.pyc\n',
        '.python-version': '3.12\n',
      },
    },
    {
      name: 'uv runs before anything copies the file (bind mounts of pyproject.toml and uv.lock only)',
      files: {
        Dockerfile: dedent`
          FROM python:3.12 AS build
          RUN --mount=type=bind,source=uv.lock,target=uv.lock \\
              --mount=type=bind,source=pyproject.toml,target=pyproject.toml \\
              uv sync --locked --no-install-project
          FROM python:3.12-slim
          COPY . /app
        `,
        '.dockerignore': '.*\n',
        '.python-version': '3.12\n',
      },
    },
    {
      name: 'negated again later (last match wins)',
      files: {
        Dockerfile: UV_DOCKERFILE,
        '.dockerignore': '.*\n!.python-version\n',
        '.python-version': '3.12\n',
      },
    },
    {
      name: 'ignore-everything allow-list that re-includes the toolchain (vaultwarden)',
      files: {
        Dockerfile: 'FROM rust:1.80\nCOPY ./Cargo.* ./rust-toolchain.toml ./\nRUN cargo build --release\n',
        '.dockerignore':
          '// Ignore everything\n*\n\n// Allow what is needed\n!src\n!Cargo.toml\n!rust-toolchain.toml\n',
        'rust-toolchain.toml': '[toolchain]\nchannel = "1.80"\n',
      },
    },
    {
      name: 'the file is copied from another stage, not from the context',
      files: {
        Dockerfile: 'FROM python:3.12\nCOPY --from=builder /src/.python-version /app/\nRUN uv sync\n',
        '.dockerignore': '.python-version\n',
        '.python-version': '3.12\n',
      },
    },
    {
      name: 'a Dockerfile in a sub-directory that nothing builds: its context is not guessed',
      files: {
        'services/api/Dockerfile': UV_DOCKERFILE,
        '.dockerignore': '.python-version\n',
        '.python-version': '3.12\n',
      },
    },
    {
      name: 'a Dockerfile-specific ignore file takes precedence over the context root one',
      files: {
        Dockerfile: UV_DOCKERFILE,
        'Dockerfile.dockerignore': '.git\n',
        '.dockerignore': '.python-version\n',
        '.python-version': '3.12\n',
      },
    },
    {
      name: 'seed 002 interim fix: `ENV UV_PYTHON` chooses the interpreter, the file is not needed',
      files: {
        Dockerfile:
          'FROM python:3.12\nARG PYTHON_VERSION=3.12\nENV UV_PYTHON=${PYTHON_VERSION}\nCOPY . /app\nRUN cd /app && uv sync\n',
        '.dockerignore': '.python-version\n',
        '.python-version': '3.12\n',
      },
    },
    {
      name: 'the version is given on the command line',
      files: {
        Dockerfile:
          'FROM python:3.12\nCOPY . /app\nRUN cd /app && uv sync --python=3.12 && RUSTUP_TOOLCHAIN=1.80 cargo build\n',
        '.dockerignore': '.python-version\nrust-toolchain.toml\n',
        '.python-version': '3.12\n',
        'rust-toolchain.toml': '[toolchain]\nchannel = "1.80"\n',
      },
    },
    {
      name: '`nvm install 20` names its version and does not read .nvmrc',
      files: {
        Dockerfile: 'FROM ubuntu:24.04\nCOPY . /app\nRUN . $NVM_DIR/nvm.sh && nvm install 20 && nvm use 20\n',
        '.dockerignore': '.nvmrc\n',
        '.nvmrc': '22\n',
      },
    },
    {
      name: 'the tool runs in a stage that never copied the file',
      files: {
        Dockerfile:
          'FROM python:3.12 AS app\nCOPY . /app\nFROM ghcr.io/astral-sh/uv AS tools\nRUN uv --version\n',
        '.dockerignore': '.python-version\n',
        '.python-version': '3.12\n',
      },
    },
  ],
  invalid: [
    {
      name: 'seed 002: the runner image loses .python-version and uv picks the newest CPython',
      files: {
        '.github/runners/Dockerfile': RUNNER_DOCKERFILE,
        '.dockerignore': SEED_DOCKERIGNORE,
        '.python-version': '3.12\n',
      },
      errors: [{ messageId: 'dropsToolConfig', line: 6, column: 1, file: '.dockerignore' }],
      outputFiles: {
        '.dockerignore': '# Version control\n.git/\n\n# Virtual environments\n.venv/\n\n.claude/\n',
      },
    },
    {
      name: 'a wildcard drops it: re-include the file after the pattern',
      files: {
        Dockerfile: UV_DOCKERFILE,
        '.dockerignore': '.git\n.*\nnode_modules\n',
        '.python-version': '3.12\n',
      },
      errors: [{ messageId: 'dropsToolConfig', line: 2, column: 1, file: '.dockerignore' }],
      outputFiles: { '.dockerignore': '.git\n.*\n!.python-version\nnode_modules\n' },
    },
    {
      name: 'an exact pattern shadowed by an earlier wildcard: removing it alone would not help',
      files: {
        Dockerfile: UV_DOCKERFILE,
        '.dockerignore': '.*\n/.python-version/',
        '.python-version': '3.12\n',
      },
      errors: [{ messageId: 'dropsToolConfig', line: 2, column: 1, file: '.dockerignore' }],
      outputFiles: { '.dockerignore': '.*\n/.python-version/\n!.python-version' },
    },
    {
      name: 'an ignore-everything allow-list that forgets the toolchain file',
      files: {
        Dockerfile: 'FROM rust:1.80\nCOPY ./Cargo.* ./rust-toolchain.toml ./\nRUN cargo build --release\n',
        '.dockerignore': '*\n!src\n!Cargo.toml\n',
        'rust-toolchain.toml': '[toolchain]\nchannel = "1.80"\n',
      },
      errors: [{ messageId: 'dropsToolConfig', line: 1, column: 1, file: '.dockerignore' }],
      outputFiles: { '.dockerignore': '*\n!rust-toolchain.toml\n!src\n!Cargo.toml\n' },
    },
    {
      name: 'a bind mount of the whole context in the RUN that calls uv',
      files: {
        Dockerfile: 'FROM python:3.12\nRUN --mount=target=/src cd /src && uv sync --frozen\n',
        '.dockerignore': '**/.python-version\n',
        '.python-version': '3.12\n',
      },
      errors: [{ messageId: 'dropsToolConfig', line: 1, column: 1, file: '.dockerignore' }],
      outputFiles: { '.dockerignore': '**/.python-version\n!.python-version\n' },
    },
    {
      name: 'a compose service builds a sub-directory: its own .dockerignore applies',
      files: {
        'docker-compose.yml': 'services:\n  web:\n    build: ./web\n',
        'web/Dockerfile': 'FROM node:20\nCOPY .nvmrc ./\nRUN . $NVM_DIR/nvm.sh && nvm install\n',
        'web/.dockerignore': 'node_modules\n.nvmrc\n',
        'web/.nvmrc': '20.11\n',
      },
      errors: [{ messageId: 'dropsToolConfig', line: 2, column: 1, file: 'web/.dockerignore' }],
      outputFiles: { 'web/.dockerignore': 'node_modules\n' },
    },
    {
      name: 'build-push-action with a file in a sub-directory and the root as context',
      code: dedent`
        on: push
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  file: docker/app.Dockerfile
      `,
      files: {
        'docker/app.Dockerfile': 'FROM ruby:3.3\nCOPY . /app\nRUN rbenv install\n',
        'docker/app.Dockerfile.dockerignore': '.ruby-version\n',
        '.dockerignore': '.git\n',
        '.ruby-version': '3.3.0\n',
      },
      errors: [
        { messageId: 'dropsToolConfig', line: 1, column: 1, file: 'docker/app.Dockerfile.dockerignore' },
      ],
      outputFiles: { 'docker/app.Dockerfile.dockerignore': '' },
    },
    {
      name: 'the tool runs in a stage built FROM the stage that copied the context',
      code: dedent`
        on: push
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: docker build -t app -f ci/Dockerfile .
      `,
      files: {
        'ci/Dockerfile':
          'FROM ghcr.io/astral-sh/uv:python3.12-bookworm AS src\nCOPY . /app\nFROM src AS deps\nWORKDIR /app\nRUN uv sync\n',
        '.dockerignore': '.venv\n.python-version\n',
        '.python-version': '3.11\n',
      },
      errors: [{ messageId: 'dropsToolConfig', line: 2, column: 1, file: '.dockerignore' }],
      outputFiles: { '.dockerignore': '.venv\n' },
    },
  ],
});
