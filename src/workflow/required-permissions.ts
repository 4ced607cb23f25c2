/**
 * What a job's `GITHUB_TOKEN` must be allowed to do, inferred from its steps. The table lists the actions and
 * commands whose needs are documented; anything else that may call the API with the token is reported as unknown,
 * so that a caller writing a `permissions:` block can say it is guessing.
 * Scopes: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions
 */
import type { Job, Repository, Step } from './model.ts';
import { asMap, LMap, scalarString } from './yaml-tree.ts';
import type { LNode } from './yaml-tree.ts';

export type PermissionScope =
  | 'actions'
  | 'attestations'
  | 'checks'
  | 'contents'
  | 'deployments'
  | 'discussions'
  | 'id-token'
  | 'issues'
  | 'packages'
  | 'pages'
  | 'pull-requests'
  | 'security-events'
  | 'statuses';
export type Access = 'read' | 'write';

export interface PermissionNeed {
  readonly scope: PermissionScope;
  readonly access: Access;
  /** Why, for messages: "`docker/build-push-action` with `cache-to: type=gha`". */
  readonly reason: string;
}

export interface RequiredPermissions {
  readonly needs: readonly PermissionNeed[];
  /** What could not be reasoned about (an unlisted action, `actions/github-script`, a remote reusable workflow …). */
  readonly unknown: readonly string[];
}

type Grant = readonly [PermissionScope, Access];

interface ActionEntry {
  /** Lower-cased `owner/repo[/path]`; a trailing `/` matches every action below that prefix. */
  readonly action: string;
  readonly grants: (input: (name: string) => string | undefined) => readonly Grant[];
  /** The grants go through a token input; a PAT given there (`token: ${{ secrets.BOT }}`) needs none of them. */
  readonly tokenInputs?: readonly string[];
  readonly why?: string;
}

/**
 * Tool installers and chat notifiers by name (`owner/setup-x`, `owner/install-x`, `x-toolchain`, slack, discord):
 * they download releases or post to a webhook, reading at most public data with the token.
 */
const READ_ONLY_NAME =
  /^[^/]+\/(?:[^/]*-)?(setup|install)-[^/]*$|^[^/]+\/[^/]*(-toolchain|rust-toolchain)[^/]*$|^[^/]+\/[^/]*\b(slack|discord|teams|telegram|mattermost)\b/;

const GHCR = /\bghcr\.io\b|\bdocker\.pkg\.github\.com\b/i;

const always =
  (...grants: Grant[]) =>
  (): readonly Grant[] =>
    grants;

/**
 * Actions with documented needs. Where an action needs a scope only with some input, the function says when.
 * Entries that grant nothing mark actions known not to use the token beyond reading the repository.
 */
const ACTIONS: readonly ActionEntry[] = [
  // Neither build action calls the API with the `GITHUB_TOKEN`: a `type=gha` cache goes through the runner's own
  // ACTIONS_RUNTIME_TOKEN (issue 8: seed 000's `actions: write` was needless), and a push uses the credentials the
  // login step stored, which is where a ghcr.io push needs `packages: write`.
  { action: 'docker/build-push-action', grants: always() },
  { action: 'docker/bake-action', grants: always() },
  {
    // The `GITHUB_TOKEN` is a registry password only for GitHub Packages (ghcr.io, docker.pkg.github.com), and
    // GitHub's publishing guide grants `packages: write` for the push that follows the login.
    action: 'docker/login-action',
    grants: (input) => {
      const password = input('password');
      if (isWorkflowToken(password)) return [['packages', 'write']];
      if (password === undefined || isOtherSecret(password)) return [];
      // A password ciscope cannot trace (an env variable, an input it was not given) may be the workflow token:
      // on ghcr.io, or on a registry it cannot read, a fix without the grant could stop the push.
      const registry = input('registry') ?? '';
      return GHCR.test(registry) || registry.includes('${{') ? [['packages', 'write']] : [];
    },
    tokenInputs: ['password'],
    why: 'with the `GITHUB_TOKEN` (or an untraceable password) for ghcr.io',
  },
  // OpenID Connect: the job requests a token from GitHub's OIDC provider.
  {
    action: 'aws-actions/configure-aws-credentials',
    grants: (input) =>
      input('role-to-assume') !== undefined && input('aws-access-key-id') === undefined
        ? [['id-token', 'write']]
        : [],
    why: 'with `role-to-assume` (OIDC)',
  },
  {
    action: 'google-github-actions/auth',
    grants: (input) => (input('workload_identity_provider') !== undefined ? [['id-token', 'write']] : []),
    why: 'with `workload_identity_provider` (OIDC)',
  },
  {
    action: 'azure/login',
    grants: (input) =>
      input('client-id') !== undefined && input('creds') === undefined ? [['id-token', 'write']] : [],
    why: 'with `client-id` (OIDC)',
  },
  {
    action: 'pypa/gh-action-pypi-publish',
    grants: (input) => (input('password') === undefined ? [['id-token', 'write']] : []),
    why: '(trusted publishing)',
  },
  {
    action: 'codecov/codecov-action',
    grants: (input) => (isTrue(input('use_oidc')) ? [['id-token', 'write']] : []),
    why: 'with `use_oidc`',
  },
  {
    action: 'actions/attest-build-provenance',
    grants: always(['id-token', 'write'], ['attestations', 'write']),
  },
  { action: 'actions/attest-sbom', grants: always(['id-token', 'write'], ['attestations', 'write']) },
  { action: 'actions/attest', grants: always(['id-token', 'write'], ['attestations', 'write']) },
  { action: 'actions/deploy-pages', grants: always(['pages', 'write'], ['id-token', 'write']) },
  { action: 'actions/configure-pages', grants: always(['pages', 'read']) },
  // Code scanning uploads; `actions: read` lets CodeQL read the run in private repositories (GitHub's template).
  {
    action: 'github/codeql-action/analyze',
    grants: always(['security-events', 'write'], ['actions', 'read']),
  },
  {
    action: 'github/codeql-action/upload-sarif',
    grants: always(['security-events', 'write'], ['actions', 'read']),
  },
  { action: 'github/codeql-action/', grants: always() },
  // Releases and commits.
  { action: 'softprops/action-gh-release', grants: always(['contents', 'write']), tokenInputs: ['token'] },
  { action: 'ncipollo/release-action', grants: always(['contents', 'write']), tokenInputs: ['token'] },
  { action: 'actions/create-release', grants: always(['contents', 'write']) },
  {
    // `goreleaser build` or `release --snapshot` publishes nothing; the default command is `release`.
    action: 'goreleaser/goreleaser-action',
    grants: (input) =>
      /^\s*(release\b(?![^\n]*--snapshot)|$)/.test(input('args') ?? '') ? [['contents', 'write']] : [],
    why: 'publishing a release',
  },
  {
    action: 'release-drafter/release-drafter',
    grants: always(['contents', 'write'], ['pull-requests', 'write']),
  },
  {
    action: 'googleapis/release-please-action',
    grants: always(['contents', 'write'], ['pull-requests', 'write'], ['issues', 'write']),
    tokenInputs: ['token'],
  },
  {
    action: 'google-github-actions/release-please-action',
    grants: always(['contents', 'write'], ['pull-requests', 'write'], ['issues', 'write']),
    tokenInputs: ['token'],
  },
  { action: 'changesets/action', grants: always(['contents', 'write'], ['pull-requests', 'write']) },
  {
    action: 'peter-evans/create-pull-request',
    grants: always(['contents', 'write'], ['pull-requests', 'write']),
    tokenInputs: ['token'],
  },
  { action: 'stefanzweifel/git-auto-commit-action', grants: always(['contents', 'write']) },
  { action: 'endbug/add-and-commit', grants: always(['contents', 'write']) },
  { action: 'ad-m/github-push-action', grants: always(['contents', 'write']), tokenInputs: ['github_token'] },
  {
    action: 'jamesives/github-pages-deploy-action',
    grants: always(['contents', 'write']),
    tokenInputs: ['token'],
  },
  {
    action: 'peaceiris/actions-gh-pages',
    grants: (input) => (input('github_token') !== undefined ? [['contents', 'write']] : []),
  },
  // Comments, labels and checks.
  {
    action: 'marocchino/sticky-pull-request-comment',
    grants: always(['pull-requests', 'write']),
    tokenInputs: ['GITHUB_TOKEN'],
  },
  {
    action: 'peter-evans/create-or-update-comment',
    grants: always(['issues', 'write'], ['pull-requests', 'write']),
    tokenInputs: ['token'],
  },
  {
    action: 'peter-evans/find-comment',
    grants: always(['issues', 'read'], ['pull-requests', 'read']),
    tokenInputs: ['token'],
  },
  {
    action: 'thollander/actions-comment-pull-request',
    grants: always(['pull-requests', 'write']),
    tokenInputs: ['github-token', 'GITHUB_TOKEN'],
  },
  {
    action: 'mshick/add-pr-comment',
    grants: always(['pull-requests', 'write']),
    tokenInputs: ['repo-token'],
  },
  { action: 'actions/labeler', grants: always(['pull-requests', 'write']), tokenInputs: ['repo-token'] },
  {
    // v9+ keeps its progress in a `_state` cache entry and deletes it through the REST API before saving a new one
    // (README "Recommended permissions"); without `actions: write` the state freezes and items are skipped.
    action: 'actions/stale',
    grants: always(['issues', 'write'], ['pull-requests', 'write'], ['actions', 'write']),
    tokenInputs: ['repo-token'],
  },
  {
    action: 'actions/first-interaction',
    grants: always(['issues', 'write'], ['pull-requests', 'write']),
    tokenInputs: ['repo-token'],
  },
  { action: 'dorny/test-reporter', grants: always(['checks', 'write']), tokenInputs: ['token'] },
  { action: 'mikepenz/action-junit-report', grants: always(['checks', 'write']), tokenInputs: ['token'] },
  {
    action: 'enricomi/publish-unit-test-result-action',
    grants: always(['checks', 'write'], ['pull-requests', 'write']),
    tokenInputs: ['github_token'],
  },
  { action: 'amannn/action-semantic-pull-request', grants: always(['pull-requests', 'read']) },
  {
    action: 'actions/dependency-review-action',
    grants: (input) =>
      input('comment-summary-in-pr') !== undefined && input('comment-summary-in-pr') !== 'never'
        ? [['pull-requests', 'write']]
        : [],
  },
  // The pull-request file list comes from the API.
  { action: 'dorny/paths-filter', grants: always(['pull-requests', 'read']), tokenInputs: ['token'] },
  { action: 'tj-actions/changed-files', grants: always(['pull-requests', 'read']), tokenInputs: ['token'] },
  { action: 'dependabot/fetch-metadata', grants: always(['pull-requests', 'read']) },
  // Runs and artifacts through the REST API.
  {
    action: 'styfle/cancel-workflow-action',
    grants: always(['actions', 'write']),
    tokenInputs: ['access_token'],
  },
  { action: 'n1hility/cancel-previous-runs', grants: always(['actions', 'write']), tokenInputs: ['token'] },
  { action: 'andymckay/cancel-action', grants: always(['actions', 'write']), tokenInputs: ['token'] },
  {
    action: 'fkirc/skip-duplicate-actions',
    grants: (input) => [['actions', isTrue(input('cancel_others')) ? 'write' : 'read']],
    tokenInputs: ['github_token'],
    why: '(reads runs; `cancel_others` cancels them)',
  },
  {
    // Only an artifact of another run is fetched through the API (with `github-token`); this run's come from the
    // runtime service.
    action: 'actions/download-artifact',
    grants: (input) => (input('run-id') !== undefined ? [['actions', 'read']] : []),
    tokenInputs: ['github-token'],
    why: 'with `run-id`',
  },
  {
    action: 'dawidd6/action-download-artifact',
    grants: always(['actions', 'read']),
    tokenInputs: ['github_token'],
  },
  // A `repository_dispatch` event is created through the contents API.
  {
    action: 'peter-evans/repository-dispatch',
    grants: always(['contents', 'write']),
    tokenInputs: ['token'],
  },
  // Known to need no more than `contents: read`.
  ...[
    'actions/checkout',
    'actions/setup-',
    'actions/cache',
    'actions/upload-artifact',
    'actions/upload-pages-artifact',
    'docker/setup-',
    'docker/metadata-action',
    'astral-sh/setup-uv',
    'astral-sh/ruff-action',
    'pnpm/action-setup',
    'oven-sh/setup-bun',
    'denoland/setup-deno',
    'dtolnay/rust-toolchain',
    'swatinem/rust-cache',
    'taiki-e/install-action',
    'actions-rs/',
    'ruby/setup-ruby',
    'gradle/actions/setup-gradle',
    'gradle/gradle-build-action',
    'hashicorp/setup-',
    'azure/setup-',
    'mlugg/setup-zig',
    'shivammathur/setup-php',
    'erlef/setup-beam',
    'jdx/mise-action',
    'extractions/setup-just',
    'arduino/setup-protoc',
    'sigstore/cosign-installer',
    'crazy-max/ghaction-setup-docker',
    'golangci/golangci-lint-action',
    'pre-commit/action',
    'codecov/test-results-action',
    'actions/add-to-project',
    'actions/create-github-app-token',
    'step-security/harden-runner',
    'aquasecurity/trivy-action',
    'hendrikmuhs/ccache-action',
    'mozilla-actions/sccache-action',
    'pyo3/maturin-action',
    'cachix/cachix-action',
  ].map((action): ActionEntry => ({ action, grants: always() })),
];

interface CommandEntry {
  readonly pattern: RegExp;
  readonly grants: readonly Grant[];
  readonly reason: string;
  /** Goes through `gh`, which uses `GH_TOKEN`/`GITHUB_TOKEN` from the environment. */
  readonly gh?: boolean;
}

const COMMANDS: readonly CommandEntry[] = [
  { pattern: /\bgit\s+push\b/, grants: [['contents', 'write']], reason: '`git push`' },
  {
    pattern: /\bgh\s+release\s+(create|upload|edit|delete)\b/,
    grants: [['contents', 'write']],
    reason: '`gh release`',
    gh: true,
  },
  {
    pattern: /\bgh\s+pr\s+(comment|review|edit|merge|close|ready|create)\b/,
    grants: [['pull-requests', 'write']],
    reason: '`gh pr`',
    gh: true,
  },
  {
    pattern: /\bgh\s+issue\s+(comment|create|edit|close|reopen|lock)\b/,
    grants: [['issues', 'write']],
    reason: '`gh issue`',
    gh: true,
  },
  {
    pattern: /\bgh\s+(workflow\s+run|run\s+(rerun|cancel))\b/,
    grants: [['actions', 'write']],
    reason: '`gh workflow run`',
    gh: true,
  },
  {
    pattern: /\bgh\s+cache\s+delete\b/,
    grants: [['actions', 'write']],
    reason: '`gh cache delete`',
    gh: true,
  },
  {
    pattern: /\bgh\s+cache\s+list\b/,
    grants: [['actions', 'read']],
    reason: '`gh cache list`',
    gh: true,
  },
  {
    pattern: /\bgh\s+pr\s+(view|list|diff|checks|status)\b/,
    grants: [['pull-requests', 'read']],
    reason: '`gh pr view`',
    gh: true,
  },
  {
    pattern: /\bgh\s+run\s+(view|list|download|watch)\b/,
    grants: [['actions', 'read']],
    reason: '`gh run view`',
    gh: true,
  },
  // The push itself uses the stored login; the login is where the token goes (`echo $GITHUB_TOKEN | docker login`).
  {
    pattern:
      /\bdocker\s+login\b[^\n]*\b(secrets\.GITHUB_TOKEN|github\.token|GITHUB_TOKEN)\b|\b(secrets\.GITHUB_TOKEN|github\.token|GITHUB_TOKEN)\b[^\n]*\|\s*docker\s+login\b/,
    grants: [['packages', 'write']],
    reason: '`docker login` with the `GITHUB_TOKEN`',
  },
  // Keyless signing asks GitHub's OIDC provider for a token; `--key` signs without it.
  {
    pattern: /\bcosign\s+(sign|attest)\b(?![^\n]*--key\b)/,
    grants: [['id-token', 'write']],
    reason: 'keyless `cosign sign`',
  },
];

const UNKNOWN_COMMANDS: readonly [RegExp, string][] = [[/\bgh\s+api\b/, '`gh api`']];

const MAX_REUSABLE_DEPTH = 5;

export function requiredPermissionsOfJob(job: Job, repo: Repository, depth = 0): RequiredPermissions {
  if (job.uses !== undefined) return requiredPermissionsOfCall(String(job.uses.value ?? ''), repo, depth);
  return combine(job.steps.map((step) => requiredPermissionsOfStep(step, repo, depth)));
}

/**
 * `callerInputs`: inside a local composite action, the `inputs` the calling step passes (frigate's setup action logs
 * in with `password: ${{ inputs.GITHUB_TOKEN }}`, given `${{ secrets.GITHUB_TOKEN }}` by every job).
 */
export function requiredPermissionsOfStep(
  step: Step,
  repo: Repository,
  depth = 0,
  callerInputs: ReadonlyMap<string, string> = new Map(),
): RequiredPermissions {
  if (step.run !== undefined)
    return fromCommand(substituteInputs(String(step.run.value ?? ''), callerInputs), step, callerInputs);
  const action = step.action;
  if (action === undefined) return { needs: [], unknown: [] };
  if (action.local) {
    const local = repo.actions.get(action.name.replace(/^\.\//, '').replace(/\/$/, ''));
    if (local === undefined) return { needs: [], unknown: [`\`${action.name}\``] };
    if (local.using !== 'composite' || depth >= MAX_REUSABLE_DEPTH)
      return { needs: [], unknown: [`\`${action.name}\``] };
    const inputs = new Map<string, string>();
    for (const { key, value } of asMap(local.root.get('inputs'))?.pairs ?? []) {
      const declared = scalarString(asMap(value)?.get('default'));
      if (declared !== undefined) inputs.set(String(key.value), substituteInputs(declared, callerInputs));
    }
    for (const { key, value } of step.with?.pairs ?? []) {
      const given = scalarString(value);
      if (given !== undefined) inputs.set(String(key.value), substituteInputs(given, callerInputs));
    }
    return combine(local.steps.map((inner) => requiredPermissionsOfStep(inner, repo, depth + 1, inputs)));
  }
  if (action.name.startsWith('docker://')) return { needs: [], unknown: [] };
  if (action.name === 'actions/github-script') return { needs: [], unknown: ['`actions/github-script`'] };
  const entry = ACTIONS.find((candidate) => matches(candidate.action, action.name));
  if (entry === undefined)
    return READ_ONLY_NAME.test(action.name)
      ? { needs: [], unknown: [] }
      : { needs: [], unknown: [`\`${action.name}\``] };
  const input = (name: string): string | undefined => {
    const value = scalarString(step.with?.get(name));
    return value === undefined ? undefined : substituteInputs(value, callerInputs);
  };
  if (entry.tokenInputs?.some((name) => isOtherSecret(input(name))) === true)
    return { needs: [], unknown: [] };
  const reason = `\`${action.name}\`${entry.why === undefined ? '' : ` ${entry.why}`}`;
  return { needs: entry.grants(input).map(([scope, access]) => ({ scope, access, reason })), unknown: [] };
}

function requiredPermissionsOfCall(uses: string, repo: Repository, depth: number): RequiredPermissions {
  if (!uses.startsWith('./') || depth >= MAX_REUSABLE_DEPTH)
    return { needs: [], unknown: [`reusable workflow \`${uses}\``] };
  const path = uses.slice(2).replace(/@.*$/, '');
  const called = repo.workflows.find((workflow) => workflow.file.path === path);
  if (called === undefined) return { needs: [], unknown: [`reusable workflow \`${uses}\``] };
  // The called workflow's jobs get at most what the caller grants, so the caller must grant their union; a block
  // declared in the called workflow is exactly what its jobs ask for (GitHub refuses to start them with less).
  return combine(
    called.jobs.map((job) => {
      const declared = job.permissions ?? called.permissions;
      if (declared !== undefined) return fromDeclared(declared.value, uses);
      return requiredPermissionsOfJob(job, repo, depth + 1);
    }),
  );
}

const SCOPES: ReadonlySet<string> = new Set<PermissionScope>([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses',
]);

function fromDeclared(node: LNode, uses: string): RequiredPermissions {
  const reason = `reusable workflow \`${uses}\``;
  if (!(node instanceof LMap)) {
    const value = scalarString(node);
    if (value === 'read-all')
      return {
        needs: [...SCOPES].map((scope) => ({
          scope: scope as PermissionScope,
          access: 'read' as const,
          reason,
        })),
        unknown: [],
      };
    return { needs: [], unknown: [`${reason} (\`permissions: ${value ?? ''}\`)`] };
  }
  const needs: PermissionNeed[] = [];
  for (const { key, value } of node.pairs) {
    const scope = String(key.value);
    const access = scalarString(value);
    if (SCOPES.has(scope) && (access === 'read' || access === 'write'))
      needs.push({ scope: scope as PermissionScope, access, reason });
  }
  return { needs, unknown: [] };
}

function fromCommand(
  script: string,
  step: Step,
  callerInputs: ReadonlyMap<string, string> = new Map(),
): RequiredPermissions {
  const needs: PermissionNeed[] = [];
  const ghUsesOtherToken = ['GH_TOKEN', 'GITHUB_TOKEN'].some((name) => isOtherSecret(envValue(step, name)));
  for (const command of COMMANDS) {
    if (command.gh === true && ghUsesOtherToken) continue;
    if (!command.pattern.test(script)) continue;
    for (const [scope, access] of command.grants) needs.push({ scope, access, reason: command.reason });
  }
  const unknown = ghUsesOtherToken
    ? []
    : UNKNOWN_COMMANDS.filter(([pattern]) => pattern.test(script)).map(([, what]) => what);
  // A script handed the workflow token (in its text or its step's `env`) that runs none of the commands above
  // calls the API some other way (biome's `--token ${{ secrets.GITHUB_TOKEN }}`, trivy's label updater).
  const stepEnv = [...step.env.vars.values()].map((variable) =>
    substituteInputs(scalarString(variable.value) ?? '', callerInputs),
  );
  if (needs.length === 0 && unknown.length === 0 && [script, ...stepEnv].some(isWorkflowTokenReference))
    unknown.push('a script given the `GITHUB_TOKEN`');
  return { needs, unknown };
}

function isWorkflowTokenReference(text: string): boolean {
  return /\$\{\{[^}]*\b(secrets\.GITHUB_TOKEN|github\.token)\b/i.test(text);
}

/** Merges needs per scope: `write` wins over `read`. */
export function mergedAccess(needs: readonly PermissionNeed[]): ReadonlyMap<PermissionScope, Access> {
  const merged = new Map<PermissionScope, Access>();
  for (const need of needs) if (merged.get(need.scope) !== 'write') merged.set(need.scope, need.access);
  return merged;
}

function combine(parts: readonly RequiredPermissions[]): RequiredPermissions {
  return {
    needs: parts.flatMap((part) => part.needs),
    unknown: [...new Set(parts.flatMap((part) => part.unknown))],
  };
}

function matches(pattern: string, name: string): boolean {
  if (pattern.endsWith('/') || pattern.endsWith('-')) return name.startsWith(pattern);
  // `actions/upload-artifact/merge` is a sub-action of the same repository, with the same needs.
  return name === pattern || name.startsWith(`${pattern}/`);
}

/** `${{ secrets.GITHUB_TOKEN }}` or `${{ github.token }}`. */
function isWorkflowToken(value: string | undefined): boolean {
  return value !== undefined && /\$\{\{\s*(secrets\.GITHUB_TOKEN|github\.token)\s*\}\}/i.test(value);
}

function isTrue(value: string | undefined): boolean {
  return value === 'true';
}

/** A value that is a secret other than the workflow's own token (a PAT or an app token): its scopes are not ours. */
function substituteInputs(text: string, inputs: ReadonlyMap<string, string>): string {
  if (inputs.size === 0) return text;
  return text.replace(
    /\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g,
    (whole, name: string) => inputs.get(name) ?? whole,
  );
}

function isOtherSecret(value: string | undefined): boolean {
  if (value === undefined) return false;
  if (/\bgithub\.token\b|\bsecrets\.GITHUB_TOKEN\b/i.test(value)) return false;
  return /\$\{\{[^}]*\b(secrets|steps)\.[\w-]+/.test(value);
}

function envValue(step: Step, name: string): string | undefined {
  for (const block of [step.env, step.job.env, step.job.workflow?.env]) {
    const variable = block?.vars.get(name);
    if (variable !== undefined) return scalarString(variable.value);
  }
  return undefined;
}
