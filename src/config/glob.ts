/**
 * The `ignore:` patterns of `.ciscope.yml`, matched against `/`-separated paths relative to the analysed directory.
 * A small, documented subset of gitignore-style globs (docs/configuration.md): no negation, no character classes.
 */

/** `*` and `?` stay within a segment, `**` spans segments; a pattern also covers everything below a match. */
export function globToRegExp(pattern: string): RegExp {
  const normalized = pattern.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  let source = '';
  for (let i = 0; i < normalized.length; i++) {
    const char = normalized[i] ?? '';
    if (char === '*' && normalized[i + 1] === '*') {
      const slashAfter = normalized[i + 2] === '/';
      const atSegmentStart = i === 0 || normalized[i - 1] === '/';
      if (atSegmentStart && slashAfter) {
        source += '(?:[^/]*/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}

export function pathMatcher(patterns: readonly string[]): (path: string) => boolean {
  const expressions = patterns.map(globToRegExp);
  return (path) => expressions.some((expression) => expression.test(path));
}
