import { describe, expect, it } from 'vitest';
import { dedent, lintCase, testRule } from '../testing/rule-tester.ts';
import rule from './qemu-emulated-build.ts';

testRule(rule, {
  valid: [
    {
      name: 'seed 003 after the fix: arm64 only through the dispatch input',
      code: dedent`
        on:
          push:
            branches: [main]
          workflow_dispatch:
            inputs:
              platforms:
                default: linux/amd64
        env:
          BUILD_PLATFORMS: \${{ github.event_name == 'workflow_dispatch' && inputs.platforms || 'linux/amd64' }}
        jobs:
          build-app:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
                if: contains(env.BUILD_PLATFORMS, 'arm64')
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ env.BUILD_PLATFORMS }}
      `,
    },
    {
      name: 'multi-arch only for tags and releases',
      code: dedent`
        on:
          push:
            tags: ['v*']
          release:
            types: [published]
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with: { platforms: 'linux/amd64,linux/arm64', push: true }
      `,
    },
    {
      name: 'per-platform builds on native runners',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: \${{ matrix.runner }}
            strategy:
              matrix:
                include:
                  - { runner: ubuntu-24.04, platform: linux/amd64 }
                  - { runner: ubuntu-24.04-arm, platform: linux/arm64 }
            steps:
              - run: docker buildx build --platform \${{ matrix.platform }} .
      `,
    },
    {
      name: 'grafana/k6: a publish step behind a condition we cannot evaluate; a self-hosted runner of unknown architecture',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - if: needs.configure.outputs.is_latest_stable == 'true'
                run: docker buildx build --push --platform linux/amd64,linux/arm64 .
          other:
            runs-on: [self-hosted, linux]
            steps:
              - run: docker buildx build --platform linux/amd64,linux/arm64 .
      `,
    },
    {
      name: 'actions/runner: a push filtered to the release version file is a release',
      code: dedent`
        on:
          push:
            paths: [releaseVersion]
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with: { platforms: 'linux/amd64,linux/arm64' }
      `,
    },
    {
      name: 'issue 8: platforms the runner runs natively (386 and its aliases on amd64, arm64 on an arm runner)',
      code: dedent`
        on: [push, pull_request]
        jobs:
          x86:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with: { platforms: 'linux/amd64,linux/386,linux/i386,linux/x86_64' }
          arm:
            runs-on: ubuntu-24.04-arm
            steps:
              - run: docker buildx build --platform linux/arm64,linux/aarch64 .
          windows:
            runs-on: ubuntu-latest
            steps:
              - run: docker buildx build --platform windows/arm64 .
      `,
    },
    {
      name: 'issue 8: a reusable workflow that nobody in the repository calls keeps workflow_call (opt-in)',
      code: dedent`
        on:
          workflow_call:
            inputs:
              platforms: { type: string, default: 'linux/amd64,linux/arm64' }
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ inputs.platforms }}
      `,
    },
    {
      name: 'issue 8: the caller passes the native platform only',
      files: {
        '.github/workflows/docker.yml': dedent`
          on:
            workflow_call:
              inputs:
                platforms: { type: string, default: 'linux/amd64,linux/arm64' }
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - uses: docker/build-push-action@v6
                  with:
                    platforms: \${{ inputs.platforms }}
        `,
      },
      code: dedent`
        on: pull_request
        jobs:
          docker:
            uses: ./.github/workflows/docker.yml
            with:
              platforms: linux/amd64
      `,
    },
    {
      name: 'issue 8: OWNER/NAME/.github/workflows/x.yml@ref of another repository is not followed',
      repo: 'acme/app',
      files: {
        '.github/workflows/docker.yml': dedent`
          on:
            workflow_call:
              inputs:
                platforms: { type: string, default: linux/amd64 }
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - uses: docker/build-push-action@v6
                  with:
                    platforms: \${{ inputs.platforms }}
        `,
      },
      code: dedent`
        on: push
        jobs:
          docker:
            uses: acme/other/.github/workflows/docker.yml@main
            with:
              platforms: linux/amd64,linux/arm64
      `,
    },
    {
      name: 'issue 8: a caller gated on a condition that cannot be evaluated (a release gate) is not followed',
      files: {
        '.github/workflows/docker.yml': dedent`
          on:
            workflow_call:
              inputs:
                platforms: { type: string }
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - uses: docker/build-push-action@v6
                  with:
                    platforms: \${{ inputs.platforms }}
        `,
      },
      code: dedent`
        on: push
        jobs:
          docker:
            if: needs.plan.outputs.release == 'true' && github.event_name == 'push'
            uses: ./.github/workflows/docker.yml
            with:
              platforms: linux/amd64,linux/arm64
      `,
    },
    {
      name: 'issue 8, grafana/k6: the Dockerfile cross-compiles on the build platform (FROM --platform=$BUILDPLATFORM)',
      files: {
        Dockerfile: dedent`
          FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS builder
          ARG TARGETOS TARGETARCH
          RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /usr/bin/k6
          FROM alpine:3.24 AS release
          RUN adduser -D -u 12345 k6
          COPY --from=builder /usr/bin/k6 /usr/bin/k6
        `,
      },
      code: dedent`
        on: [push, pull_request]
        jobs:
          build-docker:
            runs-on: ubuntu-latest
            steps:
              - run: docker buildx build --target release --platform linux/amd64,linux/arm64 -t k6 .
              - uses: docker/build-push-action@v6
                with:
                  platforms: linux/amd64,linux/arm64
      `,
    },
  ],
  invalid: [
    {
      name: 'seed 003: BUILD_PLATFORMS in env, built on every push to main',
      code: dedent`
        name: build-images
        on:
          push:
            branches: [main]
          workflow_dispatch:
        env:
          BUILD_PLATFORMS: linux/amd64,linux/arm64
        jobs:
          build-app:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ env.BUILD_PLATFORMS }}
                  push: true
      `,
      errors: [{ messageId: 'emulatedBuild', line: 15, column: 22 }],
      output: dedent`
        name: build-images
        on:
          push:
            branches: [main]
          workflow_dispatch:
            inputs:
              platforms:
                description: Platforms to build, comma-separated (add linux/arm64 for a multi-arch image, built under QEMU)
                type: string
                default: linux/amd64
        env:
          BUILD_PLATFORMS: \${{ github.event_name == 'workflow_dispatch' && inputs.platforms || 'linux/amd64' }}
        jobs:
          build-app:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ env.BUILD_PLATFORMS }}
                  push: true
      `,
    },
    {
      name: 'browser-use: literal platforms on branch pushes; tag pushes keep the full list',
      code: dedent`
        on:
          push:
            branches: [main]
            tags: ['*']
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  platforms: linux/amd64,linux/arm64
      `,
      errors: [{ messageId: 'emulatedBuild', line: 11, column: 22 }],
      output: dedent`
        on:
          push:
            branches: [main]
            tags: ['*']
          workflow_dispatch:
            inputs:
              platforms:
                description: Platforms to build, comma-separated (add linux/arm64 for a multi-arch image, built under QEMU)
                type: string
                default: linux/amd64
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ (startsWith(github.ref, 'refs/tags/')) && 'linux/amd64,linux/arm64' || github.event_name == 'workflow_dispatch' && inputs.platforms || 'linux/amd64' }}
      `,
    },
    {
      name: 'grafana/k6: a run-script build on push and pull_request (no fix)',
      code: dedent`
        on: [push, pull_request]
        jobs:
          build-docker:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  docker buildx build \\
                    --target release \\
                    --platform linux/amd64,linux/arm64 \\
                    -t $DOCKER_IMAGE_ID .
      `,
      errors: [{ messageId: 'emulatedOnPullRequests', line: 7, column: 11 }],
      output: null,
    },
    {
      name: 'esphome: a nightly schedule, per-platform matrix on an amd64 runner, build in a composite action',
      files: {
        '.github/actions/build-image/action.yaml': dedent`
          inputs:
            platform: { required: true }
          runs:
            using: composite
            steps:
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ inputs.platform }}
        `,
      },
      code: dedent`
        on:
          schedule:
            - cron: "0 2 * * *"
        jobs:
          deploy-docker:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                platform: [linux/amd64, linux/arm/v7, linux/arm64]
            steps:
              - uses: ./.github/actions/build-image
                with:
                  platform: \${{ matrix.platform }}
      `,
      errors: [{ messageId: 'emulatedBuild', line: 11, column: 15 }],
      output: null,
    },
    {
      name: 'issue 8: a local reusable workflow with the platforms its pull-request caller passes',
      files: {
        '.github/workflows/docker.yml': dedent`
          on:
            workflow_call:
              inputs:
                platforms: { type: string, default: linux/amd64 }
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - uses: docker/build-push-action@v6
                  with:
                    platforms: \${{ inputs.platforms }}
        `,
      },
      code: dedent`
        on:
          pull_request:
            paths: [Dockerfile, 'docker/**']
        jobs:
          docker:
            uses: ./.github/workflows/docker.yml
            with:
              platforms: linux/amd64,linux/arm64
      `,
      errors: [
        { messageId: 'emulatedOnPullRequests', line: 11, column: 22, file: '.github/workflows/docker.yml' },
      ],
      output: null,
    },
    {
      name: 'issue 8: OWNER/NAME/.github/workflows/x.yml@ref naming the repository itself (--repo)',
      repo: 'Acme/App',
      files: {
        '.github/workflows/docker.yml': dedent`
          on:
            workflow_call:
              inputs:
                arm: { type: boolean, default: false }
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - run: docker buildx build --platform \${{ inputs.arm && 'linux/amd64,linux/arm64' || 'linux/amd64' }} .
        `,
      },
      code: dedent`
        on:
          push:
            branches: [main]
        jobs:
          docker:
            uses: acme/app/.github/workflows/docker.yml@v2
            with:
              arm: true
      `,
      errors: [{ messageId: 'emulatedBuild', line: 9, column: 14, file: '.github/workflows/docker.yml' }],
      output: null,
    },
    {
      name: 'issue 8: github.event.inputs.X is inputs.X (and null on a push)',
      code: dedent`
        on:
          push:
            branches: [main]
          workflow_dispatch:
            inputs:
              platforms: { default: linux/amd64 }
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ github.event.inputs.platforms || 'linux/amd64,linux/arm64' }}
      `,
      errors: [{ messageId: 'emulatedBuild', line: 13, column: 22 }],
      output: null,
    },
    {
      name: 'issue 8: every emulated build of a job, two on one line and two in one composite action (a repeat of one of them is a cache hit)',
      files: {
        '.github/actions/images/action.yml': dedent`
          runs:
            using: composite
            steps:
              - uses: docker/build-push-action@v6
                with: { platforms: 'linux/amd64,linux/arm64', target: app }
              - uses: docker/build-push-action@v6
                with: { platforms: 'linux/amd64,linux/arm64', target: tests }
              - uses: docker/build-push-action@v6
                with: { platforms: 'linux/amd64,linux/arm64', target: tests, tags: mirror/app }
        `,
      },
      code: dedent`
        on:
          push:
            branches: [main]
        jobs:
          images:
            runs-on: ubuntu-latest
            steps:
              - run: docker buildx build --platform linux/arm64 -t a a/ && docker buildx build --platform linux/arm64 -t b b/
              - uses: ./.github/actions/images
      `,
      errors: [
        { messageId: 'emulatedBuild', line: 8, column: 14 },
        { messageId: 'emulatedBuild', line: 8, column: 68 },
        { messageId: 'emulatedBuild', line: 9, column: 15 },
        { messageId: 'emulatedBuild', line: 9, column: 15 },
      ],
      output: null,
    },
    {
      name: 'issue 8: amd64 on an arm runner is emulated too',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-24.04-arm
            steps:
              - run: docker buildx build --platform linux/arm64,linux/amd64 .
      `,
      errors: [{ messageId: 'emulatedBuild', line: 6, column: 14 }],
      output: null,
    },
  ],
});

describe('qemu-emulated-build messages', () => {
  it('names path filters, the calling job, and native runners for pull requests', () => {
    const [finding] = lintCase(rule, {
      '.github/workflows/ci.yml': dedent`
        on:
          push:
            branches: [main]
          pull_request:
            paths: [Dockerfile]
        jobs:
          docker:
            uses: ./.github/workflows/docker.yml
      `,
      '.github/workflows/docker.yml': dedent`
        on: workflow_call
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: docker buildx build --platform linux/amd64,linux/arm64 .
      `,
    });
    expect(finding?.message).toBe(
      'On every `push` and every `pull_request` that touches `Dockerfile` (through job `docker` of `.github/workflows/ci.yml`, which calls this workflow), this build targets `linux/arm64` on an amd64 runner, so it runs under QEMU emulation, often 5-20 times slower than a native build; build each platform on its own native runner instead (`ubuntu-24.04-arm` for `linux/arm64`), one matrix job per platform, and merge the manifests.',
    );
  });

  it('tells builds of one composite action apart', () => {
    const findings = lintCase(rule, {
      '.github/workflows/ci.yml':
        'on: schedule\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/b\n',
      '.github/actions/b/action.yml':
        'runs:\n  using: composite\n  steps:\n    - run: docker buildx build --platform linux/s390x .\n',
    });
    expect(findings.map((f) => f.message)).toEqual([
      'On every `schedule`, the build at line 4 of `.github/actions/b/action.yml` targets `linux/s390x` on an amd64 runner, so it runs under QEMU emulation, often 5-20 times slower than a native build.',
    ]);
  });
});
