import { dedent, testRule } from '../testing/rule-tester.ts';
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
  ],
});
