import { describe, expect, it } from 'vitest';
import { escapeControls, visibleControls } from './safe-text.ts';

describe('visibleControls', () => {
  it('keeps line breaks and tabs, and shows every other control as its picture', () => {
    expect(visibleControls('a\tb\n\x1b]0;pwned\x07\x1b[2J\r\x7f\x9b\u202e')).toBe(
      'a\tb\n\u241b]0;pwned\u2407\u241b[2J\u240d\u2421\ufffd\ufffd',
    );
  });

  it('keeps colours and the progress-bar redraw only on a terminal', () => {
    expect(visibleControls('\x1b[1mx\x1b[0m\r\x1b[K', { terminal: true })).toBe('\x1b[1mx\x1b[0m\r\x1b[K');
    expect(visibleControls('\x1b[1mx')).toBe('\u241b[1mx');
    // A cursor move is not a colour.
    expect(visibleControls('\x1b[2A', { terminal: true })).toBe('\u241b[2A');
  });
});

describe('escapeControls', () => {
  it('writes JSON escapes, so JSON stays the same data', () => {
    const json = JSON.stringify({ file: 'a\u202eb\x85.yml\x1b' });
    const escaped = escapeControls(json);
    expect(escaped).toBe('{"file":"a\\u202eb\\u0085.yml\\u001b"}');
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });
});
