/**
 * Text from a repository or an API (file names, job ids, messages quoting YAML, API error messages) must not drive
 * the terminal or a log viewer: an ESC sequence can retitle the window, hide lines or forge output, and a bidi
 * override can reorder what the reader sees. Every output meant for a terminal, a log or Markdown passes through
 * here, and control characters become visible pictures (`␛`, `␍`) instead of acting.
 */

/** Bidirectional overrides and isolates, and the Unicode line/paragraph separators. */
const INVISIBLE_FORMATTING = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** One character made harmless: C0 controls as their Control Pictures, DEL as `␡`, C1 and bidi controls as `�`. */
export function visibleControl(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code >= 0x80 && code < 0xa0) return '\ufffd';
  if (INVISIBLE_FORMATTING.test(char)) return '\ufffd';
  return char;
}

// eslint-disable-next-line no-control-regex -- the point of this module
const UNSAFE =
  /\r\x1b\[K|\x1b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Output text with its line breaks and tabs kept and every other control character made visible. `terminal` keeps
 * the two sequences ciscope itself writes to a terminal: colours (SGR, `ESC [ … m`) and the progress bar's redraw
 * (`CR ESC [ K`); the reporters have already made the controls in their data visible, so the ones left are ours.
 */
export function visibleControls(text: string, options: { readonly terminal?: boolean } = {}): string {
  return text.replace(UNSAFE, (match) =>
    match.length > 1
      ? options.terminal === true
        ? match
        : Array.from(match, visibleControl).join('')
      : visibleControl(match),
  );
}

/**
 * The last line of defence, at the CLI's stdout and stderr: a control character still left is written as a JSON
 * escape (`\u001b`), which is lossless inside a JSON string (JSON.stringify leaves C1, bidi and U+2028 raw) and
 * readable anywhere else. `terminal` keeps ciscope's own colours and progress-bar redraws, as `visibleControls`.
 */
export function escapeControls(text: string, options: { readonly terminal?: boolean } = {}): string {
  return text.replace(UNSAFE, (match) =>
    match.length > 1 && options.terminal === true
      ? match
      : Array.from(match, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  );
}
