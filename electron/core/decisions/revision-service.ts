import type { RevisionSummary, Services } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import type { CoreContext } from '../core-context';
import { diffText } from '../../../shared/text/line-diff';
import type { RevisionRecord } from './revision-store';

export function revisionServices(ctx: CoreContext): Pick<Services, 'listRevisions' | 'getRevision' | 'diffRevisions'> {
  return {
    listRevisions: ({ decisionId }) => {
      const revisions = ctx.revisions.list(decisionId);
      // Every decision has revision 1, so no revisions means no such decision.
      if (revisions.length === 0) throw new AppError('not_found', `Decision ${decisionId} not found`, 'decisionId');
      return revisions;
    },

    getRevision: ({ decisionId, revision }) => {
      const record = requireRevision(ctx, decisionId, revision, 'revision');
      return { summary: toSummary(record), content: record.content, markdown: record.markdown };
    },

    diffRevisions: ({ decisionId, from, to }) => {
      const before = requireRevision(ctx, decisionId, from, 'from');
      const after = requireRevision(ctx, decisionId, to, 'to');
      return { from: toSummary(before), to: toSummary(after), lines: diffText(before.markdown, after.markdown) };
    },
  };
}

function requireRevision(ctx: CoreContext, decisionId: string, revision: number, field: string): RevisionRecord {
  const record = ctx.revisions.find(decisionId, revision);
  if (!record) throw new AppError('not_found', `Revision ${revision} of decision ${decisionId} not found`, field);
  return record;
}

function toSummary(record: RevisionRecord): RevisionSummary {
  return { revision: record.revision, author: record.author, createdAt: record.createdAt, summary: record.summary };
}
