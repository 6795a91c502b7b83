import { formatDecisionNumber } from '../../../shared/domain/decision';
import { supersedesInEffect } from '../../../shared/domain/supersede-rule';
import type { CoreContext } from '../core-context';
import { describeStatusChange, describeSupersede } from './content-changes';
import type { DecisionRecord } from './decision-store';

/*
 * The supersede rule's consequences in the store (shared/domain/supersede-rule.ts, ADR 0020), each
 * as a revision of the decision it changes; call inside the write's transaction. Sync applies none of
 * them: there the files say what each record's status is, and a file is only written when its own
 * record changed.
 */

/** Marks `older` superseded by `successor` when the successor is accepted; a revision of `older`. */
export function supersedeIfInEffect(ctx: CoreContext, successor: DecisionRecord, older: DecisionRecord): void {
  if (!supersedesInEffect(successor.content.status) || older.content.status === 'superseded') return;
  ctx.writer.revise(older, { ...older.content, status: 'superseded' }, describeSupersede(older.content.status, successor.number));
}

/** After `successor` became accepted: every live decision it supersedes is superseded now. */
export function supersedeAllOf(ctx: CoreContext, successor: DecisionRecord): void {
  for (const link of ctx.links.viewsOf(successor.id)) {
    if (link.kind !== 'supersedes' || link.direction !== 'outgoing') continue;
    const older = ctx.decisions.find(link.otherId);
    if (older && older.deletedAt === null) supersedeIfInEffect(ctx, successor, older);
  }
}

/**
 * After the link from `successorNumber` was removed: a superseded decision that no accepted decision
 * supersedes any more gets back the status it had before it was superseded, as its history records
 * it (no status when the history holds none: it came in superseded).
 */
export function releaseIfNoLongerSuperseded(ctx: CoreContext, older: DecisionRecord, successorNumber: number): void {
  if (older.content.status !== 'superseded') return;
  const stillSuperseded = ctx.links.viewsOf(older.id).some((link) => link.kind === 'supersedes' && link.direction === 'incoming' && supersedesInEffect(link.otherStatus));
  if (stillSuperseded) return;
  const before = statusBeforeSuperseded(ctx, older);
  const summary = `${describeStatusChange('superseded', before)} (${formatDecisionNumber(successorNumber)} no longer supersedes it)`;
  ctx.writer.revise(older, { ...older.content, status: before }, summary);
}

function statusBeforeSuperseded(ctx: CoreContext, record: DecisionRecord): string | null {
  for (let revision = record.revision - 1; revision >= 1; revision--) {
    const status = ctx.revisions.find(record.id, revision)?.content.status;
    if (status !== undefined && status !== 'superseded') return status;
  }
  return null;
}
