/**
 * Unified diffs (the format of `diff -u` and `git diff`) for `ciscope fix --dry-run`: Myers' O(ND) line diff,
 * hunks with three lines of context, and the `\ No newline at end of file` marker, so that the output can be fed
 * to `git apply` or `patch -p1`. Format: https://www.gnu.org/software/diffutils/manual/html_node/Detailed-Unified.html
 */

export interface UnifiedDiffOptions {
  /** Names for the `---` and `+++` lines (e.g. `a/.github/workflows/ci.yml`). */
  readonly fromFile: string;
  readonly toFile: string;
  /** Lines of context around each change (default 3). */
  readonly context?: number;
}

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: Line };

interface Line {
  readonly text: string;
  /** False only for the last line of a text that does not end with a newline. */
  readonly terminated: boolean;
  /** 1-based number of the line in its own text. */
  readonly number: number;
}

/** The diff of two texts; an empty string when they are equal. */
export function unifiedDiff(before: string, after: string, options: UnifiedDiffOptions): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const ops = diffLines(splitLines(before), splitLines(after));
  let output = `--- ${options.fromFile}\n+++ ${options.toFile}\n`;
  for (const hunk of hunks(ops, context)) output += renderHunk(hunk);
  return output;
}

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const terminated = parts.at(-1) === '';
  if (terminated) parts.pop();
  return parts.map((part, index) => ({
    text: part,
    terminated: terminated || index < parts.length - 1,
    number: index + 1,
  }));
}

function sameLine(a: Line, b: Line): boolean {
  return a.text === b.text && a.terminated === b.terminated;
}

/** The shortest edit script from `a` to `b` (Myers 1986), after trimming the common prefix and suffix. */
function diffLines(a: readonly Line[], b: readonly Line[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && sameLine(a[prefix] as Line, b[prefix] as Line)) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    sameLine(a[a.length - 1 - suffix] as Line, b[b.length - 1 - suffix] as Line)
  ) {
    suffix++;
  }
  const head: Op[] = a.slice(0, prefix).map((line) => ({ kind: ' ', line }));
  const tail: Op[] = a.slice(a.length - suffix).map((line) => ({ kind: ' ', line }));
  return [...head, ...myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)), ...tail];
}

function myers(a: readonly Line[], b: readonly Line[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found === -1; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(a[x] as Line, b[y] as Line)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const previous = trace[d] as Int32Array;
    const k = x - y;
    const fromAbove =
      k === -d || (k !== d && (previous[offset + k - 1] as number) < (previous[offset + k + 1] as number));
    const previousK = fromAbove ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : (previous[offset + previousK] as number);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      ops.push({ kind: ' ', line: a[x - 1] as Line });
      x--;
      y--;
    }
    if (d > 0) {
      if (fromAbove) ops.push({ kind: '+', line: b[previousY] as Line });
      else ops.push({ kind: '-', line: a[previousX] as Line });
    }
    x = previousX;
    y = previousY;
  }
  return ops.reverse();
}

interface Hunk {
  readonly ops: readonly Op[];
  /** Lines of each side before the hunk. */
  readonly beforeA: number;
  readonly beforeB: number;
}

/** Groups changes with `context` lines around them; changes closer than twice the context share a hunk. */
function hunks(ops: readonly Op[], context: number): Hunk[] {
  const result: Hunk[] = [];
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index !== -1);
  let i = 0;
  while (i < changed.length) {
    const first = changed[i] as number;
    let last = first;
    while (i + 1 < changed.length && (changed[i + 1] as number) - last <= 2 * context + 1)
      last = changed[++i] as number;
    i++;
    const start = Math.max(0, first - context);
    const end = Math.min(ops.length, last + context + 1);
    const before = ops.slice(0, start);
    result.push({
      ops: ops.slice(start, end),
      beforeA: before.filter((op) => op.kind !== '+').length,
      beforeB: before.filter((op) => op.kind !== '-').length,
    });
  }
  return result;
}

function renderHunk(hunk: Hunk): string {
  const countA = hunk.ops.filter((op) => op.kind !== '+').length;
  const countB = hunk.ops.filter((op) => op.kind !== '-').length;
  let text = `@@ -${range(hunk.beforeA, countA)} +${range(hunk.beforeB, countB)} @@\n`;
  for (const op of hunk.ops) {
    text += `${op.kind}${op.line.text}\n`;
    if (!op.line.terminated) text += '\\ No newline at end of file\n';
  }
  return text;
}

/** `start,count`, where an empty range names the line before it and a count of 1 is left out (as GNU diff does). */
function range(before: number, count: number): string {
  if (count === 0) return `${before},0`;
  return count === 1 ? `${before + 1}` : `${before + 1},${count}`;
}
