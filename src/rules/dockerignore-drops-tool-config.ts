import { defineRule } from '../engine/define-rule.ts';
import {
  contextBindMounts,
  contextCopy,
  copiesPath,
  decisivePattern,
  dockerBuilds,
  dockerfileAt,
  dockerignoreFor,
  dockerStages,
  repoPath,
  runCommands,
} from '../workflow/docker.ts';
import type { DockerBuild } from '../workflow/docker.ts';
import type { DockerInstruction, Dockerignore, DockerignorePattern, Repository } from '../workflow/model.ts';

/**
 * Version files and the tools that read them to choose a version. Only tools that really read the file are listed:
 * `python`, `pip`, `node` or `npm` never look at `.python-version` or `.nvmrc`, so a build that only runs them does
 * not change when the file is missing. PDM reads `.python-version` since 2.23.
 */
const VERSION_FILES: readonly { readonly file: string; readonly tools: readonly string[] }[] = [
  { file: '.python-version', tools: ['uv', 'uvx', 'pdm', 'pyenv', 'rye'] },
  { file: '.nvmrc', tools: ['nvm', 'fnm'] },
  { file: '.node-version', tools: ['fnm', 'nodenv'] },
  { file: '.tool-versions', tools: ['asdf', 'mise'] },
  // `xx-cargo` (tonistiigi/xx) and `cross` run cargo through rustup in the same directory.
  { file: 'rust-toolchain', tools: ['cargo', 'rustup', 'rustc', 'xx-cargo', 'cross'] },
  { file: 'rust-toolchain.toml', tools: ['cargo', 'rustup', 'rustc', 'xx-cargo', 'cross'] },
  { file: '.ruby-version', tools: ['rbenv', 'rvm', 'chruby'] },
];

/** Prefixes that run the next word as the command (`sudo uv sync`, `exec cargo build`). */
const COMMAND_PREFIXES = new Set(['sudo', 'exec', 'time', 'env', 'nice', 'command', 'eval']);

export default defineRule({
  id: 'dockerignore-drops-tool-config',
  meta: {
    description: 'Keep tool-version files such as `.python-version` in the Docker build context of builds that use them',
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
      for (const { file, tools } of VERSION_FILES) {
        const pathInRepo = repoPath(build.context, file);
        if (pathInRepo === undefined || repo.readText(pathInRepo) === undefined) continue;
        const pattern = decisivePattern(ignore.patterns, file);
        if (pattern === undefined || pattern.negated) continue;
        const use = toolUse(repo, build, file, tools);
        if (use === undefined) continue;
        const key = `${ignore.file.path}\0${pattern.range.start}\0${file}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const removable = pattern.pattern === file && decisivePattern(without(ignore, pattern), file)?.negated !== false;
        report({
          messageId: 'dropsToolConfig',
          data: { pattern: patternText(pattern), file, dockerfile: build.dockerfile, tool: use.tool },
          at: pattern,
          related: [
            { at: use.copy, message: `copies the build context, which would hold \`${file}\`` },
            { at: use.run, message: `runs \`${use.tool}\`, which reads \`${file}\`` },
            ...(build.at === undefined ? [] : [{ at: { range: build.at }, message: `builds \`${build.dockerfile}\` with context \`${build.context}\`` }]),
          ],
          fix: removable
            ? { title: `Remove \`${patternText(pattern)}\` from \`${ignore.file.path}\``, edits: (fixer) => fixer.removeLines(pattern) }
            : { title: `Re-include \`${file}\` with \`!${file}\``, edits: (fixer) => fixer.insertLinesAfter(pattern, `!${file}\n`) },
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
function toolUse(repo: Repository, build: DockerBuild, file: string, tools: readonly string[]): ToolUse | undefined {
  const dockerfile = dockerfileAt(repo, build.dockerfile);
  if (dockerfile === undefined) return undefined;
  const copiedIn = new Map<string, DockerInstruction>();
  for (const [index, stage] of dockerStages(dockerfile).entries()) {
    let copy = copiedIn.get(stage.base);
    for (const instruction of stage.instructions) {
      const copied = contextCopy(instruction);
      if (copy === undefined && copied !== undefined && copiesPath(copied, file)) copy = instruction;
      const mounted = contextBindMounts(instruction).some((source) => source === '.' || source === file);
      const tool = invokedTool(instruction, tools);
      if (tool === undefined) continue;
      if (copy !== undefined) return { tool, copy, run: instruction };
      if (mounted) return { tool, copy: instruction, run: instruction };
    }
    if (copy !== undefined) {
      copiedIn.set(String(index), copy);
      if (stage.name !== undefined) copiedIn.set(stage.name, copy);
    }
  }
  return undefined;
}

function invokedTool(instruction: DockerInstruction, tools: readonly string[]): string | undefined {
  for (const words of runCommands(instruction)) {
    let index = 0;
    while (index < words.length && (COMMAND_PREFIXES.has(words[index] ?? '') || /^\w+=/.test(words[index] ?? ''))) index++;
    const command = (words[index] ?? '').split('/').pop() ?? '';
    if (tools.includes(command)) return command;
  }
  return undefined;
}

function without(ignore: Dockerignore, pattern: DockerignorePattern): DockerignorePattern[] {
  return ignore.patterns.filter((entry) => entry !== pattern);
}

function patternText(pattern: DockerignorePattern): string {
  return pattern.range.file.text.slice(pattern.range.start, pattern.range.end);
}
