import { describe, expect, it } from 'vitest';
import { bakeTargetsBuilt, parseBakeFile, parseComposeFile } from './compose-bake.ts';
import type { ModelProblem } from './model.ts';
import { positionAt } from './source.ts';
import type { Range } from './source.ts';

const at = (range: Range) => positionAt(range.file, range.start);

describe('parseBakeFile', () => {
  const hcl = parseBakeFile({
    path: 'docker-bake.hcl',
    text: [
      '// target "commented" { cache-from = ["x"] }',
      'variable "TAG" { default = "latest" }',
      'group "default" {',
      '  targets = ["app", "worker"]',
      '}',
      'target "_common" {',
      '  cache-from = ["type=gha"]',
      '  args = { NOTE = "a } brace in a string" }',
      '}',
      'target "app" {',
      '  inherits = ["_common"]',
      '  context    = "./app"',
      '  dockerfile = "Dockerfile.prod"',
      '  tags = ["app:${TAG}"]',
      '}',
      'target "worker" {',
      '  cache-to = [',
      '    "type=gha,mode=max",',
      '  ]',
      '  context = "${ROOT}/worker"',
      '}',
      '',
    ].join('\n'),
  });

  it('reads targets, groups, inherits and literal paths, skipping comments and strings', () => {
    expect(hcl.targets).toEqual(['_common', 'app', 'worker']);
    expect(hcl.hasCache).toBe(true);
    expect([...hcl.groups]).toEqual([['default', ['app', 'worker']]]);
    const app = hcl.targetDefinitions.find((t) => t.name === 'app');
    expect(app).toMatchObject({
      inherits: ['_common'],
      context: './app',
      dockerfile: 'Dockerfile.prod',
      cache: [],
    });
    expect(hcl.targetDefinitions.find((t) => t.name === 'worker')?.context).toBeUndefined();
  });

  it('locates cache attributes', () => {
    const [common, , worker] = hcl.targetDefinitions;
    expect(common?.cache.map((c) => [c.value, at(c.range)])).toEqual([
      ['cache-from', { line: 7, column: 3 }],
    ]);
    expect(worker?.cache.map((c) => [c.value, at(c.range)])).toEqual([['cache-to', { line: 17, column: 3 }]]);
    expect(at(common!.range)).toEqual({ line: 6, column: 1 });
  });

  it('expands groups and inherits for the targets a run builds', () => {
    expect(bakeTargetsBuilt([hcl], [])?.map((t) => t.name)).toEqual(['app', '_common', 'worker']);
    expect(bakeTargetsBuilt([hcl], ['worker'])?.map((t) => t.name)).toEqual(['worker']);
    expect(bakeTargetsBuilt([hcl], ['missing'])).toBeUndefined();
  });

  it('reads a one-line block', () => {
    const oneLine = parseBakeFile({
      path: 'docker-bake.hcl',
      text: 'target "x" { cache-to = ["type=gha"] }\ntarget "y" {\n  args = { cache-from = "not an attribute of y" }\n}\n',
    });
    expect(oneLine.targetDefinitions[0]?.cache.map((c) => at(c.range))).toEqual([{ line: 1, column: 14 }]);
    expect(oneLine.targetDefinitions[1]?.cache).toEqual([]);
  });

  it('reads JSON bake files', () => {
    const json = parseBakeFile({
      path: 'docker-bake.json',
      text: '{\n  "group": { "default": { "targets": ["api"] } },\n  "target": {\n    "api": { "cache-to": ["type=gha"], "context": "api" }\n  }\n}\n',
    });
    expect(json.targets).toEqual(['api']);
    expect(json.targetDefinitions[0]?.context).toBe('api');
    expect(json.targetDefinitions[0]?.cache.map((c) => at(c.range))).toEqual([{ line: 4, column: 14 }]);
    expect(parseBakeFile({ path: 'docker-bake.json', text: '{ broken' }).targets).toEqual([]);
  });
});

describe('parseComposeFile', () => {
  it('exposes x-bake cache keys, compose cache keys and build paths', () => {
    const problems: ModelProblem[] = [];
    const compose = parseComposeFile(
      {
        path: 'deploy/docker-compose.yml',
        text: [
          'services:',
          '  api:',
          '    build:',
          '      context: ../api',
          '      dockerfile: docker/Dockerfile',
          '      cache_from: [type=gha]',
          '      x-bake:',
          '        cache-from: [type=gha]',
          '        cache-to: [type=gha]',
          '  web:',
          '    build: ./web',
          '  db:',
          '    image: postgres',
          '',
        ].join('\n'),
      },
      problems,
    );
    expect(problems).toEqual([]);
    const [api, web, db] = compose!.services;
    expect(api?.xBakeCache.map((k) => k.value)).toEqual(['cache-from', 'cache-to']);
    expect(api?.buildCache.map((k) => k.value)).toEqual(['cache_from']);
    expect([api?.context, api?.dockerfile]).toEqual(['api', 'api/docker/Dockerfile']);
    expect([web?.context, web?.dockerfile]).toEqual(['deploy/web', 'deploy/web/Dockerfile']);
    expect([db?.context, db?.xBakeCache]).toEqual([undefined, []]);
  });
});
