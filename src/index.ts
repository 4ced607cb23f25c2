/** The public library API: re-exports only. */
export { lintDirectory, runRules } from './engine/run-rules.ts';
export type { LintResult, RunOptions } from './engine/run-rules.ts';
export { fixRepository, planFixes, writeFixes } from './engine/fix-repository.ts';
export type { FixOptions, FixPlan, FixResult } from './engine/fix-repository.ts';
export { loadRepository, buildRepository, memorySource } from './workflow/repository.ts';
export type { Finding, FindingFix, FindingImpact, ImpactPricing, Severity } from './findings/finding.ts';
export { rules } from './rules/index.ts';
export { reporters } from './report/index.ts';
export { sortFindings, totalSavings } from './report/summary.ts';
export type { FindingOrder, SavingsTotal } from './report/summary.ts';
export { main } from './cli/main.ts';
