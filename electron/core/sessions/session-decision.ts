import { randomUUID } from 'node:crypto';
import { toCalendarDate } from '../../../shared/domain/calendar-date';
import { emptyDecisionContent } from '../../../shared/domain/decision';
import { DEFAULT_TEMPLATE, TEMPLATES } from '../../../shared/domain/template';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from '../decisions';

/** A new proposed decision for a session that starts from a title alone; call inside a transaction. */
export function createDecisionRecord(ctx: CoreContext, workspaceId: string, title: string): DecisionRecord {
  return ctx.writer.create(
    {
      id: randomUUID(),
      workspaceId,
      number: ctx.decisions.nextNumber(workspaceId),
      template: DEFAULT_TEMPLATE,
      content: emptyDecisionContent(title, toCalendarDate(ctx.now())),
    },
    `Created for a decision session from ${TEMPLATES[DEFAULT_TEMPLATE].name}`,
  );
}
