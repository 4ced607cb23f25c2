/**
 * Tool versions the repository pins outside its workflows. `unpinned-tool-version` compares setup actions against
 * the pins CI depends on: a version file the setup action can read, `.tool-versions`, `packageManager`, and the
 * Dockerfile of a self-hosted runner image (seed 002). Product images are read too, but only to be told apart.
 */
import type { Dockerfile, PinnedTool } from './model.ts';
import type { SourceFile } from './source.ts';

/** File name → the tool its whole (trimmed) content pins. */
const VERSION_FILES: Readonly<Record<string, string>> = {
  '.python-version': 'python',
  '.nvmrc': 'node',
  '.node-version': 'node',
  '.ruby-version': 'ruby',
  '.go-version': 'go',
  '.java-version': 'java',
  '.bun-version': 'bun',
  '.dvmrc': 'deno',
};

/** The version files `pinnedInFile` reads (repository discovery reads every file with one of these names). */
export const TOOL_FILE_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(VERSION_FILES),
  '.tool-versions',
]);

/** `.tool-versions` (asdf/mise) names → our tool names. */
const ASDF_NAMES: Readonly<Record<string, string>> = {
  python: 'python',
  nodejs: 'node',
  node: 'node',
  uv: 'uv',
  pnpm: 'pnpm',
  golang: 'go',
  go: 'go',
  java: 'java',
  ruby: 'ruby',
  bun: 'bun',
  deno: 'deno',
};

/** Dockerfile `ARG`/`ENV` names that pin a tool. */
const DOCKER_VARIABLES: Readonly<Record<string, string>> = {
  UV_VERSION: 'uv',
  PYTHON_VERSION: 'python',
  NODE_VERSION: 'node',
  PNPM_VERSION: 'pnpm',
  GO_VERSION: 'go',
  GOLANG_VERSION: 'go',
  BUN_VERSION: 'bun',
  DENO_VERSION: 'deno',
};

export function pinnedInFile(file: SourceFile): PinnedTool[] {
  const base = file.path.split('/').pop() ?? '';
  const whole = { file, start: 0, end: file.text.length };
  const tool = VERSION_FILES[base];
  if (tool !== undefined) {
    const version = file.text
      .split('\n')
      .find((line) => line.trim() !== '' && !line.trim().startsWith('#'))
      ?.trim();
    return version === undefined
      ? []
      : [{ tool, version: version.replace(/^v/, ''), at: { value: version, range: whole } }];
  }
  if (base === '.tool-versions') return fromToolVersions(file);
  if (base === 'package.json') return fromPackageJson(file);
  return [];
}

function fromToolVersions(file: SourceFile): PinnedTool[] {
  const pins: PinnedTool[] = [];
  let offset = 0;
  for (const line of file.text.split('\n')) {
    const [name, version] = line.replace(/#.*/, '').trim().split(/\s+/);
    const tool = name === undefined ? undefined : ASDF_NAMES[name];
    if (tool !== undefined && version !== undefined) {
      pins.push({
        tool,
        version,
        at: { value: version, range: { file, start: offset, end: offset + line.length } },
      });
    }
    offset += line.length + 1;
  }
  return pins;
}

function fromPackageJson(file: SourceFile): PinnedTool[] {
  const match = /"packageManager"\s*:\s*"(pnpm|yarn|npm|bun)@([^"+]+)/.exec(file.text);
  const tool = match?.[1];
  if (match === null || (tool !== 'pnpm' && tool !== 'bun') || match[2] === undefined) return [];
  const start = match.index;
  return [
    {
      tool,
      version: match[2],
      at: { value: match[2], range: { file, start, end: start + match[0].length } },
    },
  ];
}

/** Base images of self-hosted runners (actions/runner's own image, ARC's, myoung34's, summerwind's). */
const RUNNER_BASE = /\b(actions-runner|github-runner|actions\/runner|runner-images)\b/i;

/**
 * Whether a Dockerfile builds a self-hosted runner image, which CI runs on (seed 002's `.github/runners/Dockerfile`),
 * rather than a product image, which CI only builds: a runner base image, or `runner` in its path.
 */
export function isRunnerImage(dockerfile: Dockerfile): boolean {
  // `runners/`, `github-runner/`, `Dockerfile.runner`; not `test-runner/`, which names a test harness.
  if (/(^|\/)((github|actions|self-hosted|gha)[-_])?runners?(\/|\.|$)|\.runner$/i.test(dockerfile.file.path))
    return true;
  return dockerfile.instructions.some(
    (instruction) => instruction.keyword === 'FROM' && RUNNER_BASE.test(instruction.args),
  );
}

/**
 * uv's own images and pip pins: the ways uv's installation docs put a fixed uv into an image
 * (https://docs.astral.sh/uv/guides/integration/docker/): `COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/`,
 * `FROM ghcr.io/astral-sh/uv:0.5.4-python3.12-bookworm`, `pip install uv==0.5.4`.
 */
const UV_IMAGE = /\bghcr\.io\/astral-sh\/uv:(\d+\.\d+\.\d+)\b/;
const UV_PIP = /\bpip3?\s+install\b[^&|;]*?\buv==(\d+\.\d+\.\d+)\b/;

export function pinnedInDockerfile(dockerfile: Dockerfile): PinnedTool[] {
  const pins: PinnedTool[] = [];
  for (const instruction of dockerfile.instructions) {
    const pattern =
      instruction.keyword === 'RUN'
        ? UV_PIP
        : instruction.keyword === 'FROM' || instruction.keyword === 'COPY'
          ? UV_IMAGE
          : undefined;
    const version = pattern?.exec(instruction.args)?.[1];
    if (version !== undefined)
      pins.push({ tool: 'uv', version, at: { value: version, range: instruction.range } });
  }
  for (const [name, value] of dockerfile.args) {
    const tool = DOCKER_VARIABLES[name];
    if (tool !== undefined && /^\d/.test(value.value)) pins.push({ tool, version: value.value, at: value });
  }
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword !== 'ENV') continue;
    for (const match of instruction.args.matchAll(/\b([A-Z_]+)[= ]"?(\d[\w.]*)"?/g)) {
      const tool = DOCKER_VARIABLES[match[1] ?? ''];
      if (tool !== undefined && match[2] !== undefined) {
        pins.push({ tool, version: match[2], at: { value: match[2], range: instruction.range } });
      }
    }
  }
  return pins;
}

/**
 * `required-version` from `uv.toml` (top level) or `pyproject.toml` (`[tool.uv]`): astral-sh/setup-uv reads it when
 * the step gives no `version`, so such a repository's uv is already pinned for CI. Returns the raw specifier.
 */
export function uvRequiredVersion(path: string, text: string): string | undefined {
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header !== null) {
      section = (header[1] ?? '').trim();
      continue;
    }
    const wanted = path.endsWith('uv.toml') ? section === '' : section === 'tool.uv';
    const match = /^required-version\s*=\s*["']([^"']+)["']/.exec(line);
    if (wanted && match !== null) return match[1];
  }
  return undefined;
}
