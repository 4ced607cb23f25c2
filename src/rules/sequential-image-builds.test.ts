import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './sequential-image-builds.ts';

testRule(rule, {
  valid: [
    {
      name: 'build for tests, then build and push the same image (a cache hit)',
      code: dedent`
        on: push
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with: { context: ., load: true, tags: app:test }
              - uses: docker/build-push-action@v6
                with: { context: ., push: true, tags: ghcr.io/o/app:latest }
      `,
    },
    {
      name: 'the second image starts FROM the first',
      files: { 'worker/Dockerfile': 'FROM base:ci\nRUN make\n' },
      code: dedent`
        on: push
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  docker build -t base:ci base
                  docker build -t worker worker
      `,
    },
    {
      name: 'tests between the builds are a gate',
      code: dedent`
        on: push
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - run: docker build -t api -f api.Dockerfile .
              - run: make test
              - run: docker build -t worker -f worker.Dockerfile .
      `,
    },
    {
      name: 'alternatives and background builds are no sequence; vaultwarden: --check builds nothing',
      code: dedent`
        on: push
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  if [ -n "$GPU" ]; then docker build -t a -f gpu.Dockerfile .; else docker build -t a -f cpu.Dockerfile .; fi
              - run: |
                  docker build -t api -f api.Dockerfile . &
                  docker build -t worker -f worker.Dockerfile . &
                  wait
              - run: |
                  docker build --check . -f docker/Dockerfile.debian
                  docker build --check . -f docker/Dockerfile.alpine
      `,
    },
    {
      name: 'grafana/k6: the second target starts FROM the first, so the builder cache serves it',
      files: { Dockerfile: 'FROM golang AS build\nFROM alpine AS release\nFROM release AS with-browser\n' },
      code: dedent`
        on: push
        jobs:
          build-docker:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  docker buildx build --push \\
                    --target release \\
                    -t $DOCKER_IMAGE_ID:master .
                  docker buildx build --push \\
                    --target with-browser \\
                    -t $DOCKER_IMAGE_ID:master-with-browser .
      `,
    },
    {
      name: 'qdrant: one Dockerfile built twice with other build args shares its stages in the builder cache',
      code: dedent`
        on: push
        jobs:
          build-gpu:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  TAGS="-t q:gpu-nvidia"
                  docker buildx build --build-arg GPU=nvidia $TAGS --push .
                  docker buildx build --build-arg GPU=amd -t q:gpu-amd --push .
      `,
    },
  ],
  invalid: [
    {
      name: 'seed 001: two compose builds in a row',
      code: dedent`
        on: pull_request
        jobs:
          integration:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: |
                  docker compose build --no-cache postgres
                  docker compose build
              - run: docker compose up -d
      `,
      errors: [{ messageId: 'sequentialBuild', line: 9, column: 11 }],
      output: null,
    },
    {
      name: 'two build-push-action steps with independent images, a login between them',
      files: { 'api/Dockerfile': 'FROM node:20\n', 'worker/Dockerfile': 'FROM python:3.12\n' },
      code: dedent`
        on: push
        jobs:
          images:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with: { context: api, tags: ghcr.io/o/api:latest, push: true }
              - uses: docker/login-action@v3
                with: { registry: quay.io }
              - uses: docker/build-push-action@v6
                with: { context: worker, tags: ghcr.io/o/worker:latest, push: true }
      `,
      errors: [{ messageId: 'sequentialBuild', line: 10, column: 15 }],
      output: null,
    },
    {
      name: 'two independent targets of one Dockerfile',
      files: { Dockerfile: 'FROM node:20 AS base\nFROM base AS api\nFROM base AS worker\n' },
      code: dedent`
        on: push
        jobs:
          images:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  docker build --target api -t o/api .
                  docker build --target worker -t o/worker .
      `,
      errors: [{ messageId: 'sequentialBuild', line: 8, column: 11 }],
      output: null,
    },
  ],
});
