/**
 * A cheap test that a shell script cannot run a given program, so that the tokenisers (`simpleCommands`,
 * `shellCommands`) are spared the scripts that could not matter: most `run:` scripts never name docker.
 *
 * Sound for both tokenisers: a word they produce is made of the script's characters in order, with only quotes,
 * backslashes and line breaks (continuations) taken out between them, so a word that holds a program's name holds
 * it in the script once those characters are removed. It may say yes wrongly (a comment, another word), never no.
 */
export function mayNameProgram(script: string, programs: RegExp): boolean {
  if (programs.test(script)) return true;
  if (!/["'\\\r\n]/.test(script)) return false;
  return programs.test(script.replace(/["'\\\r\n]/g, ''));
}

/** What `docker …`, `docker-compose …`, `podman build` and `buildah bud` need to be recognised. */
export const CONTAINER_TOOLS = /docker|podman|buildah/;
