import { describe, expect, it } from 'vitest';
import { dedent, lintCase, testRule } from '../testing/rule-tester.ts';
import rule from './qemu-setup-unused.ts';

testRule(rule, {
  valid: [
    {
      name: 'every run builds arm64',
      code: dedent`
        on: push
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
              - uses: docker/build-push-action@v6
                with: { platforms: 'linux/amd64,linux/arm64' }
      `,
    },
    {
      name: 'esphome: the step is already guarded per shard',
      code: dedent`
        on: push
        jobs:
          deploy:
            runs-on: ubuntu-latest
            strategy: { matrix: { platform: [linux/amd64, linux/arm64] } }
            steps:
              - if: matrix.platform != 'linux/amd64'
                uses: docker/setup-qemu-action@v3
              - uses: docker/build-push-action@v6
                with: { platforms: '\${{ matrix.platform }}' }
      `,
    },
    {
      name: 'a later step may use emulation we cannot see: docker run --platform, make, a third-party action',
      code: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
              - run: docker run --rm --platform linux/arm64 alpine uname -m
          b:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
              - run: make release
          c:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
              - uses: goreleaser/goreleaser-action@v6
      `,
    },
    {
      name: 'platforms in a bake file, a runner of unknown architecture',
      code: dedent`
        on: push
        jobs:
          bake:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
              - uses: docker/bake-action@v5
          self:
            runs-on: [self-hosted]
            steps:
              - uses: docker/setup-qemu-action@v3
              - run: docker build .
      `,
    },
    {
      name: 'issue 8: a reusable workflow whose input default is native, called with arm64 (was reported on workflow_call)',
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
                - uses: docker/setup-qemu-action@v3
                - uses: docker/build-push-action@v6
                  with:
                    platforms: \${{ inputs.platforms }}
        `,
      },
      code: dedent`
        on: push
        jobs:
          docker:
            uses: ./.github/workflows/docker.yml
            with:
              platforms: linux/amd64,linux/arm64
      `,
    },
    {
      name: 'issue 8: the same through OWNER/NAME/.github/workflows/x.yml@ref when OWNER/NAME is the repository',
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
                - uses: docker/setup-qemu-action@v3
                - uses: docker/build-push-action@v6
                  with:
                    platforms: \${{ inputs.platforms }}
        `,
      },
      code: dedent`
        on: push
        jobs:
          docker:
            uses: acme/app/.github/workflows/docker.yml@main
            with:
              platforms: linux/amd64,linux/arm64
      `,
    },
    {
      name: 'issue 8: a QEMU step guarded on github.event.inputs (a dispatch that asks for arm64)',
      code: dedent`
        on:
          push:
          workflow_dispatch:
            inputs:
              arm64: { type: boolean, default: false }
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - if: github.event.inputs.arm64 == 'true'
                uses: docker/setup-qemu-action@v3
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ github.event.inputs.arm64 == 'true' && 'linux/amd64,linux/arm64' || 'linux/amd64' }}
      `,
    },
  ],
  invalid: [
    {
      name: 'seed 003 after the opt-in fix: QEMU is set up on pushes that build amd64 only',
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
              - name: Set up QEMU
                uses: docker/setup-qemu-action@v3
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ env.BUILD_PLATFORMS }}
      `,
      errors: [{ messageId: 'unusedOn', line: 15, column: 15 }],
      output: dedent`
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
              - name: Set up QEMU
                uses: docker/setup-qemu-action@v3
                if: contains(env.BUILD_PLATFORMS, 'arm64')
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ env.BUILD_PLATFORMS }}
      `,
    },
    {
      name: 'apache/kafka: imagetools create needs no emulator',
      code: dedent`
        on: workflow_dispatch
        jobs:
          promote:
            runs-on: ubuntu-latest
            steps:
            - name: Set up QEMU
              uses: docker/setup-qemu-action@v3
            - uses: docker/setup-buildx-action@v3
            - run: docker buildx imagetools create --tag $PROMOTED $RC
      `,
      errors: [{ messageId: 'neverUsed', line: 7, column: 13 }],
      output: dedent`
        on: workflow_dispatch
        jobs:
          promote:
            runs-on: ubuntu-latest
            steps:
            - uses: docker/setup-buildx-action@v3
            - run: docker buildx imagetools create --tag $PROMOTED $RC
      `,
    },
    {
      name: 'fatedier/frp: native docker builds only',
      code: dedent`
        on: push
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v1
              - run: docker build --file Dockerfile-for-frpc --tag fatedier/frpc .
      `,
      errors: [{ messageId: 'neverUsed', line: 6, column: 15 }],
      output: dedent`
        on: push
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - run: docker build --file Dockerfile-for-frpc --tag fatedier/frpc .
      `,
    },
    {
      name: 'apache/kafka as written: a pinned step with a version comment is reported without a fix (its comment would go)',
      code: dedent`
        on: workflow_dispatch
        jobs:
          promote:
            runs-on: ubuntu-latest
            steps:
            - name: Set up QEMU
              uses: docker/setup-qemu-action@49b3bc8e6bdd4a60e6116a5414239cba5943d3cf # v3.2.0
            - run: docker buildx imagetools create --tag $PROMOTED $RC
      `,
      errors: [{ messageId: 'neverUsed', line: 7, column: 13 }],
      output: null,
    },
    {
      name: 'issue 8: a reusable workflow whose only caller passes the native platform',
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
                - uses: docker/setup-qemu-action@v3
                - uses: docker/build-push-action@v6
                  with:
                    platforms: \${{ inputs.platforms }}
        `,
      },
      code: dedent`
        on:
          pull_request:
            paths: [Dockerfile]
        jobs:
          docker:
            uses: ./.github/workflows/docker.yml
            with:
              platforms: linux/amd64
      `,
      errors: [{ messageId: 'unusedOn', line: 9, column: 15, file: '.github/workflows/docker.yml' }],
      outputFiles: {
        '.github/workflows/docker.yml': dedent`
          on:
            workflow_call:
              inputs:
                platforms: { type: string, default: 'linux/amd64,linux/arm64' }
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - uses: docker/setup-qemu-action@v3
                  if: contains(inputs.platforms, 'arm64')
                - uses: docker/build-push-action@v6
                  with:
                    platforms: \${{ inputs.platforms }}
        `,
      },
    },
    {
      name: 'issue 8: platforms from github.event.inputs: a push builds amd64 only',
      code: dedent`
        on:
          push:
          workflow_dispatch:
            inputs:
              platforms: { default: linux/amd64 }
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ github.event.inputs.platforms || 'linux/amd64' }}
      `,
      errors: [{ messageId: 'unusedOn', line: 10, column: 15 }],
      output: dedent`
        on:
          push:
          workflow_dispatch:
            inputs:
              platforms: { default: linux/amd64 }
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/setup-qemu-action@v3
                if: contains((github.event.inputs.platforms || 'linux/amd64'), 'arm64')
              - uses: docker/build-push-action@v6
                with:
                  platforms: \${{ github.event.inputs.platforms || 'linux/amd64' }}
      `,
    },
  ],
});

describe('qemu-setup-unused messages', () => {
  it('name the triggers with their path filters and the calling job', () => {
    const [finding] = lintCase(rule, {
      '.github/workflows/ci.yml':
        'on:\n  pull_request:\n    paths: [Dockerfile]\njobs:\n  docker:\n    uses: ./.github/workflows/docker.yml\n    with:\n      platforms: linux/amd64\n',
      '.github/workflows/docker.yml':
        'on:\n  workflow_call:\n    inputs:\n      platforms: { type: string }\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/setup-qemu-action@v3\n      - uses: docker/build-push-action@v6\n        with:\n          platforms: ${{ inputs.platforms }}\n',
    });
    expect(finding?.message).toBe(
      'On `pull_request` that touches `Dockerfile` runs (through job `docker` of `.github/workflows/ci.yml`, which calls this workflow), no build in job `build` targets a foreign platform, yet `docker/setup-qemu-action` still pulls and installs the emulators.',
    );
  });
});
