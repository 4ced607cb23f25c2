import { defineModelProblemRule } from '../engine/model-problem-rule.ts';

export default defineModelProblemRule('unknown-needs', 'Name only jobs of the same workflow in `needs`');
