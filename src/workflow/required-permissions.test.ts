import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { buildRepository, memorySource } from './repository.ts';
import { mergedAccess, requiredPermissionsOfJob } from './required-permissions.ts';

function required(steps: string, files: Record<string, string> = {}) {
  const workflow = `on: push\njobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n${steps.replace(/^/gm, '      ')}`;
  const repo = buildRepository('/repo', memorySource({ '.github/workflows/ci.yml': workflow, ...files }));
  const job = repo.workflows.find((w) => w.file.path === '.github/workflows/ci.yml')?.jobsById.get('job');
  if (job === undefined) throw new Error('no job');
  const result = requiredPermissionsOfJob(job, repo);
  return { access: Object.fromEntries(mergedAccess(result.needs)), unknown: result.unknown };
}

describe('requiredPermissionsOfJob', () => {
  it.each([
    ['checkout and setup only', '- uses: actions/checkout@v4\n- uses: actions/setup-node@v4\n', {}],
    [
      'issue 8: a type=gha cache export uses the runtime token, not the GITHUB_TOKEN (seed 000)',
      '- uses: docker/build-push-action@v6\n  with:\n    cache-to: type=gha,mode=max\n',
      {},
    ],
    [
      'issue 8: a bake type=gha cache export',
      '- uses: docker/bake-action@v6\n  with:\n    set: |\n      *.cache-to=type=gha,mode=max\n',
      {},
    ],
    [
      'type=gha cache import only',
      '- uses: docker/build-push-action@v6\n  with:\n    cache-from: type=gha\n',
      {},
    ],
    [
      'a push uses the stored login, not the token',
      '- uses: docker/build-push-action@v6\n  with:\n    push: true\n    tags: ghcr.io/o/r:1\n',
      {},
    ],
    [
      'push to Docker Hub',
      '- uses: docker/build-push-action@v6\n  with:\n    push: true\n    tags: o/r:1\n',
      {},
    ],
    [
      'login to ghcr.io with the GITHUB_TOKEN',
      '- uses: docker/login-action@v3\n  with:\n    registry: ${{ env.REGISTRY }}\n    password: ${{ secrets.GITHUB_TOKEN }}\n',
      { packages: 'write' },
    ],
    [
      'login to ghcr.io with a PAT',
      '- uses: docker/login-action@v3\n  with:\n    registry: ghcr.io\n    password: ${{ secrets.CR_PAT }}\n',
      {},
    ],
    [
      'docker login piped the workflow token',
      '- run: echo "${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u ${{ github.actor }} --password-stdin\n',
      { packages: 'write' },
    ],
    ['docker push alone', '- run: docker push ghcr.io/o/r:1\n', {}],
    [
      'a ghcr.io login with a password ciscope cannot trace',
      '- uses: docker/login-action@v3\n  with:\n    registry: ghcr.io\n    password: ${{ env.PASSWORD }}\n',
      { packages: 'write' },
    ],
    [
      'a Docker Hub login',
      '- uses: docker/login-action@v3\n  with:\n    username: acme\n    password: ${{ env.PASSWORD }}\n',
      {},
    ],
    [
      'actions/stale deletes its state cache through the API',
      '- uses: actions/stale@v9\n',
      { issues: 'write', 'pull-requests': 'write', actions: 'write' },
    ],
    ['gh cache delete', '- run: gh cache delete --all\n', { actions: 'write' }],
    ['gh cache list', '- run: gh cache list\n', { actions: 'read' }],
    ['cancel superseded runs', '- uses: styfle/cancel-workflow-action@0.12.1\n', { actions: 'write' }],
    ['skip-duplicate-actions reads runs', '- uses: fkirc/skip-duplicate-actions@v5\n', { actions: 'read' }],
    [
      'an artifact of another run',
      '- uses: actions/download-artifact@v4\n  with:\n    run-id: ${{ github.event.workflow_run.id }}\n    github-token: ${{ github.token }}\n',
      { actions: 'read' },
    ],
    ['an artifact of this run', '- uses: actions/download-artifact@v4\n  with:\n    name: dist\n', {}],
    [
      'AWS with a role (OIDC)',
      '- uses: aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::1:role/x\n',
      { 'id-token': 'write' },
    ],
    [
      'AWS with keys',
      '- uses: aws-actions/configure-aws-credentials@v4\n  with:\n    aws-access-key-id: x\n    role-to-assume: r\n',
      {},
    ],
    [
      'GCP workload identity',
      '- uses: google-github-actions/auth@v2\n  with:\n    workload_identity_provider: p\n',
      { 'id-token': 'write' },
    ],
    ['keyless cosign', '- run: cosign sign --yes img@sha256:1\n', { 'id-token': 'write' }],
    ['cosign with a key', '- run: cosign sign --key env://KEY img\n', {}],
    ['deploy-pages', '- uses: actions/deploy-pages@v4\n', { pages: 'write', 'id-token': 'write' }],
    [
      'upload-sarif',
      '- uses: github/codeql-action/upload-sarif@v3\n',
      { 'security-events': 'write', actions: 'read' },
    ],
    ['codeql init alone', '- uses: github/codeql-action/init@v3\n', {}],
    ['git push', '- run: |\n    git commit -am bump\n    git push origin HEAD\n', { contents: 'write' }],
    [
      'gh release with the workflow token',
      '- run: gh release create v1\n  env:\n    GH_TOKEN: ${{ github.token }}\n',
      { contents: 'write' },
    ],
    [
      'gh pr comment with a PAT',
      '- run: gh pr comment 1 -b hi\n  env:\n    GH_TOKEN: ${{ secrets.BOT }}\n',
      {},
    ],
    [
      'create-pull-request with the default token',
      '- uses: peter-evans/create-pull-request@v7\n',
      { contents: 'write', 'pull-requests': 'write' },
    ],
    [
      'create-pull-request with an app token',
      '- uses: peter-evans/create-pull-request@v7\n  with:\n    token: ${{ steps.app.outputs.token }}\n',
      {},
    ],
    [
      'goreleaser snapshot build',
      '- uses: goreleaser/goreleaser-action@v6\n  with:\n    args: build --snapshot\n',
      {},
    ],
    [
      'goreleaser release',
      '- uses: goreleaser/goreleaser-action@v6\n  with:\n    args: release --clean\n',
      { contents: 'write' },
    ],
    ['upload-artifact sub-action', '- uses: actions/upload-artifact/merge@v4\n', {}],
  ])('%s', (_name, steps, expected) => {
    expect(required(steps)).toEqual({ access: expected, unknown: [] });
  });

  it('reports what it cannot reason about', () => {
    expect(
      required('- uses: actions/github-script@v7\n- uses: acme/thing@v1\n- run: gh api repos/o/r\n').unknown,
    ).toEqual(['`actions/github-script`', '`acme/thing`', '`gh api`']);
  });

  it('reports a script handed the workflow token that runs no command it knows', () => {
    expect(
      required(
        '- run: node close-stale.ts --token ${{ secrets.GITHUB_TOKEN }}\n- run: go run ./labels\n  env:\n    GITHUB_TOKEN: ${{ github.token }}\n',
      ).unknown,
    ).toEqual(['a script given the `GITHUB_TOKEN`']);
    expect(
      required('- run: gh release create v1\n  env:\n    GH_TOKEN: ${{ github.token }}\n- run: make\n'),
    ).toEqual({ access: { contents: 'write' }, unknown: [] });
  });

  it('treats tool installers and chat notifiers as read-only by name', () => {
    expect(
      required(
        '- uses: arduino/setup-task@v2\n- uses: snok/install-poetry@v1\n- uses: slackapi/slack-github-action@v2\n',
      ),
    ).toEqual({ access: {}, unknown: [] });
  });

  it('reads through local composite actions', () => {
    const action = dedent`
      runs:
        using: composite
        steps:
          - uses: docker/login-action@v3
            with:
              registry: ghcr.io
              password: \${{ github.token }}
    `;
    expect(
      required('- uses: ./.github/actions/login\n', { '.github/actions/login/action.yml': action }),
    ).toEqual({
      access: { packages: 'write' },
      unknown: [],
    });
  });

  it('follows the token a job passes to a composite action (frigate)', () => {
    const action = dedent`
      inputs:
        GITHUB_TOKEN:
          required: true
      runs:
        using: composite
        steps:
          - uses: docker/login-action@v3
            with:
              registry: ghcr.io
              password: \${{ inputs.GITHUB_TOKEN }}
    `;
    const files = { '.github/actions/setup/action.yml': action };
    expect(
      required(
        '- uses: ./.github/actions/setup\n  with:\n    GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n',
        files,
      ),
    ).toEqual({ access: { packages: 'write' }, unknown: [] });
    expect(
      required('- uses: ./.github/actions/setup\n  with:\n    GITHUB_TOKEN: ${{ secrets.CR_PAT }}\n', files),
    ).toEqual({ access: {}, unknown: [] });
  });
});
