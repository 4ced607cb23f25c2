import { describe, expect, it } from 'vitest';
import { findBuildCommands } from './build-commands.ts';
import { CONTAINER_TOOLS, mayNameProgram } from './shell-prefilter.ts';

describe('mayNameProgram', () => {
  it.each([
    'docker build .',
    'sudo /usr/bin/docker build .',
    "'dock'er build .",
    'do"ck"er build .',
    'dock\\\ner build .',
    'd\\ocker build .',
    'podman build .',
  ])('keeps a script that may run a container tool: %j', (script) =>
    expect(mayNameProgram(script, CONTAINER_TOOLS)).toBe(true),
  );

  it.each(['npm ci\nnpm test', 'echo "hello"', "make 'all'"])(
    'rules out a script that cannot: %j',
    (script) => {
      expect(mayNameProgram(script, CONTAINER_TOOLS)).toBe(false);
    },
  );

  it('agrees with the tokeniser on names split by quotes, escapes and continuations', () => {
    for (const script of ["'dock'er build .", 'do"ck"er build .', 'dock\\\ner build .', 'd\\ocker build .']) {
      expect(findBuildCommands(script).map((command) => command.tool)).toEqual(['docker build']);
    }
  });
});
