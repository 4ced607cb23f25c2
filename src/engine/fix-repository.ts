/**
 * `ciscope fix`: applies the fixes that rules attach to their findings, in passes, like ESLint's `--fix` (a fix may
 * reveal another finding; at most `maxPasses` passes), and only when every guard holds for the result. The work
 * happens in memory over a snapshot of the files; `writeFixes` then writes each changed file atomically.
 * docs/fixing.md describes the behaviour for users.
 */
import { join } from 'node:path';
import type { Finding, FindingEdit } from '../findings/finding.ts';
import type { Repository } from '../workflow/model.ts';
import { readBoundedFile } from '../workflow/read-file.ts';
import { buildRepository, diskSource } from '../workflow/repository.ts';
import type { FileSource, LoadOptions } from '../workflow/repository.ts';
import { offsetAt } from '../workflow/source.ts';
import type { SourceFile } from '../workflow/source.ts';
import { mapOffset, resolveFixes } from './apply-fixes.ts';
import type { OffsetEdit } from './apply-fixes.ts';
import { removeStaleTemporaries, writeFileAtomically } from './atomic-write.ts';
import type { WriteOutcome } from './atomic-write.ts';
import type { Rule } from './define-rule.ts';
import { checkFileGuards } from './fix-guards.ts';
import type { GuardFailure, GuardId } from './fix-guards.ts';
import type { HistoryView } from './history-view.ts';
import { runRules } from './run-rules.ts';
import type { RuleSettings } from './run-rules.ts';

/** ESLint's bound: enough for any real cascade, small enough that a fix loop ends quickly. */
export const MAX_PASSES = 10;

export interface FixOptions extends RuleSettings, LoadOptions {
  readonly rules: readonly Rule[];
  readonly history?: HistoryView | undefined;
  /** Also apply fixes marked `unsafe`. */
  readonly unsafe?: boolean;
  readonly maxPasses?: number;
}

/** One fix, as the user hears about it. `line`/`column` are those of its finding in the text of its pass. */
export interface FixDescription {
  readonly ruleId: string;
  readonly messageId: string;
  readonly title: string;
  readonly safety: 'safe' | 'unsafe';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The files its edits change. */
  readonly files: readonly string[];
  readonly pass: number;
}

export interface RefusedFix extends FixDescription {
  readonly guard: GuardId;
  readonly reason: string;
}

export interface FileChange {
  readonly file: string;
  /** The text as read (without a byte-order mark) and the text after every pass. */
  readonly before: string;
  readonly after: string;
  /** Each pass that changed the file: the edits spliced into the previous text, and the text they gave. */
  readonly steps: readonly {
    readonly pass: number;
    readonly edits: readonly OffsetEdit[];
    readonly text: string;
  }[];
}

export interface FixPlan {
  readonly root: string;
  readonly changes: readonly FileChange[];
  readonly applied: readonly FixDescription[];
  readonly refused: readonly RefusedFix[];
  /** Unsafe fixes left for `--unsafe`. */
  readonly unsafeSkipped: readonly FixDescription[];
  /** Passes that applied at least one fix. */
  readonly passes: number;
  /** False when fixable findings were still left after `maxPasses` passes. */
  readonly converged: boolean;
  /** The findings on the fixed texts. */
  readonly findings: readonly Finding[];
  readonly repository: Repository;
  /** The bytes each file had when read, to refuse writing over a file that changed since. */
  readonly snapshots: ReadonlyMap<string, Snapshot>;
}

export interface Snapshot {
  readonly bytes: Buffer;
  readonly bom: boolean;
  /** A file that is not valid UTF-8 was decoded lossily; writing it back would corrupt it. */
  readonly utf8: boolean;
}

/** Computes every fix to apply (dry run included); writes nothing. */
export async function planFixes(root: string, options: FixOptions): Promise<FixPlan> {
  const snapshots = new Map<string, Snapshot>();
  return planFixesFrom(root, snapshotSource(root, snapshots), options, snapshots);
}

export interface WriteResult {
  readonly file: string;
  readonly outcome: WriteOutcome;
}

/** Writes the planned files, each atomically; a file that cannot be written safely is left alone and reported. */
export function writeFixes(plan: FixPlan): WriteResult[] {
  return plan.changes.map((change) => {
    const snapshot = plan.snapshots.get(change.file);
    if (snapshot === undefined)
      return {
        file: change.file,
        outcome: { status: 'write-failed', reason: `${change.file} was not read from disk` },
      };
    if (!snapshot.utf8) {
      return {
        file: change.file,
        outcome: {
          status: 'write-failed',
          reason: `${change.file} is not valid UTF-8; writing it back would corrupt it`,
        },
      };
    }
    const content = Buffer.from((snapshot.bom ? '\uFEFF' : '') + change.after, 'utf8');
    return {
      file: change.file,
      outcome: writeFileAtomically(plan.root, change.file, content, snapshot.bytes),
    };
  });
}

export interface FixResult {
  readonly plan: FixPlan;
  /** Empty for a dry run. */
  readonly writes: readonly WriteResult[];
  /** The findings left on disk (for a dry run: those that would be left). */
  readonly findings: readonly Finding[];
}

/** Plans, then (unless `dryRun`) writes; the findings returned are those of the files as they now are. */
export async function fixRepository(
  root: string,
  options: FixOptions & { readonly dryRun?: boolean },
): Promise<FixResult> {
  const plan = await planFixes(root, options);
  if (options.dryRun === true) return { plan, writes: [], findings: plan.findings };
  removeStaleTemporaries(root, diskSource(root).list());
  const writes = writeFixes(plan);
  if (writes.every((write) => write.outcome.status === 'written'))
    return { plan, writes, findings: plan.findings };
  // Some files kept their old text: lint what is really there.
  const written = new Map(
    plan.changes
      .filter((change) => writes.some((w) => w.file === change.file && w.outcome.status === 'written'))
      .map((c) => [c.file, c.after]),
  );
  const repository = buildRepository(root, overlay(diskSource(root), written), options);
  return { plan, writes, findings: runRules(repository, options) };
}

interface Candidate {
  readonly key: string;
  readonly finding: Finding;
  readonly edits: readonly FindingEdit[];
  readonly files: readonly string[];
}

interface Attempt {
  readonly texts: Map<string, string>;
  readonly edits: ReadonlyMap<string, readonly OffsetEdit[]>;
  readonly repository: Repository;
  readonly findings: readonly Finding[];
  readonly failures: readonly Failure[];
}

interface Failure extends GuardFailure {
  /** Set for a file-level guard: every fix touching the file is a suspect. */
  readonly file?: string;
  /** Set for a rule-level guard: the fixes it is about. */
  readonly culprits?: readonly Candidate[];
}

/** The engine over any file source (the disk, or memory in tests). */
export async function planFixesFrom(
  root: string,
  source: FileSource,
  options: FixOptions,
  snapshots: ReadonlyMap<string, Snapshot> = new Map(),
): Promise<FixPlan> {
  const maxPasses = options.maxPasses ?? MAX_PASSES;
  const texts = new Map<string, string>();
  const originals = new Map<string, string>();
  const steps = new Map<string, FileChange['steps'][number][]>();
  const build = (overrides: ReadonlyMap<string, string>): Repository =>
    buildRepository(root, overlay(source, overrides), options);
  const applicable = (finding: Finding): boolean =>
    finding.fix !== undefined &&
    finding.fix.edits.length > 0 &&
    (finding.fix.safety === 'safe' || options.unsafe === true) &&
    // A fix may edit a file other than its finding's (a Dockerfile for a workflow finding): ignored files stay as they are.
    !finding.fix.edits.some((edit) => options.isIgnored?.(edit.file) === true);

  let repository = build(texts);
  let findings: readonly Finding[] = runRules(repository, options);
  const refusedKeys = new Set<string>();
  const applied: FixDescription[] = [];
  const refused: RefusedFix[] = [];
  const schemaCache = new Map<string, string[]>();
  let passes = 0;
  let converged = false;

  for (let pass = 1; ; pass++) {
    const candidates = findings
      .filter((finding) => applicable(finding) && !refusedKeys.has(fixKey(finding)))
      .map(toCandidate);
    if (candidates.length === 0) {
      converged = true;
      break;
    }
    if (pass > maxPasses) break;
    const filesByPath = new Map(repository.files.map((file) => [file.path, file]));
    const describe = (candidate: Candidate): FixDescription => describeFix(candidate, pass);
    const refuse = (candidate: Candidate, failure: GuardFailure): void => {
      refusedKeys.add(candidate.key);
      refused.push({ ...describe(candidate), guard: failure.guard, reason: failure.reason });
    };

    const active = selectNonOverlapping(candidates, filesByPath, refuse);
    const attempt = async (set: readonly Candidate[]): Promise<Attempt> =>
      verify(set, { texts, filesByPath, findings, build, options, applicable, refusedKeys, schemaCache });

    let outcome = await attempt(active);
    let accepted = active;
    if (outcome.failures.length > 0) {
      // Find out which fixes are to blame: keep the fixes no guard complains about, then add the suspects one by one.
      const suspects = active.filter((candidate) =>
        outcome.failures.some((failure) => blames(failure, candidate)),
      );
      accepted = active.filter((candidate) => !suspects.includes(candidate));
      for (const suspect of suspects) {
        const trial = await attempt([...accepted, suspect]);
        const failure = trial.failures.find((f) => blames(f, suspect));
        if (failure === undefined) accepted = [...accepted, suspect];
        else refuse(suspect, failure);
      }
      outcome = await attempt(accepted);
      while (outcome.failures.length > 0 && accepted.length > 0) {
        const found = accepted.filter((candidate) =>
          outcome.failures.some((failure) => blames(failure, candidate)),
        );
        // Every failure names a file or fix of the set, so `found` is never empty; if it were, apply nothing.
        const blamed = found.length > 0 ? found : accepted;
        for (const candidate of blamed)
          refuse(
            candidate,
            outcome.failures.find((failure) => blames(failure, candidate)) ??
              (outcome.failures[0] as Failure),
          );
        accepted = accepted.filter((candidate) => !blamed.includes(candidate));
        outcome = await attempt(accepted);
      }
    }
    if (accepted.length === 0) continue;

    passes++;
    for (const candidate of accepted) applied.push(describe(candidate));
    for (const [path, text] of outcome.texts) {
      if (!originals.has(path)) originals.set(path, filesByPath.get(path)?.text ?? '');
      texts.set(path, text);
      steps.set(path, [...(steps.get(path) ?? []), { pass, edits: outcome.edits.get(path) ?? [], text }]);
    }
    repository = outcome.repository;
    findings = outcome.findings;
  }

  const changes = [...texts]
    .map(([file, after]) => ({
      file,
      before: originals.get(file) ?? '',
      after,
      steps: steps.get(file) ?? [],
    }))
    .filter((change) => change.before !== change.after)
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  const unsafeSkipped = findings
    .filter((finding) => finding.fix?.safety === 'unsafe' && options.unsafe !== true)
    .map((finding) => describeFix(toCandidate(finding), passes + 1));
  return {
    root,
    changes,
    applied,
    refused,
    unsafeSkipped,
    passes,
    converged,
    findings,
    repository,
    snapshots,
  };
}

/** Drops fixes with unusable edits (refused) and fixes that overlap an earlier one (left for a later pass). */
function selectNonOverlapping(
  candidates: readonly Candidate[],
  files: ReadonlyMap<string, SourceFile>,
  refuse: (candidate: Candidate, failure: GuardFailure) => void,
): Candidate[] {
  let active = candidates.filter((candidate) => {
    const unknown = candidate.files.find((path) => !files.has(path));
    if (unknown !== undefined)
      refuse(candidate, {
        guard: 'edit-range',
        reason: `it edits ${unknown}, which is not a file of the analysed directory`,
      });
    return unknown === undefined;
  });
  // A fix spanning several files is applied in all of them or none: repeat until no file drops another fix.
  for (;;) {
    const dropped = new Set<Candidate>();
    for (const [path, file] of files) {
      const touching = active.filter((candidate) => candidate.files.includes(path));
      if (touching.length === 0) continue;
      const resolved = resolveFixes(
        file.text,
        touching.map((candidate) => ({ key: candidate, edits: editsIn(candidate, path) })),
      );
      for (const { key, reason } of resolved.invalid) {
        refuse(key, { guard: 'edit-range', reason });
        dropped.add(key);
      }
      for (const key of resolved.overlapping) dropped.add(key);
    }
    if (dropped.size === 0) return active;
    active = active.filter((candidate) => !dropped.has(candidate));
  }
}

interface VerifyContext {
  readonly texts: ReadonlyMap<string, string>;
  readonly filesByPath: ReadonlyMap<string, SourceFile>;
  /** The findings of the pass, before the fixes. */
  readonly findings: readonly Finding[];
  readonly build: (overrides: ReadonlyMap<string, string>) => Repository;
  readonly options: FixOptions;
  readonly applicable: (finding: Finding) => boolean;
  readonly refusedKeys: ReadonlySet<string>;
  readonly schemaCache: Map<string, string[]>;
}

/** Applies `set` to the pass's texts, re-lints, and runs every guard. */
async function verify(set: readonly Candidate[], context: VerifyContext): Promise<Attempt> {
  const texts = new Map<string, string>();
  const edits = new Map<string, readonly OffsetEdit[]>();
  const failures: Failure[] = [];
  const paths = [...new Set(set.flatMap((candidate) => candidate.files))].sort();
  for (const path of paths) {
    const before = context.filesByPath.get(path)?.text ?? '';
    const touching = set.filter((candidate) => candidate.files.includes(path));
    const resolved = resolveFixes(
      before,
      touching.map((candidate) => ({ key: candidate, edits: editsIn(candidate, path) })),
    );
    texts.set(path, resolved.text);
    edits.set(path, resolved.edits);
    const failure = await checkFileGuards(path, before, resolved.text, resolved.edits, context.schemaCache);
    if (failure !== undefined) failures.push({ ...failure, file: path });
  }
  const overrides = new Map([...context.texts, ...texts]);
  const repository = context.build(overrides);
  const findings = runRules(repository, context.options);
  failures.push(...ruleGuards(set, context, edits, repository, findings));
  return { texts, edits, repository, findings, failures };
}

/**
 * `rule-silent`: the rule no longer reports the finding its fix was for (at the place the finding moved to).
 * `idempotent`: the rule asks for no further change on its own result, beyond the findings it already had and that
 * were not part of this set (those are fixed in this pass or a later one).
 */
function ruleGuards(
  set: readonly Candidate[],
  context: VerifyContext,
  edits: ReadonlyMap<string, readonly OffsetEdit[]>,
  repository: Repository,
  after: readonly Finding[],
): Failure[] {
  const failures: Failure[] = [];
  const afterFiles = new Map(repository.files.map((file) => [file.path, file]));
  const offsetBefore = (finding: Finding): number => {
    const file = context.filesByPath.get(finding.location.file);
    return file === undefined
      ? 0
      : offsetAt(file, finding.location.start.line, finding.location.start.column);
  };
  const offsetAfter = (finding: Finding): number => {
    const file = afterFiles.get(finding.location.file);
    return file === undefined
      ? 0
      : offsetAt(file, finding.location.start.line, finding.location.start.column);
  };
  const moved = (finding: Finding): number =>
    mapOffset(offsetBefore(finding), edits.get(finding.location.file) ?? []);
  const sameFinding = (old: Finding, now: Finding): boolean =>
    now.ruleId === old.ruleId &&
    now.messageId === old.messageId &&
    now.location.file === old.location.file &&
    offsetAfter(now) === moved(old);

  for (const candidate of set) {
    const still = after.find((finding) => sameFinding(candidate.finding, finding));
    if (still !== undefined) {
      failures.push({
        guard: 'rule-silent',
        reason: `\`${still.ruleId}\` still reports \`${still.messageId}\` at line ${still.location.start.line} after the fix`,
        culprits: [candidate],
      });
    }
  }

  const groups = new Map<string, Candidate[]>();
  for (const candidate of set) {
    const group = `${candidate.finding.ruleId}\0${candidate.finding.location.file}`;
    groups.set(group, [...(groups.get(group) ?? []), candidate]);
  }
  for (const group of groups.values()) {
    const { ruleId, location } = (group[0] as Candidate).finding;
    const inGroup = (finding: Finding): boolean =>
      finding.ruleId === ruleId && finding.location.file === location.file;
    const fixed = new Set(group.map((candidate) => candidate.finding));
    const leftovers = context.findings.filter((finding) => inGroup(finding) && !fixed.has(finding));
    for (const finding of after) {
      if (!inGroup(finding) || !context.applicable(finding) || context.refusedKeys.has(fixKey(finding)))
        continue;
      if (group.some((candidate) => sameFinding(candidate.finding, finding))) continue; // rule-silent's business
      const index = leftovers.findIndex(
        (old) =>
          sameFinding(old, finding) ||
          (old.messageId === finding.messageId && old.message === finding.message),
      );
      if (index !== -1) {
        leftovers.splice(index, 1);
        continue;
      }
      failures.push({
        guard: 'idempotent',
        reason: `on the fixed file \`${ruleId}\` asks for another change: "${finding.fix?.title ?? ''}" (line ${finding.location.start.line})`,
        culprits: group,
      });
      break;
    }
  }
  return failures;
}

function blames(failure: Failure, candidate: Candidate): boolean {
  return (
    failure.culprits?.includes(candidate) === true ||
    (failure.file !== undefined && candidate.files.includes(failure.file))
  );
}

function toCandidate(finding: Finding): Candidate {
  const edits = finding.fix?.edits ?? [];
  return { key: fixKey(finding), finding, edits, files: [...new Set(edits.map((edit) => edit.file))].sort() };
}

function editsIn(candidate: Candidate, path: string): readonly FindingEdit[] {
  return candidate.edits.filter((edit) => edit.file === path);
}

/** Identifies a fix across passes (offsets move, so they are not part of it). */
function fixKey(finding: Finding): string {
  return [
    finding.location.file,
    finding.ruleId,
    finding.messageId,
    finding.message,
    finding.fix?.title ?? '',
  ].join('\0');
}

function describeFix(candidate: Candidate, pass: number): FixDescription {
  const { finding } = candidate;
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    title: finding.fix?.title ?? '',
    safety: finding.fix?.safety ?? 'safe',
    file: finding.location.file,
    line: finding.location.start.line,
    column: finding.location.start.column,
    files: candidate.files,
    pass,
  };
}

function overlay(source: FileSource, texts: ReadonlyMap<string, string>): FileSource {
  return {
    list: () => source.list(),
    read: (path) => {
      const text = texts.get(path);
      return text === undefined ? source.read(path) : { text };
    },
  };
}

/**
 * The disk, read once per file: every pass sees the same bytes even if an editor saves meanwhile, and the bytes
 * are kept to detect that change before writing.
 */
function snapshotSource(root: string, snapshots: Map<string, Snapshot>): FileSource {
  const disk = diskSource(root);
  const texts = new Map<string, string>();
  return {
    list: () => disk.list(),
    read: (path) => {
      const known = texts.get(path);
      if (known !== undefined) return { text: known };
      const read = readBoundedFile(join(root, path));
      if ('error' in read) return { error: read.error };
      const { bytes } = read;
      let text: string;
      let utf8 = true;
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        text = bytes.toString('utf8');
        utf8 = false;
      }
      snapshots.set(path, { bytes, bom: text.charCodeAt(0) === 0xfeff, utf8 });
      texts.set(path, text);
      return { text };
    },
  };
}
