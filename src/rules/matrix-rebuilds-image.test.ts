import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './matrix-rebuilds-image.ts';

testRule(rule, {
  valid: [
    {
      name: 'per-platform builds on native runners (runs-on and platforms read the matrix)',
      code: dedent`
        on: push
        jobs:
          docker:
            runs-on: \${{ matrix.runner }}
            strategy:
              matrix:
                include:
                  - { runner: ubuntu-24.04, platform: linux/amd64 }
                  - { runner: ubuntu-24.04-arm, platform: linux/arm64 }
            steps:
              - uses: actions/checkout@v4
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  platforms: \${{ matrix.platform }}
      `,
    },
    {
      name: 'per-version build-args through a job env variable',
      code: dedent`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy: { matrix: { python: ['3.11', '3.12'] } }
            env:
              PY: \${{ matrix.python }}
            steps:
              - run: docker build --build-arg PYTHON=$PY -t app .
      `,
    },
    {
      name: 'a known matrix of one',
      code: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy: { matrix: { os: [ubuntu-latest] } }
            steps:
              - run: docker build -t app .
      `,
    },
    {
      name: 'a build that only one shard runs',
      code: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy: { matrix: { shard: [1, 2, 3] } }
            steps:
              - if: matrix.shard == 1
                run: docker build -t app .
      `,
    },
    {
      name: 'moby .test-unit.yml: an earlier step writes shard-specific variables to $GITHUB_ENV',
      code: dedent`
        on: pull_request
        jobs:
          unit:
            runs-on: ubuntu-24.04
            strategy:
              matrix:
                mode: ["", firewalld]
            steps:
              - name: Prepare
                env:
                  MODE: \${{ matrix.mode }}
                run: |
                  if [[ "$MODE" == *"firewalld"* ]]; then
                    echo "FIREWALLD=true" >> $GITHUB_ENV
                  fi
              - uses: docker/bake-action@v7
                with:
                  targets: dev
      `,
    },
    {
      name: 'moby test.yml: a fallback build behind a cache restore (build-once-and-share already)',
      code: dedent`
        on: pull_request
        jobs:
          validate:
            runs-on: ubuntu-24.04
            strategy:
              matrix: \${{ fromJson(needs.prepare.outputs.matrix) }}
            steps:
              - id: restore-dev-image
                uses: actions/cache@v4
                with:
                  key: dev-image-\${{ github.run_id }}
                  path: /tmp/dev-image.tar
              - if: steps.restore-dev-image.outputs.cache-hit == 'true'
                run: docker load -i /tmp/dev-image.tar
              - if: steps.restore-dev-image.outputs.cache-hit != 'true'
                uses: docker/bake-action@v7
                with:
                  targets: dev
      `,
    },
    {
      name: 'docker build --check builds nothing',
      code: dedent`
        on: push
        jobs:
          lint:
            runs-on: ubuntu-latest
            strategy: { matrix: { dockerfile: [a, b] } }
            steps:
              - run: docker build --check .
      `,
    },
    {
      name: 'issue 8: a script variable set from the matrix names the Dockerfile',
      code: dedent`
        on: pull_request
        jobs:
          images:
            runs-on: ubuntu-latest
            strategy: { matrix: { distro: [alpine, debian] } }
            steps:
              - run: |
                  DOCKERFILE=docker/\${{ matrix.distro }}.Dockerfile
                  docker build -f $DOCKERFILE -t app .
      `,
    },
    {
      name: 'issue 8: an exported variable built from a step env variable that reads the matrix',
      code: dedent`
        on: pull_request
        jobs:
          images:
            runs-on: ubuntu-latest
            strategy: { matrix: { distro: [alpine, debian] } }
            steps:
              - env:
                  DISTRO: \${{ matrix.distro }}
                run: |
                  export BASE="$DISTRO"
                  TAG="app:\${BASE}"
                  docker build --build-arg BASE -t "$TAG" .
      `,
    },
    {
      name: 'issue 8: `env:` DOCKERFILE with the matrix, then docker build -f $DOCKERFILE',
      code: dedent`
        on: pull_request
        jobs:
          images:
            runs-on: ubuntu-latest
            strategy: { matrix: { variant: [slim, full] } }
            steps:
              - env:
                  DOCKERFILE: docker/Dockerfile.\${{ matrix.variant }}
                run: docker build --file="\${DOCKERFILE}" .
      `,
    },
    {
      name: 'issue 8: a condition on the matrix in the same script chooses the build',
      code: dedent`
        on: pull_request
        jobs:
          images:
            runs-on: ubuntu-latest
            strategy: { matrix: { variant: [slim, full] } }
            steps:
              - run: |
                  if [ "\${{ matrix.variant }}" = slim ]; then
                    docker build -f Dockerfile.slim .
                  else
                    docker build .
                  fi
      `,
    },
    {
      name: 'issue 8: shards import the gha layer cache that the build job wrote (same scope)',
      code: dedent`
        on: pull_request
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  cache-to: type=gha,mode=max,scope=test-image
          test:
            needs: build
            runs-on: ubuntu-latest
            strategy: { matrix: { shard: [1, 2, 3, 4] } }
            steps:
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  load: true
                  tags: app:test
                  cache-from: type=gha,scope=test-image
              - run: docker run app:test make test SHARD=\${{ matrix.shard }}
      `,
    },
    {
      name: 'issue 8: shards import a registry cache written two jobs upstream (docker buildx build)',
      code: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: docker buildx build --cache-to type=registry,ref=ghcr.io/o/app:cache,mode=max --push -t ghcr.io/o/app:ci .
          scan:
            needs: build
            runs-on: ubuntu-latest
            steps:
              - run: trivy image ghcr.io/o/app:ci
          test:
            needs: scan
            runs-on: ubuntu-latest
            strategy: { matrix: { shard: [1, 2] } }
            steps:
              - run: |
                  docker buildx build --cache-from type=registry,ref=ghcr.io/o/app:cache --load -t app .
                  docker run app pytest --shard \${{ matrix.shard }}
      `,
    },
  ],
  invalid: [
    {
      name: 'seed 000: 11 regression shards each rebuild Dockerfile.test',
      code: dedent`
        name: regression
        on:
          pull_request:
          push:
            branches: [main]
        jobs:
          changes:
            runs-on: ubuntu-latest
            outputs:
              code: \${{ steps.filter.outputs.code }}
            steps:
              - uses: dorny/paths-filter@v3
                id: filter
                with:
                  filters: |
                    code:
                      - 'packages/producer/**'
          regression-shards:
            needs: changes
            if: needs.changes.outputs.code == 'true'
            runs-on: ubuntu-latest
            strategy:
              fail-fast: false
              matrix:
                shard: [fast, render, audio, video, fonts, effects, captions, layouts, transitions, export, misc]
            steps:
              - uses: actions/checkout@v4
                with:
                  lfs: true
              - uses: docker/setup-buildx-action@v3
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  file: Dockerfile.test
                  tags: hyperframes-producer:test
                  load: true
                  cache-from: type=gha,scope=regression-test-image
                  cache-to: type=gha,mode=max,scope=regression-test-image
              - name: Run regression shard
                run: docker run --rm hyperframes-producer:test bun run test:regression --shard \${{ matrix.shard }}
      `,
      errors: [{ messageId: 'rebuiltPerShard', line: 31, column: 15 }],
      output: dedent`
        name: regression
        on:
          pull_request:
          push:
            branches: [main]
        jobs:
          changes:
            runs-on: ubuntu-latest
            outputs:
              code: \${{ steps.filter.outputs.code }}
            steps:
              - uses: dorny/paths-filter@v3
                id: filter
                with:
                  filters: |
                    code:
                      - 'packages/producer/**'
          build-image:
            needs: changes
            if: needs.changes.outputs.code == 'true'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  lfs: true
              - uses: docker/setup-buildx-action@v3
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  file: Dockerfile.test
                  tags: hyperframes-producer:test
                  cache-from: type=gha,scope=regression-test-image
                  cache-to: type=gha,mode=max,scope=regression-test-image
                  outputs: type=docker,dest=/tmp/regression-test-image.tar
              - uses: actions/upload-artifact@v4
                with:
                  name: regression-test-image
                  path: /tmp/regression-test-image.tar
                  retention-days: 1
                  compression-level: 1
          regression-shards:
            needs: [changes, build-image]
            if: needs.changes.outputs.code == 'true'
            runs-on: ubuntu-latest
            strategy:
              fail-fast: false
              matrix:
                shard: [fast, render, audio, video, fonts, effects, captions, layouts, transitions, export, misc]
            steps:
              - uses: actions/checkout@v4
                with:
                  lfs: true
              - uses: actions/download-artifact@v4
                with:
                  name: regression-test-image
                  path: /tmp
              - run: docker load -i /tmp/regression-test-image.tar
              - name: Run regression shard
                run: docker run --rm hyperframes-producer:test bun run test:regression --shard \${{ matrix.shard }}
      `,
    },
    {
      name: 'dynamic matrix, a run-script build: reported without a fix',
      code: dedent`
        on: pull_request
        jobs:
          e2e:
            runs-on: ubuntu-latest
            strategy:
              matrix: \${{ fromJSON(needs.plan.outputs.shards) }}
            steps:
              - uses: actions/checkout@v4
              - run: |
                  docker compose build
                  docker compose run tests --shard \${{ matrix.shard }}
      `,
      errors: [{ messageId: 'rebuiltPerDynamicShard', line: 10, column: 11 }],
      output: null,
    },
    {
      name: 'no needs, 4-space indentation, blank lines between jobs, a shard-independent build-arg',
      code: dedent`
        on: push
        jobs:
            lint:
                runs-on: ubuntu-latest
                steps:
                    - run: make lint

            test:
                runs-on: ubuntu-latest
                strategy:
                    matrix:
                        node: [18, 20]
                steps:
                    - uses: actions/checkout@v4
                    - uses: actions/setup-node@v4
                      with:
                          node-version: \${{ matrix.node }}
                    - uses: docker/build-push-action@v6
                      with:
                          context: .
                          build-args: VERSION=1
                          tags: app:test
                          load: true
                    - run: docker run app:test npm test
      `,
      errors: [{ messageId: 'rebuiltPerShard', line: 18, column: 21 }],
      output: dedent`
        on: push
        jobs:
            lint:
                runs-on: ubuntu-latest
                steps:
                    - run: make lint

            build-image:
                runs-on: ubuntu-latest
                steps:
                    - uses: actions/checkout@v4
                    - uses: docker/setup-buildx-action@v3
                    - uses: docker/build-push-action@v6
                      with:
                          context: .
                          build-args: VERSION=1
                          tags: app:test
                          outputs: type=docker,dest=/tmp/test-image.tar
                    - uses: actions/upload-artifact@v4
                      with:
                          name: test-image
                          path: /tmp/test-image.tar
                          retention-days: 1
                          compression-level: 1

            test:
                needs: build-image
                runs-on: ubuntu-latest
                strategy:
                    matrix:
                        node: [18, 20]
                steps:
                    - uses: actions/checkout@v4
                    - uses: actions/setup-node@v4
                      with:
                          node-version: \${{ matrix.node }}
                    - uses: actions/download-artifact@v4
                      with:
                          name: test-image
                          path: /tmp
                    - run: docker load -i /tmp/test-image.tar
                    - run: docker run app:test npm test
      `,
    },
    {
      name: 'issue 8: a script variable that does not read the matrix, and an echo of it before the build',
      code: dedent`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy: { matrix: { shard: [1, 2, 3] } }
            steps:
              - run: |
                  echo "shard \${{ matrix.shard }}" >> "$GITHUB_STEP_SUMMARY"
                  TAG=app:test
                  docker build -t $TAG .
                  docker run $TAG pytest --shard \${{ matrix.shard }}
      `,
      errors: [{ messageId: 'rebuiltPerShard', line: 10, column: 11 }],
      output: null,
    },
    {
      name: 'issue 8: shards import a cache scope that no upstream job writes (they fill it themselves)',
      code: dedent`
        on: pull_request
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with:
                  cache-to: type=gha,mode=max,scope=other-image
          test:
            needs: build
            runs-on: ubuntu-latest
            strategy: { matrix: { shard: [1, 2] } }
            steps:
              - run: docker buildx build --cache-from type=gha,scope=test-image --cache-to type=gha,scope=test-image --load -t app .
              - run: docker run app pytest --shard \${{ matrix.shard }}
      `,
      errors: [{ messageId: 'rebuiltPerShard', line: 14, column: 14 }],
      output: null,
    },
  ],
});
