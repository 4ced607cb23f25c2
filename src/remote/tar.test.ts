import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TarError, TarReader } from './tar.ts';
import type { TarEntry } from './tar.ts';

let dir: string;
const LONG = `${'a-directory-with-a-long-name/'.repeat(6)}Dockerfile`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-tar-'));
  mkdirSync(join(dir, 'root', LONG, '..'), { recursive: true });
  writeFileSync(join(dir, 'root', LONG), 'FROM alpine\n');
  writeFileSync(join(dir, 'root', 'empty'), '');
  writeFileSync(join(dir, 'root', 'block'), 'x'.repeat(512));
  writeFileSync(join(dir, 'root', 'ünïcode.yml'), 'on: push\n');
  symlinkSync('block', join(dir, 'root', 'link'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Feeds the archive in chunks of `size` bytes, as a network stream would. */
function read(archive: Buffer, size: number): Map<string, { entry: TarEntry; text: string | undefined }> {
  const seen = new Map<string, { entry: TarEntry; text: string | undefined }>();
  const reader = new TarReader(
    (entry) => !entry.path.endsWith('block'),
    (entry, data) => seen.set(entry.path, { entry, text: data?.toString('utf8') }),
  );
  for (let at = 0; at < archive.length; at += size) reader.write(archive.subarray(at, at + size));
  reader.end();
  return seen;
}

describe('TarReader', () => {
  it.each([
    ['GNU tar (long names as `L` entries)', ['--format=gnu']],
    ['pax (long names in extended headers)', ['--format=pax']],
    ['ustar (long names split into prefix and name)', ['--format=ustar']],
  ])('reads %s, whatever the chunk size', (_, format) => {
    const archive = execFileSync('tar', ['-c', ...format, '-C', dir, 'root']);
    for (const size of [1, 7, 512, 4096, archive.length]) {
      const seen = read(archive, size);
      expect(seen.get(`root/${LONG}`)).toEqual({
        entry: { path: `root/${LONG}`, type: 'file', size: 12 },
        text: 'FROM alpine\n',
      });
      expect(seen.get('root/empty')?.text).toBe('');
      expect(seen.get('root/ünïcode.yml')?.text).toBe('on: push\n');
      // Not wanted: listed, its data not kept.
      expect(seen.get('root/block')).toEqual({
        entry: { path: 'root/block', type: 'file', size: 512 },
        text: undefined,
      });
      expect(seen.get('root/link')?.entry.type).toBe('symlink');
      expect(seen.get('root/')?.entry.type ?? seen.get('root')?.entry.type).toBe('directory');
    }
  });

  it('refuses what is not a tar archive, and an archive cut short', () => {
    expect(() => read(Buffer.alloc(1024, 7), 512)).toThrow(TarError);
    const archive = execFileSync('tar', ['-c', '-C', dir, 'root']);
    const reader = new TarReader(
      () => true,
      () => {},
    );
    reader.write(archive.subarray(0, 512 + 100));
    expect(() => reader.end()).toThrow('the archive ends without its end-of-archive block');
    const midFile = new TarReader(
      () => true,
      () => {},
    );
    // `root/` (a header), then `root/<long name>`: GNU's `L` header and its name, then the file's header and a byte.
    midFile.write(archive.subarray(0, archive.indexOf('FROM alpine') + 1));
    expect(() => midFile.end()).toThrow('the archive ends in the middle of a file');
  });
});
