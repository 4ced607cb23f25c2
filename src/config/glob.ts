/**
 * The `ignore:` patterns of `.ciscope.yml`, matched against `/`-separated paths relative to the analysed directory.
 * A small, documented subset of gitignore-style globs (docs/configuration.md): no negation, no character classes.
 *
 * Patterns come from a repository, so a pull request controls them. They are matched by simulating the pattern as a
 * finite automaton (every position at once), never by a backtracking regular expression: the time is at most the
 * pattern's length times the path's, whatever the pattern (`**a**a**a**a**b` took a minute as a RegExp).
 */

/** Far above any real pattern; a longer one is a configuration error (docs/limits.md). */
export const MAX_GLOB_LENGTH = 1024;

type Token =
  | { readonly kind: 'char'; readonly char: string }
  /** `?`: one character of a segment. */
  | { readonly kind: 'one' }
  /** `*`: any characters within a segment. */
  | { readonly kind: 'star' }
  /** `**` inside a segment: any characters, across segments. */
  | { readonly kind: 'any' }
  /** `**` as a whole segment followed by `/`: zero or more whole segments. */
  | { readonly kind: 'segments' };

/** `*` and `?` stay within a segment, `**` spans segments; a pattern also covers everything below a match. */
export function compileGlob(pattern: string): (path: string) => boolean {
  const tokens = tokenize(pattern);
  const end = tokens.length;
  // States 0..end are "before token i"; end + 1 + i is "inside a segment" of the `segments` token i.
  const inSegment = (i: number): number => end + 1 + i;
  const states = 2 * end + 1;

  const close = (set: Uint8Array, stack: number[]): void => {
    while (stack.length > 0) {
      const state = stack.pop() as number;
      if (state >= end) continue;
      const token = tokens[state] as Token;
      if (
        (token.kind === 'star' || token.kind === 'any' || token.kind === 'segments') &&
        set[state + 1] === 0
      ) {
        set[state + 1] = 1;
        stack.push(state + 1);
      }
    }
  };

  return (path: string): boolean => {
    let current = new Uint8Array(states);
    let next = new Uint8Array(states);
    current[0] = 1;
    close(current, [0]);
    for (let j = 0; j < path.length; j++) {
      const char = path[j] as string;
      // A pattern that matches a directory covers everything below it.
      if (char === '/' && current[end] === 1) return true;
      next.fill(0);
      const reached: number[] = [];
      const add = (state: number): void => {
        if (next[state] === 0) {
          next[state] = 1;
          reached.push(state);
        }
      };
      let alive = false;
      for (let state = 0; state < states; state++) {
        if (current[state] === 0) continue;
        alive = true;
        if (state > end) {
          // Inside a segment of a `segments` token: more of the segment, or its `/` back to the token.
          add(char === '/' ? state - end - 1 : state);
          continue;
        }
        if (state === end) continue;
        const token = tokens[state] as Token;
        if (token.kind === 'char') {
          if (token.char === char) add(state + 1);
        } else if (token.kind === 'one') {
          if (char !== '/') add(state + 1);
        } else if (token.kind === 'star') {
          if (char !== '/') add(state);
        } else if (token.kind === 'any') add(state);
        else add(char === '/' ? state : inSegment(state));
      }
      if (!alive) return false;
      close(next, reached);
      [current, next] = [next, current];
    }
    return current[end] === 1;
  };
}

function tokenize(pattern: string): Token[] {
  const normalized = pattern.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const tokens: Token[] = [];
  for (let i = 0; i < normalized.length; i++) {
    const char = normalized[i] as string;
    if (char === '*' && normalized[i + 1] === '*') {
      const slashAfter = normalized[i + 2] === '/';
      const atSegmentStart = i === 0 || normalized[i - 1] === '/';
      if (atSegmentStart && slashAfter) {
        tokens.push({ kind: 'segments' });
        i += 2;
      } else {
        tokens.push({ kind: 'any' });
        i += 1;
        // A run of stars means no more than two: `***` is `**`.
        while (normalized[i + 1] === '*') i++;
      }
    } else if (char === '*') tokens.push({ kind: 'star' });
    else if (char === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

export function pathMatcher(patterns: readonly string[]): (path: string) => boolean {
  const matchers = patterns.map(compileGlob);
  return (path) => matchers.some((matches) => matches(path));
}
