import { dedent, testRule } from '../testing/rule-tester.ts';
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
      errors: [{ messageId: 'emulatedBuild', line: 7, column: 11 }],
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
  ],
});
