import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './docker.ts';
import { isRunnerImage, pinnedInDockerfile, pinnedInFile, uvRequiredVersion } from './pinned-tools.ts';

const pinsOf = (path: string, text: string) =>
  (path.includes('Dockerfile')
    ? pinnedInDockerfile(parseDockerfile({ path, text }))
    : pinnedInFile({ path, text })
  ).map((pin) => `${pin.tool} ${pin.version}`);

describe('pinned tools', () => {
  it.each([
    ['.python-version', '3.12\n', ['python 3.12']],
    ['.nvmrc', '# lts\nv20.11.0\n', ['node 20.11.0']],
    ['.tool-versions', 'nodejs 20.11.0\nuv 0.5.4 # comment\nrust 1.80\n', ['node 20.11.0', 'uv 0.5.4']],
    ['package.json', '{ "packageManager": "pnpm@9.12.0+sha512.abc" }', ['pnpm 9.12.0']],
    ['package.json', '{ "packageManager": "yarn@4.1.0" }', []],
    ['package.json', '{ "packageManager": "bun@1.1.31" }', ['bun 1.1.31']],
    ['.bun-version', '1.1.31\n', ['bun 1.1.31']],
    ['.dvmrc', '2.1.4\n', ['deno 2.1.4']],
    ['.tool-versions', 'bun 1.1.31\ndeno 2.1.4\n', ['bun 1.1.31', 'deno 2.1.4']],
    // seed 002's runner image
    [
      '.github/runners/Dockerfile',
      'FROM myoung34/github-runner:latest\nARG UV_VERSION=0.11.8\n',
      ['uv 0.11.8'],
    ],
    [
      'Dockerfile',
      'FROM python:3.12\nCOPY --from=ghcr.io/astral-sh/uv:0.12.1@sha256:cf4e /uv /uvx /bin/\n',
      ['uv 0.12.1'],
    ],
    ['Dockerfile', 'FROM ghcr.io/astral-sh/uv:0.5.4-python3.12-bookworm\n', ['uv 0.5.4']],
    ['Dockerfile', 'FROM python:3.12\nRUN pip install --no-cache-dir uv==0.4.30 && uv sync\n', ['uv 0.4.30']],
    [
      'Dockerfile',
      'FROM python:3.12\nCOPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/\nARG UV_VERSION=${BASE}\n',
      [],
    ],
    [
      'Dockerfile',
      'FROM golang:1.22\nENV GO_VERSION=1.22.3 NODE_VERSION="20.11.0"\n',
      ['go 1.22.3', 'node 20.11.0'],
    ],
  ])('%s: %j', (path, text, expected) => {
    expect(pinsOf(path, text)).toEqual(expected);
  });

  it.each([
    ['pyproject.toml', '[project]\nname = "x"\n[tool.uv]\nrequired-version = ">=0.5"\n', '>=0.5'],
    ['pyproject.toml', '[tool.uv.sources]\nrequired-version = "x"\n[tool.ruff]\n', undefined],
    ['uv.toml', 'required-version = "==0.11.8" # pinned\n', '==0.11.8'],
    ['uv.toml', '[pip]\nrequired-version = "1"\n', undefined],
  ])('uv required-version in %s', (path, text, expected) => {
    expect(uvRequiredVersion(path, text)).toBe(expected);
  });

  it.each([
    ['.github/runners/Dockerfile', 'FROM ubuntu:24.04\n', true],
    ['ci/github-runner/Dockerfile', 'FROM ubuntu:24.04\n', true],
    ['images/Dockerfile.runner', 'FROM ubuntu:24.04\n', true],
    ['ci/Dockerfile', 'FROM ghcr.io/actions/actions-runner:2.320.0\n', true],
    ['ci/Dockerfile', 'FROM myoung34/github-runner:latest\n', true],
    ['Dockerfile', 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/\n', false],
    ['docker/test-runner/Dockerfile', 'FROM python:3.12\n', false],
    ['.devcontainer/Dockerfile', 'FROM mcr.microsoft.com/devcontainers/python:3.12\n', false],
  ])('runner image: %s (%s)', (path, text, expected) => {
    expect(isRunnerImage(parseDockerfile({ path, text }))).toBe(expected);
  });
});
