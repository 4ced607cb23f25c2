import { defineRule } from '../engine/define-rule.ts';
import { Fixer } from '../engine/fixer.ts';
import type { PinnedTool, Repository, Step } from '../workflow/model.ts';
import { uvRequiredVersion } from '../workflow/pinned-tools.ts';

interface SetupAction {
  readonly action: string;
  readonly tool: string;
  readonly toolName: string;
  /** The input that takes a version, and the one that takes a file. */
  readonly versionInput: string;
  readonly fileInput: string | undefined;
  /** Version files (by base name) the file input understands. */
  readonly readableFiles: ReadonlySet<string>;
  /** Whether the action already resolves the pin by itself when given no input. */
  readonly resolvesByItself: (step: Step, repo: Repository, pin: PinnedTool) => boolean;
}

const never = (): boolean => false;

/**
 * `actions/setup-java` is absent on purpose: its `java-version` (or `java-version-file`) is required, so a step
 * without one fails instead of floating.
 */
const SETUP_ACTIONS: readonly SetupAction[] = [
  {
    // setup-uv reads `required-version` from uv.toml / pyproject.toml (action.yml: `version` "Defaults to the version
    // in pyproject.toml or 'latest'"); a Dockerfile or `.tool-versions` pin it does not see, and a range floats.
    action: 'astral-sh/setup-uv',
    tool: 'uv',
    toolName: 'uv',
    versionInput: 'version',
    fileInput: 'version-file',
    readableFiles: new Set(['.tool-versions']),
    resolvesByItself: (step, repo) => {
      const dir = workingDirectory(step);
      return ['uv.toml', 'pyproject.toml'].some((name) => {
        const path = dir === '' ? name : `${dir}/${name}`;
        const text = repo.readText(path);
        // Only an exact pin stops the floating: with a range (`>=0.11`) setup-uv installs the newest match.
        const required = text === undefined ? undefined : uvRequiredVersion(path, text);
        return required !== undefined && /^(==\s*)?\d+(\.\d+)*$/.test(required.trim());
      });
    },
  },
  {
    // Since v4, setup-python reads `.python-version` at the workspace root when given neither input.
    action: 'actions/setup-python',
    tool: 'python',
    toolName: 'Python',
    versionInput: 'python-version',
    fileInput: 'python-version-file',
    readableFiles: new Set(['.python-version', '.tool-versions']),
    resolvesByItself: (step, _repo, pin) =>
      pin.at.range.file.path === '.python-version' && majorVersion(step) >= 4,
  },
  {
    // setup-node reads no file by default: without `node-version` it uses whatever `node` is on the PATH.
    action: 'actions/setup-node',
    tool: 'node',
    toolName: 'Node.js',
    versionInput: 'node-version',
    fileInput: 'node-version-file',
    readableFiles: new Set(['.nvmrc', '.node-version', '.tool-versions']),
    resolvesByItself: never,
  },
  {
    action: 'actions/setup-go',
    tool: 'go',
    toolName: 'Go',
    versionInput: 'go-version',
    fileInput: 'go-version-file',
    readableFiles: new Set(['.go-version', '.tool-versions']),
    resolvesByItself: never,
  },
  {
    // pnpm/action-setup reads `packageManager` from package.json by itself.
    action: 'pnpm/action-setup',
    tool: 'pnpm',
    toolName: 'pnpm',
    versionInput: 'version',
    fileInput: undefined,
    readableFiles: new Set(),
    resolvesByItself: (_step, repo) =>
      repo.pinnedTools.some((pin) => pin.tool === 'pnpm' && pin.at.range.file.path === 'package.json'),
  },
];

/** Dedicated version files first, then `.tool-versions`, then Dockerfiles. */
const PIN_PREFERENCE = (pin: PinnedTool): number => {
  const path = pin.at.range.file.path;
  if (path.endsWith('.tool-versions')) return 1;
  if (/(^|\/)([^/]*\.)?(Dockerfile|Containerfile)(\.[^/]*)?$/.test(path)) return 2;
  return 0;
};

export default defineRule({
  id: 'unpinned-tool-version',
  meta: {
    description: 'Pin the version a setup action installs to the one the repository pins elsewhere',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      unpinned:
        '`{{action}}` sets no `{{input}}` and installs whatever {{tool}} version it resolves, while `{{where}}` pins {{version}}: CI runs another version than the pinned one, and caches built for it (a pre-baked runner image, a version-keyed cache) go unused.',
    },
  },
  check({ repo, report }) {
    const steps = [
      ...repo.workflows.flatMap((w) => w.jobs.flatMap((job) => job.steps)),
      ...[...repo.actions.values()].flatMap((a) => a.steps),
    ];
    for (const step of steps) {
      const setup = SETUP_ACTIONS.find((candidate) => candidate.action === step.action?.name);
      const uses = step.uses;
      if (setup === undefined || uses === undefined) continue;
      if (
        hasInput(step, setup.versionInput) ||
        (setup.fileInput !== undefined && hasInput(step, setup.fileInput))
      )
        continue;
      const pins = repo.pinnedTools.filter(
        (pin) =>
          pin.tool === setup.tool && !(setup.tool === 'pnpm' && pin.at.range.file.path === 'package.json'),
      );
      const pin = [...pins].sort((a, b) => PIN_PREFERENCE(a) - PIN_PREFERENCE(b))[0];
      if (pin === undefined || setup.resolvesByItself(step, repo, pin)) continue;
      const disagreeing = pins.filter((other) => other.version !== pin.version);
      const file = pin.at.range.file.path;
      const base = file.split('/').pop() ?? file;
      const viaFile = setup.fileInput !== undefined && setup.readableFiles.has(base);
      const [input, value] = viaFile
        ? [setup.fileInput as string, file]
        : [setup.versionInput, JSON.stringify(pin.version)];
      const edit = new Fixer().addStepInput(step.node, input, value);
      const fix = {
        title:
          `Add \`${input}: ${value}\` to the \`${setup.action}\` step` +
          (disagreeing.length > 0
            ? ` (review: ${disagreeing.map((other) => `\`${other.at.range.file.path}\` pins ${other.version}`).join(', ')})`
            : ''),
        // Pins that disagree leave the choice to a human.
        unsafe: disagreeing.length > 0,
        edits: (fixer: Fixer) => fixer.addStepInput(step.node, input, value) ?? [],
      };
      report({
        messageId: 'unpinned',
        data: {
          action: setup.action,
          input: setup.versionInput,
          tool: setup.toolName,
          where: file,
          version: pin.version,
        },
        at: uses,
        related: pins.map((other) => ({
          at: other.at,
          message: `${setup.toolName} ${other.version} pinned here`,
        })),
        // `with:` present but empty or not a mapping: an edit would have to rewrite it; report without a fix.
        ...(edit === undefined ? {} : { fix }),
      });
    }
  },
});

function hasInput(step: Step, name: string): boolean {
  return step.with?.has(name) === true;
}

function workingDirectory(step: Step): string {
  const value = step.with?.get('working-directory');
  const text = value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : '';
  return text.includes('${{') ? '' : text.replace(/^\.\/?/, '').replace(/\/$/, '');
}

/** The major version of `uses: owner/repo@vN…`; a SHA or branch is taken to be current. */
function majorVersion(step: Step): number {
  const match = /^v?(\d+)/.exec(step.action?.ref ?? '');
  return match === null ? Number.POSITIVE_INFINITY : Number(match[1]);
}
