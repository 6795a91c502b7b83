import type { Decision, DecisionLinkView } from '../../../shared/domain/decision';
import type { DecisionRecord } from './decision-store';
import type { CoreContext } from '../core-context';

/** A stored decision as the API returns it. */
export function toDecision(record: DecisionRecord, links: DecisionLinkView[]): Decision {
  return {
    ...record.content,
    ...record.sources,
    id: record.id,
    workspaceId: record.workspaceId,
    number: record.number,
    template: record.template,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    links,
  };
}

/** The decision with its live links in both directions. */
export function decisionWithLinks(ctx: CoreContext, record: DecisionRecord): Decision {
  return toDecision(record, ctx.links.viewsOf(record.id));
}

/** The workspace's live decisions with their live links, reading the links in one query. */
export function liveDecisionsWithLinks(ctx: CoreContext, workspaceId: string): Decision[] {
  const links = ctx.links.viewsInWorkspace(workspaceId);
  return ctx.decisions
    .inWorkspace(workspaceId)
    .filter((record) => record.deletedAt === null)
    .map((record) => toDecision(record, links.get(record.id) ?? []));
}
