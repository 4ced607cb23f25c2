import { describe, expect, it } from 'vitest';
import { contextBindMounts, contextCopy, copiesPath, parseDockerfile, runCommands } from './dockerfile.ts';

describe('Dockerfile instructions', () => {
  const dockerfile = parseDockerfile({
    path: 'Dockerfile',
    text: [
      'FROM python:3.12 AS base',
      'COPY --chown=app --exclude=*.md . /app',
      'COPY --from=base /a /b',
      'ADD ["pyproject.toml", "uv.lock", "/app/"]',
      'COPY .python-* ./',
      'COPY <<EOF /etc/conf',
      'x',
      'EOF',
      'RUN --mount=type=cache,target=/root/.cache --mount=target=/src \\',
      '    --mount=type=bind,source=uv.lock,target=uv.lock uv sync && uv run x',
      '',
    ].join('\n'),
  });
  const [, copyAll, copyFrom, add, glob, heredoc, run] = dockerfile.instructions;

  it('reads context copies and what they bring in', () => {
    expect(contextCopy(copyAll!)).toEqual({ sources: ['.'], excludes: ['*.md'] });
    expect(copiesPath(contextCopy(copyAll!)!, '.python-version')).toBe(true);
    expect(copiesPath(contextCopy(copyAll!)!, 'README.md')).toBe(false);
    expect(contextCopy(copyFrom!)).toBeUndefined();
    expect(contextCopy(add!)?.sources).toEqual(['pyproject.toml', 'uv.lock']);
    expect(copiesPath(contextCopy(glob!)!, '.python-version')).toBe(true);
    expect(contextCopy(heredoc!)).toBeUndefined();
  });

  it('reads bind mounts of the context and the commands of a RUN', () => {
    expect(contextBindMounts(run!)).toEqual(['.', 'uv.lock']);
    expect(runCommands(run!)).toEqual([
      ['uv', 'sync'],
      ['uv', 'run', 'x'],
    ]);
  });
});
