import { describe, expect, it } from 'vitest';
import { dedent, lintCase, testRule } from '../testing/rule-tester.ts';
import rule from './missing-permissions.ts';

testRule(rule, {
  valid: [
    {
      name: 'top-level permissions',
      code: 'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n',
    },
    {
      name: 'an empty top-level block is a decision',
      code: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n',
    },
    {
      name: 'every job sets its own',
      code: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions: { contents: read }
            steps: [{ run: make }]
          b:
            uses: ./.github/workflows/release.yml
            permissions: write-all
      `,
    },
  ],
  invalid: [
    {
      name: 'issue 8 / seed 000: regression.yml, a type=gha cache export needs no `actions: write` (runtime token)',
      code: dedent`
        name: regression
        on:
          pull_request:
        jobs:
          build-image:
            runs-on: ubuntu-latest
            timeout-minutes: 20
            steps:
              - uses: actions/checkout@v4
              - uses: docker/setup-buildx-action@v3
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  file: Dockerfile.test
                  cache-from: type=gha,scope=regression-test-image
                  cache-to: type=gha,mode=max,scope=regression-test-image
                  outputs: type=docker,dest=/tmp/regression-test-image.tar
              - uses: actions/upload-artifact@v4
                with:
                  name: regression-test-image
                  path: /tmp/regression-test-image.tar
          regression-shards:
            needs: build-image
            runs-on: ubuntu-latest
            steps:
              - uses: actions/download-artifact@v4
                with:
                  name: regression-test-image
                  path: /tmp
              - run: docker load -i /tmp/regression-test-image.tar
      `,
      errors: [{ messageId: 'missingPermissions', line: 2, column: 1 }],
      output: dedent`
        name: regression
        on:
          pull_request:
        permissions:
          contents: read

        jobs:
          build-image:
            runs-on: ubuntu-latest
            timeout-minutes: 20
            steps:
              - uses: actions/checkout@v4
              - uses: docker/setup-buildx-action@v3
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  file: Dockerfile.test
                  cache-from: type=gha,scope=regression-test-image
                  cache-to: type=gha,mode=max,scope=regression-test-image
                  outputs: type=docker,dest=/tmp/regression-test-image.tar
              - uses: actions/upload-artifact@v4
                with:
                  name: regression-test-image
                  path: /tmp/regression-test-image.tar
          regression-shards:
            needs: build-image
            runs-on: ubuntu-latest
            steps:
              - uses: actions/download-artifact@v4
                with:
                  name: regression-test-image
                  path: /tmp
              - run: docker load -i /tmp/regression-test-image.tar
      `,
    },
    {
      name: 'issue 8: only a step that manages caches through the REST API gets `actions: write`',
      code: dedent`
        on:
          schedule: [{ cron: '0 3 * * *' }]
          pull_request:
            types: [closed]
        jobs:
          stale:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/stale@v9
          cleanup:
            runs-on: ubuntu-latest
            steps:
              - run: gh cache delete --all --ref refs/pull/\${{ github.event.number }}/merge
                env:
                  GH_TOKEN: \${{ github.token }}
      `,
      errors: [{ messageId: 'missingPermissions', line: 1, column: 1 }],
      output: dedent`
        on:
          schedule: [{ cron: '0 3 * * *' }]
          pull_request:
            types: [closed]
        permissions:
          contents: read

        jobs:
          stale:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              actions: write
              issues: write
              pull-requests: write
            steps:
              - uses: actions/stale@v9
          cleanup:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              actions: write
            steps:
              - run: gh cache delete --all --ref refs/pull/\${{ github.event.number }}/merge
                env:
                  GH_TOKEN: \${{ github.token }}
      `,
    },
    {
      name: 'only the jobs without their own block are listed; a read-only workflow gets contents: read alone',
      code: dedent`
        on: [push]
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: astral-sh/setup-uv@v6
              - run: uv run ruff check
          docs:
            runs-on: ubuntu-latest
            permissions:
              pages: write
            steps: [{ uses: actions/deploy-pages@v4 }]
      `,
      errors: [{ messageId: 'missingPermissions', line: 1, column: 1 }],
      output: dedent`
        on: [push]
        permissions:
          contents: read

        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: astral-sh/setup-uv@v6
              - run: uv run ruff check
          docs:
            runs-on: ubuntu-latest
            permissions:
              pages: write
            steps: [{ uses: actions/deploy-pages@v4 }]
      `,
    },
    {
      name: 'docker/build-push-action workflow (moby/buildx style): ghcr.io login and push, OIDC, release',
      code: dedent`
        on:
          push:
            tags: ['v*']
        jobs:
          image:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/login-action@v3
                with:
                  registry: ghcr.io
                  username: \${{ github.actor }}
                  password: \${{ secrets.GITHUB_TOKEN }}
              - uses: docker/build-push-action@v6
                with:
                  push: true
                  tags: ghcr.io/acme/app:latest
              - run: cosign sign --yes ghcr.io/acme/app@\${{ steps.build.outputs.digest }}
          release:
            needs: image
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: gh release create \${{ github.ref_name }} --generate-notes
                env:
                  GH_TOKEN: \${{ github.token }}
      `,
      errors: [{ messageId: 'missingPermissions', line: 1, column: 1 }],
      output: dedent`
        on:
          push:
            tags: ['v*']
        permissions:
          contents: read

        jobs:
          image:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              id-token: write
              packages: write
            steps:
              - uses: docker/login-action@v3
                with:
                  registry: ghcr.io
                  username: \${{ github.actor }}
                  password: \${{ secrets.GITHUB_TOKEN }}
              - uses: docker/build-push-action@v6
                with:
                  push: true
                  tags: ghcr.io/acme/app:latest
              - run: cosign sign --yes ghcr.io/acme/app@\${{ steps.build.outputs.digest }}
          release:
            needs: image
            runs-on: ubuntu-latest
            permissions:
              contents: write
            steps:
              - uses: actions/checkout@v4
              - run: gh release create \${{ github.ref_name }} --generate-notes
                env:
                  GH_TOKEN: \${{ github.token }}
      `,
    },
    {
      name: 'a gh command with a PAT needs nothing of the GITHUB_TOKEN; an unknown action makes the fix unsafe',
      code: dedent`
        on: issues
        jobs:
          triage:
            runs-on: ubuntu-latest
            steps:
              - run: gh issue edit \${{ github.event.issue.number }} --add-label triage
                env:
                  GH_TOKEN: \${{ secrets.BOT_TOKEN }}
              - uses: some-org/custom-labeler@v2
      `,
      errors: [{ messageId: 'missingPermissions', line: 1, column: 1 }],
      output: dedent`
        on: issues
        permissions:
          contents: read

        jobs:
          triage:
            runs-on: ubuntu-latest
            steps:
              - run: gh issue edit \${{ github.event.issue.number }} --add-label triage
                env:
                  GH_TOKEN: \${{ secrets.BOT_TOKEN }}
              - uses: some-org/custom-labeler@v2
      `,
    },
    {
      name: 'a local reusable workflow: the caller grants what the called workflow declares',
      code: dedent`
        on: push
        jobs:
          call:
            uses: ./.github/workflows/codeql.yml
      `,
      files: {
        '.github/workflows/codeql.yml': dedent`
          on: workflow_call
          permissions:
            contents: read
          jobs:
            analyze:
              runs-on: ubuntu-latest
              permissions:
                contents: read
                security-events: write
              steps:
                - uses: github/codeql-action/init@v3
                - uses: github/codeql-action/analyze@v3
        `,
      },
      errors: [{ messageId: 'missingPermissions', line: 1, column: 1 }],
      output: dedent`
        on: push
        permissions:
          contents: read

        jobs:
          call:
            permissions:
              contents: read
              security-events: write
            uses: ./.github/workflows/codeql.yml
      `,
    },
  ],
});

describe('missing-permissions fix safety', () => {
  const fixOf = (files: Record<string, string>) => lintCase(rule, files)[0]?.fix;

  it('is safe when every step is in the table, and names the elevated job', () => {
    const fix = fixOf({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  pr:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: peter-evans/create-pull-request@v7\n',
    });
    expect(fix?.safety).toBe('safe');
    expect(fix?.title).toBe(
      'Add top-level `permissions: { contents: read }` and job-level permissions for `pr` (`contents: write`, `pull-requests: write`)',
    );
  });

  it('is unsafe and says why when a step is beyond the table', () => {
    const fix = fixOf({
      '.github/workflows/ci.yml': dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/github-script@v7
              - run: gh api repos/{owner}/{repo}/dispatches -f event_type=x
          b:
            uses: acme/shared/.github/workflows/deploy.yml@v1
      `,
    });
    expect(fix?.safety).toBe('unsafe');
    expect(fix?.title).toBe(
      'Add top-level `permissions: { contents: read }`; review first: job `a` uses `actions/github-script`; job `a` uses `gh api`; job `b` uses reusable workflow `acme/shared/.github/workflows/deploy.yml@v1`, whose needs ciscope cannot infer',
    );
  });
});
