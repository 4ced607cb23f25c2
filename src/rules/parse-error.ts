import { defineModelProblemRule } from '../engine/model-problem-rule.ts';

export default defineModelProblemRule(
  'parse-error',
  'Report files that cannot be read or parsed, so that a broken file is never silently skipped',
);
