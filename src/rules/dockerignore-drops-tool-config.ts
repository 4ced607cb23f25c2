import { defineRule } from '../engine/define-rule.ts';
import { dockerBuilds } from '../workflow/docker-builds.ts';
import type { DockerBuild } from '../workflow/docker-builds.ts';
import {
  contextBindMounts,
  contextCopy,
  copiesPath,
  dockerfileAt,
  dockerStages,
  runCommands,
} from '../workflow/dockerfile.ts';
import { decisivePattern, dockerignoreFor } from '../workflow/dockerignore.ts';
import { repoPath } from '../workflow/repo-path.ts';
import type { DockerInstruction, Dockerignore, DockerignorePattern, Repository } from '../workflow/model.ts';

const RUST_TOOLS = ['cargo', 'rustup', 'rustc', 'xx-cargo', 'cross'];

interface VersionFile {
  readonly file: string;
  readonly tools: readonly string[];
  /** Variables that choose the version instead of the file (seed 002's interim fix was `ENV UV_PYTHON=3.12`). */
  readonly overrides: readonly string[];
  /** Command-line options that do the same (`uv sync --python 3.12`). */
  readonly flags: readonly string[];
  /** Whether an invocation (its arguments after the tool) reads the file; every invocation does when absent. */
  readonly readsFile?: (args: readonly string[]) => boolean;
}

/** `nvm install`/`nvm use` (and fnm's) read `.nvmrc` only when no version is named: `nvm install 20` does not. */
function nodeManagerReadsFile(args: readonly string[]): boolean {
  const [subcommand, ...rest] = args;
  return (
    ['install', 'use', 'exec', 'run', 'i'].includes(subcommand ?? '') &&
    !rest.some((arg) => !arg.startsWith('-'))
  );
}

/**
 * Version files and the tools that read them to choose a version. Only tools that really read the file are listed:
 * `python`, `pip`, `node` or `npm` never look at `.python-version` or `.nvmrc`, so a build that only runs them does
 * not change when the file is missing. PDM reads `.python-version` since 2.23.
 */
const VERSION_FILES: readonly VersionFile[] = [
  {
    file: '.python-version',
    tools: ['uv', 'uvx', 'pdm', 'pyenv', 'rye'],
    overrides: ['UV_PYTHON', 'PDM_PYTHON', 'PYENV_VERSION'],
    flags: ['--python', '-p'],
  },
  { file: '.nvmrc', tools: ['nvm', 'fnm'], overrides: [], flags: [], readsFile: nodeManagerReadsFile },
  {
    file: '.node-version',
    tools: ['fnm', 'nodenv'],
    overrides: ['NODENV_VERSION'],
    flags: [],
    readsFile: nodeManagerReadsFile,
  },
  { file: '.tool-versions', tools: ['asdf', 'mise'], overrides: [], flags: [] },
  // `xx-cargo` (tonistiigi/xx) and `cross` run cargo through rustup in the same directory.
  { file: 'rust-toolchain', tools: RUST_TOOLS, overrides: ['RUSTUP_TOOLCHAIN'], flags: [] },
  { file: 'rust-toolchain.toml', tools: RUST_TOOLS, overrides: ['RUSTUP_TOOLCHAIN'], flags: [] },
  { file: '.ruby-version', tools: ['rbenv', 'rvm', 'chruby'], overrides: ['RBENV_VERSION'], flags: [] },
];

/** Prefixes that run the next word as the command (`sudo uv sync`, `exec cargo build`). */
const COMMAND_PREFIXES = new Set(['sudo', 'exec', 'time', 'env', 'nice', 'command', 'eval']);

export default defineRule({
  id: 'dockerignore-drops-tool-config',
  meta: {
    description:
      'Keep tool-version files such as `.python-version` in the Docker build context of builds that use them',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      dropsToolConfig:
        '`{{pattern}}` leaves `{{file}}` out of the build context of `{{dockerfile}}`, so `{{tool}}` in the build silently picks another version than the repository pins.',
    },
  },
  check({ repo, report }) {
    const reported = new Set<string>();
    for (const build of dockerBuilds(repo)) {
      const ignore = dockerignoreFor(repo.dockerignores, build.dockerfile, build.context);
      if (ignore === undefined) continue;
      for (const versionFile of VERSION_FILES) {
        const { file } = versionFile;
        const pathInRepo = repoPath(build.context, file);
        if (pathInRepo === undefined || repo.readText(pathInRepo) === undefined) continue;
        const pattern = decisivePattern(ignore.patterns, file);
        if (pattern === undefined || pattern.negated) continue;
        const use = toolUse(repo, build, versionFile);
        if (use === undefined) continue;
        const key = `${ignore.file.path}\0${pattern.range.start}\0${file}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const removable =
          pattern.pattern === file && decisivePattern(without(ignore, pattern), file)?.negated !== false;
        report({
          messageId: 'dropsToolConfig',
          data: { pattern: patternText(pattern), file, dockerfile: build.dockerfile, tool: use.tool },
          at: pattern,
          related: [
            { at: use.copy, message: `copies the build context, which would hold \`${file}\`` },
            { at: use.run, message: `runs \`${use.tool}\`, which reads \`${file}\`` },
            ...(build.at === undefined
              ? []
              : [
                  {
                    at: { range: build.at },
                    message: `builds \`${build.dockerfile}\` with context \`${build.context}\``,
                  },
                ]),
          ],
          fix: removable
            ? {
                title: `Remove \`${patternText(pattern)}\` from \`${ignore.file.path}\``,
                edits: (fixer) => fixer.removeLines(pattern),
              }
            : {
                title: `Re-include \`${file}\` with \`!${file}\``,
                edits: (fixer) => fixer.insertLinesAfter(pattern, `!${file}\n`),
              },
        });
      }
    }
  },
});

interface ToolUse {
  readonly tool: string;
  /** The instruction that brings the file into the build (a `COPY`/`ADD`, or a `RUN` with a bind mount). */
  readonly copy: DockerInstruction;
  readonly run: DockerInstruction;
}

/**
 * The first `RUN` that invokes one of `tools` at or after an instruction that brings `file` from the context into
 * the same stage (or a stage it is built `FROM`).
 */
function toolUse(repo: Repository, build: DockerBuild, versionFile: VersionFile): ToolUse | undefined {
  const dockerfile = dockerfileAt(repo, build.dockerfile);
  if (dockerfile === undefined) return undefined;
  const { file } = versionFile;
  const copiedIn = new Map<string, DockerInstruction>();
  const overriddenIn = new Set<string>();
  for (const [index, stage] of dockerStages(dockerfile).entries()) {
    let copy = copiedIn.get(stage.base);
    let overridden = overriddenIn.has(stage.base);
    for (const instruction of stage.instructions) {
      if (
        (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') &&
        setsVariable(instruction.args, versionFile.overrides)
      )
        overridden = true;
      const copied = contextCopy(instruction);
      if (copy === undefined && copied !== undefined && copiesPath(copied, file)) copy = instruction;
      if (overridden) continue;
      const tool = invokedTool(instruction, versionFile);
      if (tool === undefined) continue;
      if (copy !== undefined) return { tool, copy, run: instruction };
      if (contextBindMounts(instruction).some((source) => source === '.' || source === file))
        return { tool, copy: instruction, run: instruction };
    }
    for (const key of [String(index), ...(stage.name === undefined ? [] : [stage.name])]) {
      if (copy !== undefined) copiedIn.set(key, copy);
      if (overridden) overriddenIn.add(key);
    }
  }
  return undefined;
}

/** `ENV UV_PYTHON=3.12`, `ENV UV_PYTHON 3.12`, `ARG RUSTUP_TOOLCHAIN=1.80`: a default that picks the version. */
function setsVariable(args: string, names: readonly string[]): boolean {
  return names.some((name) => new RegExp(`(^|\\s)${name}(=|\\s+\\S)`).test(args));
}

/** The tool a `RUN` invokes without choosing the version itself (`uv sync --python 3.12`, `UV_PYTHON=3.12 uv …`). */
function invokedTool(instruction: DockerInstruction, versionFile: VersionFile): string | undefined {
  for (const words of runCommands(instruction)) {
    let index = 0;
    const assigned: string[] = [];
    for (; index < words.length; index++) {
      const word = words[index] ?? '';
      const assignment = /^(\w+)=/.exec(word);
      if (assignment !== null) assigned.push(assignment[1] ?? '');
      else if (!COMMAND_PREFIXES.has(word)) break;
    }
    const command = (words[index] ?? '').split('/').pop() ?? '';
    if (!versionFile.tools.includes(command)) continue;
    if (assigned.some((name) => versionFile.overrides.includes(name))) continue;
    const args = words.slice(index + 1);
    if (args.some((word) => versionFile.flags.includes(word.split('=')[0] ?? ''))) continue;
    if (versionFile.readsFile !== undefined && !versionFile.readsFile(args)) continue;
    return command;
  }
  return undefined;
}

function without(ignore: Dockerignore, pattern: DockerignorePattern): DockerignorePattern[] {
  return ignore.patterns.filter((entry) => entry !== pattern);
}

function patternText(pattern: DockerignorePattern): string {
  return pattern.range.file.text.slice(pattern.range.start, pattern.range.end);
}
