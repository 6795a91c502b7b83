import type { Services } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import type { LinkKind } from '../../../shared/domain/link-kind';
import { releaseIfNoLongerSuperseded, supersedeIfInEffect } from './supersede-effects';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from './decision-store';
import { decisionWithLinks } from './decision-view';
import { requireLiveDecision } from './decision-lookup';

/**
 * Links `from` to the decision `toId`; call inside a transaction. A link that exists already is left
 * as it is. "supersedes" marks the target superseded (a new revision of it) when `from` is accepted,
 * else once it is (the supersede rule, ADR 0020), and is refused when it would close a supersedes
 * cycle. `field` names the input the target id came from.
 */
export function linkDecisions(ctx: CoreContext, from: DecisionRecord, kind: LinkKind, toId: string, field: string): void {
  const to = requireLinkTarget(ctx, from.workspaceId, label(from), toId, field);
  if (to.id === from.id) throw new AppError('invalid_input', `${label(from)} cannot link to itself`, field);
  if (ctx.links.exists(from.id, kind, to.id)) return;
  if (kind === 'supersedes' && ctx.links.supersedesTransitively(to.id, from.id)) {
    const [a, b] = [formatDecisionNumber(from.number), formatDecisionNumber(to.number)];
    throw new AppError(
      'invalid_input',
      `${a} cannot supersede ${b}: ${b} already supersedes ${a} (directly or through other decisions), and supersedes links may not form a cycle`,
      field,
    );
  }
  ctx.links.add(from.id, kind, to.id);
  if (kind === 'supersedes') supersedeIfInEffect(ctx, from, to);
}

/**
 * The live decision `toId` that a decision of `workspaceId` (named `fromName` in the message) may
 * link to: a new decision not stored yet is checked by this too, before it has a record.
 */
export function requireLinkTarget(ctx: CoreContext, workspaceId: string, fromName: string, toId: string, field: string): DecisionRecord {
  const to = requireLiveDecision(ctx, toId, field);
  if (to.workspaceId !== workspaceId) throw new AppError('invalid_input', `${fromName} and ${label(to)} are in different workspaces`, field);
  return to;
}

export function linkServices(ctx: CoreContext): Pick<Services, 'addDecisionLink' | 'removeDecisionLink'> {
  return {
    addDecisionLink: ({ fromId, kind, toId }) =>
      ctx.write(() => {
        const from = requireLiveDecision(ctx, fromId, 'fromId');
        linkDecisions(ctx, from, kind, toId, 'toId');
        return decisionWithLinks(ctx, from);
      }),
    // A decision superseded through this link alone is current again, with the status it had before.
    removeDecisionLink: ({ fromId, kind, toId }) =>
      ctx.write(() => {
        const from = requireLiveDecision(ctx, fromId, 'fromId');
        if (!ctx.links.exists(fromId, kind, toId)) return decisionWithLinks(ctx, from);
        ctx.links.remove(fromId, kind, toId);
        const to = ctx.decisions.find(toId);
        if (kind === 'supersedes' && to && to.deletedAt === null) releaseIfNoLongerSuperseded(ctx, to, from.number);
        return decisionWithLinks(ctx, from);
      }),
  };
}

function label(record: DecisionRecord): string {
  return `${formatDecisionNumber(record.number)} ${record.content.title}`;
}
