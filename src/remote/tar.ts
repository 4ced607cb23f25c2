/**
 * A small streaming reader of (ustar / pax / GNU) tar archives, enough for the archives GitHub serves: regular files,
 * directories, symbolic links, a pax global header (GitHub puts the commit SHA there), pax extended headers and GNU
 * long names for long paths. Entries are handed out as they complete; only the entries the caller keeps stay in memory.
 * Format: https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_06
 */

export interface TarEntry {
  /** The path as stored (pax `path` or GNU long name when present). */
  readonly path: string;
  readonly type: 'file' | 'directory' | 'symlink' | 'other';
  readonly size: number;
}

export class TarError extends Error {}

const BLOCK = 512;

/**
 * `want(entry)` decides before the data arrives whether an entry's bytes are kept; `onEntry` receives the kept
 * entries with their data (others get `undefined`).
 */
export class TarReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private state:
    | { readonly kind: 'header' }
    | {
        readonly kind: 'data';
        readonly entry: TarEntry;
        readonly raw: string;
        readonly keep: boolean;
        remaining: number;
        readonly chunks: Buffer[];
        padding: number;
      }
    | { readonly kind: 'end' } = { kind: 'header' };
  private paxPath: string | undefined;
  private paxSize: number | undefined;
  private longName: string | undefined;

  private readonly want: (entry: TarEntry) => boolean;
  private readonly onEntry: (entry: TarEntry, data: Buffer | undefined) => void;

  constructor(
    want: (entry: TarEntry) => boolean,
    onEntry: (entry: TarEntry, data: Buffer | undefined) => void,
  ) {
    this.want = want;
    this.onEntry = onEntry;
  }

  write(chunk: Buffer): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.drain();
  }

  /** Throws when the archive stopped before its end-of-archive block (a download cut short). */
  end(): void {
    if (this.state.kind === 'data') throw new TarError('the archive ends in the middle of a file');
    if (this.state.kind === 'header') throw new TarError('the archive ends without its end-of-archive block');
  }

  private take(bytes: number): Buffer {
    const joined = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    const taken = joined.subarray(0, bytes);
    const rest = joined.subarray(bytes);
    this.pending = rest.length === 0 ? [] : [rest];
    this.pendingBytes = rest.length;
    return taken;
  }

  private drain(): void {
    for (;;) {
      const state = this.state;
      if (state.kind === 'end') {
        this.pending = [];
        this.pendingBytes = 0;
        return;
      }
      if (state.kind === 'header') {
        if (this.pendingBytes < BLOCK) return;
        const header = this.take(BLOCK);
        if (header.every((byte) => byte === 0)) {
          // Two zero blocks end the archive; one is enough to know nothing follows.
          this.state = { kind: 'end' };
          continue;
        }
        this.startEntry(header);
        continue;
      }
      if (state.remaining > 0) {
        if (this.pendingBytes === 0) return;
        const chunk = this.take(Math.min(state.remaining, this.pendingBytes));
        state.remaining -= chunk.length;
        if (state.keep || state.raw !== '') state.chunks.push(Buffer.from(chunk));
        if (state.remaining > 0) return;
      }
      if (state.padding > 0) {
        if (this.pendingBytes === 0) return;
        const skipped = this.take(Math.min(state.padding, this.pendingBytes));
        state.padding -= skipped.length;
        if (state.padding > 0) return;
      }
      this.finishEntry(state.entry, state.raw, state.keep, Buffer.concat(state.chunks));
      this.state = { kind: 'header' };
    }
  }

  private startEntry(header: Buffer): void {
    if (!checksumMatches(header)) throw new TarError('not a tar archive (header checksum mismatch)');
    const flag = String.fromCharCode(header[156] ?? 0);
    const size = this.paxSize ?? octal(header.subarray(124, 136));
    const name = text(header.subarray(0, 100));
    const prefix = header.subarray(257, 263).toString('latin1').startsWith('ustar')
      ? text(header.subarray(345, 500))
      : '';
    const path = this.longName ?? this.paxPath ?? (prefix === '' ? name : `${prefix}/${name}`);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    // Meta entries describe the next entry (x, L) or the archive (g): their data is read, never handed out.
    const raw = flag === 'x' || flag === 'g' || flag === 'L' ? flag : '';
    const type: TarEntry['type'] =
      flag === '0' || flag === '\0' || flag === '7'
        ? 'file'
        : flag === '5'
          ? 'directory'
          : flag === '2'
            ? 'symlink'
            : 'other';
    const entry: TarEntry = { path, type, size };
    if (raw === '') {
      this.paxPath = undefined;
      this.paxSize = undefined;
      this.longName = undefined;
    }
    const keep = raw === '' && type === 'file' && this.want(entry);
    this.state = { kind: 'data', entry, raw, keep, remaining: size, chunks: [], padding };
  }

  private finishEntry(entry: TarEntry, raw: string, keep: boolean, data: Buffer): void {
    if (raw === 'x') {
      const records = paxRecords(data);
      this.paxPath = records.get('path');
      const size = records.get('size');
      this.paxSize = size === undefined ? undefined : Number(size);
    } else if (raw === 'L') {
      this.longName = text(data);
    } else if (raw === '') {
      this.onEntry(entry, keep ? data : undefined);
    }
  }
}

function text(bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  return bytes.subarray(0, nul === -1 ? bytes.length : nul).toString('utf8');
}

function octal(bytes: Buffer): number {
  // GNU base-256 for sizes of 8 GiB and more: the high bit of the first byte is set.
  if (((bytes[0] ?? 0) & 0x80) !== 0) {
    let value = 0;
    for (let i = 1; i < bytes.length; i++) value = value * 256 + (bytes[i] ?? 0);
    return value;
  }
  const digits = text(bytes).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
}

function checksumMatches(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0);
  return sum === octal(header.subarray(148, 156));
}

/** `LENGTH KEY=VALUE\n` records, LENGTH counting the whole record in bytes. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(data.subarray(at, space).toString('latin1'));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals !== -1) records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}
