import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './compose-bake-drops-cache.ts';

/** Seed 001, the first attempt: bake enabled for compose, cache declared under `x-bake`. */
const SEED_COMPOSE = dedent`
  services:
    server:
      build:
        context: ./server
        x-bake:
          cache-from:
            - type=gha,scope=server
          cache-to:
            - type=gha,scope=server,mode=max
    postgres:
      image: postgres:16
`;

const NATIVE_CACHE_COMPOSE = dedent`
  services:
    server:
      build:
        context: ./server
        cache_from:
          - type=gha,scope=server
`;

testRule(rule, {
  valid: [
    {
      name: 'compose cache_from/cache_to are passed to bake',
      code: dedent`
        on: pull_request
        env:
          COMPOSE_BAKE: true
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: docker compose build
      `,
      files: { 'compose.yaml': NATIVE_CACHE_COMPOSE },
    },
    {
      name: 'without COMPOSE_BAKE the x-bake section is meant for a `docker buildx bake` run elsewhere',
      code: dedent`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: docker compose -f docker-compose.test.yml build
      `,
      files: { 'docker-compose.test.yml': SEED_COMPOSE },
    },
    {
      name: 'COMPOSE_BAKE=false',
      code: dedent`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            env:
              COMPOSE_BAKE: "false"
            steps:
              - run: docker compose -f docker-compose.test.yml build
      `,
      files: { 'docker-compose.test.yml': SEED_COMPOSE },
    },
    {
      name: 'only a service without x-bake is built',
      code: dedent`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: COMPOSE_BAKE=true docker compose -f docker-compose.test.yml build postgres
      `,
      files: { 'docker-compose.test.yml': SEED_COMPOSE },
    },
    {
      name: '`up` without `--build` builds nothing new',
      code: dedent`
        on: pull_request
        env:
          COMPOSE_BAKE: "1"
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: docker compose up -d
      `,
      files: { 'docker-compose.yml': SEED_COMPOSE },
    },
    {
      name: 'the compose file is chosen by an expression',
      code: dedent`
        on: pull_request
        env:
          COMPOSE_BAKE: true
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: docker compose -f \${{ matrix.file }} build
      `,
      files: { 'docker-compose.yml': SEED_COMPOSE },
    },
    {
      name: 'grafana/k6 packager.yml: compose build without COMPOSE_BAKE',
      code: dedent`
        on: push
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Build
                run: |
                  cd packaging
                  docker compose build packager
      `,
      files: {
        'packaging/docker-compose.yml':
          'services:\n  packager:\n    build:\n      context: .\n      x-bake:\n        cache-from: [type=gha]\n',
      },
    },
  ],
  invalid: [
    {
      name: 'the grafana/k6 step with COMPOSE_BAKE=true: `cd` is followed to the compose file',
      code: dedent`
        on: push
        env:
          COMPOSE_BAKE: true
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Build
                run: |
                  cd packaging
                  docker compose build packager
      `,
      files: {
        'packaging/docker-compose.yml':
          'services:\n  packager:\n    build:\n      context: .\n      x-bake:\n        cache-from: [type=gha]\n',
      },
      errors: [{ messageId: 'xBakeDropped', line: 12, column: 11 }],
      output: null,
    },
    {
      name: 'seed 001: COMPOSE_BAKE=true in the workflow env, x-bake cache in the compose file',
      code: dedent`
        name: Server Integration
        on: pull_request
        env:
          COMPOSE_BAKE: true
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/setup-buildx-action@v3
              - name: Build images
                run: docker compose -f docker-compose.test.yml build
              - run: docker compose -f docker-compose.test.yml up -d
      `,
      files: { 'docker-compose.test.yml': SEED_COMPOSE },
      errors: [{ messageId: 'xBakeDropped', line: 12, column: 14 }],
      output: null,
    },
    {
      name: 'exported in the script, default compose file in a working directory',
      code: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            defaults:
              run:
                working-directory: deploy
            steps:
              - run: |
                  export COMPOSE_BAKE=true
                  docker compose \\
                    build --pull
      `,
      files: { 'deploy/docker-compose.yml': SEED_COMPOSE },
      errors: [{ messageId: 'xBakeDropped', line: 11, column: 11 }],
      output: null,
    },
    {
      name: 'written to GITHUB_ENV by an earlier step; `up --build`; cache under x-bake with compose-style keys',
      code: dedent`
        on: push
        jobs:
          e2e:
            runs-on: ubuntu-latest
            steps:
              - run: echo "COMPOSE_BAKE=true" >> "$GITHUB_ENV"
              - run: docker-compose up -d --build
      `,
      files: {
        'compose.yaml':
          'services:\n  web:\n    build:\n      context: .\n      x-bake:\n        cache_from: [type=gha]\n',
      },
      errors: [{ messageId: 'xBakeDropped', line: 7, column: 14 }],
      output: null,
    },
  ],
});
