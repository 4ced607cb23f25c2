/** What a command may touch of the process: injected, so that tests drive `main` without spawning. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Whether stdout is a terminal (colours, progress bars). */
  readonly isTTY: boolean;
}

export const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 } as const;

/** A mistake in how ciscope was called (exit 2), with a message for the user and no stack trace. */
export class UsageError extends Error {}

/** A problem with the user's input that is not a usage mistake (a broken config file …): exit 2, clear message. */
export class InputError extends Error {}

/**
 * Colours on a terminal, unless NO_COLOR is set to anything non-empty (https://no-color.org); FORCE_COLOR turns them
 * on without a terminal (CI logs render ANSI), as in Node and most CLIs. NO_COLOR wins: opting out is explicit.
 */
export function useColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}
