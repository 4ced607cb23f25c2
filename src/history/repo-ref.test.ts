import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { originOf, parseRepoRef, repoOfRemoteUrl } from './repo-ref.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('repo references', () => {
  it('parses OWNER/NAME', () => {
    expect(parseRepoRef('biomejs/biome')).toEqual({ owner: 'biomejs', name: 'biome' });
    expect(parseRepoRef('biome')).toBeUndefined();
  });
  it.each([
    ['https://github.com/o/r.git', 'o/r'],
    ['https://github.com/o/r', 'o/r'],
    ['git@github.com:o/r.git', 'o/r'],
    ['ssh://git@ghe.example.com:2222/o/r.git', 'o/r'],
  ])('reads %s', (url, expected) => {
    const ref = repoOfRemoteUrl(url);
    expect(`${ref?.owner}/${ref?.name}`).toBe(expected);
  });
  it('finds the origin remote of a checkout and of a worktree', () => {
    dir = mkdtempSync(join(tmpdir(), 'ciscope-git-'));
    mkdirSync(join(dir, 'main/.git/worktrees/wt'), { recursive: true });
    writeFileSync(
      join(dir, 'main/.git/config'),
      '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/a/b\n[remote "origin"]\n\turl = git@github.com:owner/repo.git\n',
    );
    writeFileSync(join(dir, 'main/.git/worktrees/wt/commondir'), '../..\n');
    mkdirSync(join(dir, 'wt/sub'), { recursive: true });
    writeFileSync(join(dir, 'wt/.git'), `gitdir: ${join(dir, 'main/.git/worktrees/wt')}\n`);
    expect(originOf(join(dir, 'main'))).toEqual({ owner: 'owner', name: 'repo' });
    expect(originOf(join(dir, 'wt/sub'))).toEqual({ owner: 'owner', name: 'repo' });
  });
});
