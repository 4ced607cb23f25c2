import { defineModelProblemRule } from '../engine/model-problem-rule.ts';

export default defineModelProblemRule('needs-cycle', 'Keep the `needs` graph free of cycles');
