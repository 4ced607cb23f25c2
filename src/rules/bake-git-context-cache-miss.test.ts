import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './bake-git-context-cache-miss.ts';

/** Seed 001: the compose test stack built by bake-action, cache in `set`. */
const SEED_WORKFLOW = dedent`
  name: Server Integration
  on: pull_request
  jobs:
    test:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - uses: docker/setup-buildx-action@v3
        - name: Build images
          uses: docker/bake-action@v6
          with:
            files: docker-compose.test.yml
            load: true
            set: |
              *.cache-from=type=gha
              *.cache-to=type=gha,mode=max
        - run: docker compose -f docker-compose.test.yml up -d
`;

const COMPOSE_TEST = dedent`
  services:
    server:
      image: \${COMPOSE_PROJECT_NAME:-polis-test}-server:latest
      build:
        context: ./server
`;

const BAKE_HCL = dedent`
  # Shared settings
  target "_common" {
    cache-from = ["type=gha,scope=app"]
    cache-to   = ["type=gha,scope=app,mode=max"]
  }

  group "default" {
    targets = ["app"]
  }

  target "app" {
    inherits = ["_common"]
    dockerfile = "Dockerfile"
  }

  target "docs" {
    dockerfile = "docs.Dockerfile"
    output = ["type=local,dest=site"] // no cache here: "cache-from = x" in a string does not count
  }
`;

testRule(rule, {
  valid: [
    {
      name: 'seed 001 after the fix: `source: .`',
      code: dedent`
        name: Server Integration
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/setup-buildx-action@v3
              - name: Build images
                uses: docker/bake-action@v6
                with:
                  source: .
                  files: docker-compose.test.yml
                  load: true
                  set: |
                    *.cache-from=type=gha
                    *.cache-to=type=gha,mode=max
              - run: docker compose -f docker-compose.test.yml up -d
      `,
      files: { 'docker-compose.test.yml': COMPOSE_TEST },
    },
    {
      name: 'v5 and older build from the path context (chroma-core/chroma)',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v5
                with:
                  files: docker-bake.hcl
      `,
      files: { 'docker-bake.hcl': BAKE_HCL },
    },
    {
      name: 'the Git context spelled out is a decision',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6
                with:
                  source: "{{defaultContext}}"
                  set: "*.cache-from=type=gha"
      `,
    },
    {
      name: 'no layer cache: nothing to miss',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6
                with:
                  targets: app
                  push: true
      `,
      files: { 'docker-bake.hcl': 'target "app" {\n  dockerfile = "Dockerfile"\n}\n' },
    },
    {
      name: 'a SHA pin without a version comment: the default is not known',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@d3418bd7d0e9324001bca92fa8ba175ea7e6dc9b
                with:
                  set: "*.cache-from=type=gha"
      `,
    },
    {
      name: 'the matrix sub-action builds nothing (docker/buildx validate.yml)',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action/subaction/matrix@v6
                with:
                  target: validate
      `,
      files: { 'docker-bake.hcl': BAKE_HCL },
    },
    {
      name: 'the target built declares no cache, another one does',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6
                with:
                  targets: docs
      `,
      files: { 'docker-bake.hcl': BAKE_HCL },
    },
    {
      name: 'moby/moby: source given by an expression is a decision',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v7
                with:
                  source: \${{ matrix.source }}
                  set: \${{ matrix.overrides }}
      `,
    },
  ],
  invalid: [
    {
      name: 'seed 001: bake-action@v6 with gha cache in `set`',
      code: SEED_WORKFLOW,
      files: { 'docker-compose.test.yml': COMPOSE_TEST },
      errors: [{ messageId: 'gitContext', line: 10, column: 15 }],
      output: dedent`
        name: Server Integration
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/setup-buildx-action@v3
              - name: Build images
                uses: docker/bake-action@v6
                with:
                  files: docker-compose.test.yml
                  load: true
                  set: |
                    *.cache-from=type=gha
                    *.cache-to=type=gha,mode=max
                  source: .
              - run: docker compose -f docker-compose.test.yml up -d
      `,
    },
    {
      name: 'a SHA pin with its version in a comment (docker/buildx e2e.yml)',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@d3418bd7d0e9324001bca92fa8ba175ea7e6dc9b # v7.3.0
                with:
                  targets: binaries
                  set: |
                    *.cache-from=type=gha,scope=binaries
                    *.cache-to=type=gha,scope=binaries
      `,
      errors: [{ messageId: 'gitContext', line: 7, column: 15 }],
      output: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@d3418bd7d0e9324001bca92fa8ba175ea7e6dc9b # v7.3.0
                with:
                  targets: binaries
                  set: |
                    *.cache-from=type=gha,scope=binaries
                    *.cache-to=type=gha,scope=binaries
                  source: .
      `,
    },
    {
      name: 'the cache comes from the bake file, through `inherits` of the default group',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6.3.0
                with:
                  push: true
      `,
      files: { 'docker-bake.hcl': BAKE_HCL },
      errors: [{ messageId: 'gitContext', line: 7, column: 15 }],
      output: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6.3.0
                with:
                  push: true
                  source: .
      `,
    },
    {
      name: 'no `with:` at all: one is added',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6
                id: bake
      `,
      files: { 'docker-bake.hcl': BAKE_HCL },
      errors: [{ messageId: 'gitContext', line: 7, column: 15 }],
      output: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6
                id: bake
                with:
                  source: .
      `,
    },
    {
      name: 'x-bake cache in the compose file it builds',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6
                with:
                  files: |
                    ./docker-compose.ci.yml
      `,
      files: {
        'docker-compose.ci.yml':
          'services:\n  api:\n    build:\n      context: .\n      x-bake:\n        cache-from:\n          - type=gha\n',
      },
      errors: [{ messageId: 'gitContext', line: 7, column: 15 }],
      output: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/bake-action@v6
                with:
                  files: |
                    ./docker-compose.ci.yml
                  source: .
      `,
    },
    {
      name: 'no checkout before the step: `source: .` alone would build from an empty workspace, so no fix',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/bake-action@v6
                with:
                  set: "*.cache-to=type=gha,mode=max"
      `,
      errors: [{ messageId: 'gitContext', line: 6, column: 15 }],
      output: null,
    },
  ],
});
