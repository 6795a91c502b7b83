import type { Services } from '../../../shared/api/contract';
import type { DecisionFinding } from '../../../shared/api/check-operations';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import type { CoreContext } from '../core-context';
import { requireWorkspaceExists } from '../workspace';
import { checkRecords, type CheckedRecord } from './decision-check';

/**
 * The workspace's decisions as the lint sees them: each under its file (or its number before it has
 * one), with its live links. Read in one transaction, so the check sees one state of the log.
 */
function workspaceRecords(ctx: CoreContext, workspaceId: string): CheckedRecord[] {
  return ctx.db.transaction(() => {
    const rows = ctx.decisionRows.list({ workspaceId });
    const records = new Map(ctx.decisions.inWorkspace(workspaceId).map((record) => [record.id, record]));
    return rows.flatMap((row): CheckedRecord[] => {
      const record = records.get(row.id);
      if (!record) return [];
      return [
        {
          file: row.file ?? formatDecisionNumber(row.number),
          decisionId: row.id,
          number: row.number,
          dialect: record.template,
          content: record.content,
          // The store keeps only links to decisions that exist: none is broken.
          links: row.links.map((link) => ({ label: link.kind, kind: link.kind, direction: link.direction, target: formatDecisionNumber(link.number), found: true })),
          written: null,
        },
      ];
    });
  })();
}

export function workspaceCheckServices(ctx: CoreContext): Pick<Services, 'getWorkspaceCheck'> {
  return {
    getWorkspaceCheck: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      const records = workspaceRecords(ctx, workspaceId);
      const findings = checkRecords(records, toCalendarDate(ctx.now())).filter((finding): finding is DecisionFinding => finding.decisionId !== undefined);
      return { checked: records.length, errors: findings.filter((finding) => finding.severity === 'error').length, findings };
    },
  };
}
