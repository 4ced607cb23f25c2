/** The public library API (docs/library.md): re-exports only. */
export { CiscopeError, fix, lint, loadHistory } from './api.ts';
export type {
  AppliedFix,
  FixOptions,
  FixOutput,
  History,
  HistoryOptions,
  LintOptions,
  LintOutput,
  RefusedFix,
  Summary,
} from './api.ts';
export type {
  Finding,
  FindingEdit,
  FindingFix,
  FindingImpact,
  Location,
  Severity,
} from './findings/finding.ts';
export type { Position } from './workflow/source.ts';
export { VERSION as version } from './version.ts';
