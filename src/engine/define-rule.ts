import type { Severity } from '../findings/finding.ts';
import type { Repository } from '../workflow/model.ts';
import type { Range } from '../workflow/source.ts';
import type { Fixer, TextEdit } from './fixer.ts';
import type { HistoryView } from './history-view.ts';

export type Category = 'waste' | 'correctness' | 'hygiene';

export interface RuleMeta<MessageId extends string> {
  /** One sentence, imperative, no trailing period. Rendered in docs, SARIF and `ciscope rules`. */
  readonly description: string;
  readonly category: Category;
  /** Default severity; `.ciscope.yml` may change it. */
  readonly severity: Severity;
  /**
   * Whether `check` may attach a fix, and how trustworthy it is: `fix` applies `safe` fixes, `fix --unsafe` also
   * applies `unsafe` ones. The engine rejects fixes from rules that say `false`.
   */
  readonly fixable: false | 'safe' | 'unsafe';
  /** Message templates; `{{name}}` is filled from `report({ data })`. One sentence: what is wrong, what it costs. */
  readonly messages: Readonly<Record<MessageId, string>>;
  /** `history`: the rule reads `context.history` (run history) and is skipped without it. */
  readonly requires?: readonly 'history'[];
}

export interface Related {
  readonly at: { readonly range: Range };
  readonly message: string;
}

export interface Report<MessageId extends string> {
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly at: { readonly range: Range };
  readonly related?: readonly Related[];
  /** The fix's title (imperative) and its edits. A fix whose `unsafe` flag is set needs `--unsafe` even from a safe rule. */
  readonly fix?: {
    readonly title: string;
    readonly edits: (fixer: Fixer) => TextEdit | readonly TextEdit[];
    readonly unsafe?: boolean;
  };
}

export interface RuleContext<MessageId extends string> {
  readonly repo: Repository;
  /** Present when the store holds history for this repository. */
  readonly history: HistoryView | undefined;
  report(report: Report<MessageId>): void;
}

export interface Rule<MessageId extends string = string> {
  /** kebab-case, equal to the file name; also the docs slug and SARIF rule id. */
  readonly id: string;
  readonly meta: RuleMeta<MessageId>;
  check(context: RuleContext<MessageId>): void;
}

/** Identity at runtime; exists so TypeScript checks `messageId` against `meta.messages`. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}
