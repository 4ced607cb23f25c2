/**
 * Finds image-build commands in a `run:` script: `docker build`, `docker image build`, `docker buildx build`,
 * `docker compose build`, `docker-compose build` and `docker buildx bake`, with their flags. This is a reader of
 * the shell words a build receives, not a shell: `\` continuations, quotes, `&&`/`||`/`;`/`|` lists and `${{ }}`
 * templates (which GitHub expands before the shell runs) are understood; anything fancier is left as text.
 */
import { CONTAINER_TOOLS, mayNameProgram } from './shell-prefilter.ts';

export type CommandTool =
  | 'docker build'
  | 'docker image build'
  | 'docker buildx build'
  | 'docker compose build'
  | 'docker-compose build'
  | 'docker buildx bake';

export interface BuildCommand {
  readonly tool: CommandTool;
  /** Offset of the command's first word in the script text. */
  readonly offset: number;
  /** Flag values by canonical input name (`platforms`, `file`, `tags` …), in order of appearance. */
  readonly inputs: ReadonlyMap<string, readonly string[]>;
  /** Every word of the command after the tool, as written. */
  readonly words: readonly string[];
}

interface Word {
  readonly text: string;
  readonly offset: number;
}

/** Flags that take a value, mapped to the input name the model uses (the build-push-action input names). */
const BUILD_FLAGS: Readonly<Record<string, string>> = {
  '--platform': 'platforms',
  '-f': 'file',
  '--file': 'file',
  '--target': 'target',
  '--build-arg': 'build-args',
  '-t': 'tags',
  '--tag': 'tags',
  '--cache-from': 'cache-from',
  '--cache-to': 'cache-to',
  '-o': 'outputs',
  '--output': 'outputs',
  '--build-context': 'build-contexts',
  '--secret': 'secrets',
  '--ssh': 'ssh',
  '--label': 'labels',
  '--network': 'network',
  '--progress': 'progress',
  '--iidfile': 'iidfile',
  '--metadata-file': 'metadata-file',
  '--builder': 'builder',
  '--shm-size': 'shm-size',
  '--ulimit': 'ulimit',
  '--add-host': 'add-hosts',
  '--allow': 'allow',
  '--annotation': 'annotations',
  '--attest': 'attests',
  '--cgroup-parent': 'cgroup-parent',
  '--call': 'call',
  '-m': 'memory',
  '--memory': 'memory',
  '--memory-swap': 'memory-swap',
  '--cpu-shares': 'cpu-shares',
  '--cpuset-cpus': 'cpuset-cpus',
  '--isolation': 'isolation',
  '--security-opt': 'security-opt',
};

const BAKE_FLAGS: Readonly<Record<string, string>> = {
  '-f': 'files',
  '--file': 'files',
  '--set': 'set',
  '--builder': 'builder',
  '--progress': 'progress',
  '--metadata-file': 'metadata-file',
  '--allow': 'allow',
  '--call': 'call',
  '--list': 'call',
};

const COMPOSE_BUILD_FLAGS: Readonly<Record<string, string>> = {
  '--build-arg': 'build-args',
  '--builder': 'builder',
  '-m': 'memory',
  '--memory': 'memory',
  '--ssh': 'ssh',
  '--progress': 'progress',
};

/** Boolean flags that matter to rules; other value-less flags are kept only in `words`. */
const BOOLEAN_FLAGS: Readonly<Record<string, string>> = {
  '--push': 'push',
  '--load': 'load',
  '--no-cache': 'no-cache',
  '--pull': 'pull',
  '--check': 'call',
  '--print': 'call',
};

/** Global flags of `docker` / `docker compose` that come before the sub-command and take a value. */
const DOCKER_GLOBAL_VALUE_FLAGS = new Set([
  '--context',
  '-c',
  '--host',
  '-H',
  '--config',
  '--log-level',
  '-l',
]);
const COMPOSE_GLOBAL_FLAGS: Readonly<Record<string, string>> = {
  '-f': 'files',
  '--file': 'files',
  '-p': 'project',
  '--project-name': 'project',
  '--profile': 'profiles',
  '--env-file': 'env-files',
  '--project-directory': 'project-directory',
  '--ansi': 'ansi',
  '--progress': 'progress',
  '--parallel': 'parallel',
};

/** Words that may precede a command without changing what runs. */
const PREFIX_WORDS = new Set([
  'sudo',
  'time',
  'exec',
  'command',
  'if',
  'then',
  'else',
  'elif',
  'do',
  'while',
  'until',
  '!',
  '{',
  '(',
  'nohup',
]);

export function findBuildCommands(script: string): readonly BuildCommand[] {
  const commands: BuildCommand[] = [];
  if (!mayNameProgram(script, CONTAINER_TOOLS)) return commands;
  for (const words of simpleCommands(script)) {
    const command = buildCommand(words);
    if (command !== undefined && !onlyInspects(command)) commands.push(command);
  }
  return commands;
}

/** `--check`, `--call=outline`, `bake --print`/`--list`: the build definition is evaluated, no image is built. */
function onlyInspects(command: BuildCommand): boolean {
  return (command.inputs.get('call') ?? []).some((value) => value !== 'build');
}

function buildCommand(all: readonly Word[]): BuildCommand | undefined {
  let start = 0;
  while (start < all.length) {
    const text = all[start]?.text ?? '';
    if (PREFIX_WORDS.has(text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) start++;
    else break;
  }
  const words = all.slice(start);
  const first = words[0];
  if (first === undefined) return undefined;
  const program = first.text.replace(/^.*\//, '');
  if (program === 'docker-compose') return composeBuild('docker-compose build', first.offset, words.slice(1));
  if (program !== 'docker') return undefined;

  let index = 1;
  while (index < words.length && (words[index]?.text ?? '').startsWith('-')) {
    const flag = words[index]?.text ?? '';
    index += DOCKER_GLOBAL_VALUE_FLAGS.has(flag) ? 2 : 1;
  }
  const sub = words[index]?.text;
  const next = words[index + 1]?.text;
  const rest = (from: number): readonly Word[] => words.slice(from);
  if (sub === 'build')
    return parseFlags('docker build', first.offset, rest(index + 1), BUILD_FLAGS, 'context');
  if (sub === 'image' && next === 'build')
    return parseFlags('docker image build', first.offset, rest(index + 2), BUILD_FLAGS, 'context');
  if (sub === 'buildx') {
    // `docker buildx --builder x build`: buildx's own flags come before its sub-command.
    let sub2 = index + 1;
    while (sub2 < words.length && (words[sub2]?.text ?? '').startsWith('-'))
      sub2 += words[sub2]?.text === '--builder' ? 2 : 1;
    const verb = words[sub2]?.text;
    if (verb === 'build' || verb === 'b')
      return parseFlags('docker buildx build', first.offset, rest(sub2 + 1), BUILD_FLAGS, 'context');
    if (verb === 'bake')
      return parseFlags('docker buildx bake', first.offset, rest(sub2 + 1), BAKE_FLAGS, 'targets');
    return undefined;
  }
  if (sub === 'compose') return composeBuild('docker compose build', first.offset, rest(index + 1));
  return undefined;
}

function composeBuild(tool: CommandTool, offset: number, words: readonly Word[]): BuildCommand | undefined {
  const global = new Map<string, string[]>();
  let index = 0;
  while (index < words.length && (words[index]?.text ?? '').startsWith('-')) {
    const [flag, inline] = splitFlag(words[index]?.text ?? '');
    const name = COMPOSE_GLOBAL_FLAGS[flag];
    if (name !== undefined && inline === undefined) {
      push(global, name, words[index + 1]?.text ?? '');
      index += 2;
    } else {
      if (name !== undefined && inline !== undefined) push(global, name, inline);
      index += 1;
    }
  }
  if (words[index]?.text !== 'build') return undefined;
  const command = parseFlags(tool, offset, words.slice(index + 1), COMPOSE_BUILD_FLAGS, 'services');
  const inputs = new Map(command.inputs);
  for (const [name, values] of global) inputs.set(name, [...(inputs.get(name) ?? []), ...values]);
  return { ...command, inputs, words: words.map((w) => w.text) };
}

function parseFlags(
  tool: CommandTool,
  offset: number,
  words: readonly Word[],
  valueFlags: Readonly<Record<string, string>>,
  positional: string,
): BuildCommand {
  const inputs = new Map<string, string[]>();
  for (let index = 0; index < words.length; index++) {
    const text = words[index]?.text ?? '';
    if (text === '--') continue;
    if (!text.startsWith('-') || text === '-') {
      push(inputs, positional, text);
      continue;
    }
    const [flag, inline] = splitFlag(text);
    const name = valueFlags[flag];
    if (name !== undefined) {
      if (inline !== undefined) push(inputs, name, inline);
      else {
        push(inputs, name, words[index + 1]?.text ?? '');
        index++;
      }
      continue;
    }
    // `-tfoo` is `-t foo` for the short flags that take a value.
    if (/^-[a-z]./.test(text) && !text.startsWith('--') && valueFlags[text.slice(0, 2)] !== undefined) {
      push(inputs, valueFlags[text.slice(0, 2)] as string, text.slice(2));
      continue;
    }
    const boolean = BOOLEAN_FLAGS[flag];
    if (boolean !== undefined) push(inputs, boolean, boolean === 'call' ? flag.slice(2) : (inline ?? 'true'));
  }
  return { tool, offset, inputs, words: words.map((w) => w.text) };
}

function splitFlag(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  return text.startsWith('--') && equals !== -1
    ? [text.slice(0, equals), text.slice(equals + 1)]
    : [text, undefined];
}

function push(map: Map<string, string[]>, name: string, value: string): void {
  const list = map.get(name) ?? [];
  list.push(value);
  map.set(name, list);
}

/**
 * Splits a script into simple commands (lists of words with unquoted text), joining `\` continuations and
 * skipping comments. Word offsets point into the original script.
 */
export function simpleCommands(script: string): readonly (readonly Word[])[] {
  const commands: Word[][] = [];
  let words: Word[] = [];
  let current = '';
  let currentStart = -1;
  const endWord = (): void => {
    if (currentStart !== -1) words.push({ text: current, offset: currentStart });
    current = '';
    currentStart = -1;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  const append = (text: string, at: number): void => {
    if (currentStart === -1) currentStart = at;
    current += text;
  };
  let i = 0;
  while (i < script.length) {
    const char = script[i] as string;
    if (char === '\\' && (script[i + 1] === '\n' || (script[i + 1] === '\r' && script[i + 2] === '\n'))) {
      i += script[i + 1] === '\r' ? 3 : 2;
      continue;
    }
    if (char === '$' && script.startsWith('${{', i)) {
      const close = script.indexOf('}}', i + 3);
      const end = close === -1 ? script.length : close + 2;
      append(script.slice(i, end), i);
      i = end;
      continue;
    }
    if ((char === '$' && script[i + 1] === '(') || char === '`') {
      // A command substitution stays one word part: its value is only known at run time.
      const end = substitutionEnd(script, i);
      append(script.slice(i, end), i);
      i = end;
      continue;
    }
    if (char === "'" || char === '"') {
      const close = findQuoteEnd(script, i);
      append(script.slice(i + 1, close), i);
      i = close + 1;
      continue;
    }
    if (char === '#' && currentStart === -1) {
      const newline = script.indexOf('\n', i);
      i = newline === -1 ? script.length : newline;
      continue;
    }
    if (char === '\n' || char === ';' || char === '|' || char === '&' || char === '(' || char === ')') {
      endCommand();
      i++;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      endWord();
      i++;
      continue;
    }
    if (char === '\\' && i + 1 < script.length) {
      append(script[i + 1] as string, i);
      i += 2;
      continue;
    }
    append(char, i);
    i++;
  }
  endCommand();
  return commands;
}

function substitutionEnd(script: string, open: number): number {
  if (script[open] === '`') {
    const close = script.indexOf('`', open + 1);
    return close === -1 ? script.length : close + 1;
  }
  let depth = 0;
  for (let i = open + 1; i < script.length; i++) {
    if (script[i] === '(') depth++;
    else if (script[i] === ')' && --depth === 0) return i + 1;
  }
  return script.length;
}

function findQuoteEnd(script: string, open: number): number {
  const quote = script[open];
  for (let i = open + 1; i < script.length; i++) {
    if (quote === '"' && script[i] === '\\') {
      i++;
      continue;
    }
    if (script[i] === quote) return i;
  }
  return script.length;
}
