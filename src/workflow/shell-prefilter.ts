/**
 * A cheap test that a shell script cannot run a given program, so that the tokenisers (`simpleCommands`,
 * `shellCommands`) are spared the scripts that could not matter: most `run:` scripts never name docker.
 *
 * Sound for both tokenisers: a word they produce is made of the script's characters in order, with only quotes,
 * backslashes and line breaks (continuations) taken out between them, so the pattern lets any run of those stand
 * between the letters of a name. It may say yes wrongly (a comment, another word), never no.
 */
export function mayNameProgram(script: string, programs: ProgramPattern): boolean {
  return programs.test(script);
}

export type ProgramPattern = RegExp & { readonly __programs: true };

/** One pattern for the names, matched in a single pass over the script (no copy of it is made). */
export function programPattern(names: readonly string[]): ProgramPattern {
  const separators = `["'\\\\\\r\\n]*`;
  return new RegExp(names.map((name) => [...name].join(separators)).join('|')) as ProgramPattern;
}

/** What `docker …`, `docker-compose …`, `podman build` and `buildah bud` need to be recognised. */
export const CONTAINER_TOOLS = programPattern(['docker', 'podman', 'buildah']);
