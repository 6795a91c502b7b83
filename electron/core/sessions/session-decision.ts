import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { emptyDecisionContent } from '../../../shared/domain/decision';
import { DEFAULT_TEMPLATE, TEMPLATES } from '../../../shared/domain/template';
import type { CoreContext } from '../core-context';
import type { DecisionRecord } from '../decisions';

/** A new proposed decision for a session that starts from a title alone, dated `today` (the facilitator's); call inside a transaction. */
export function createDecisionRecord(ctx: CoreContext, workspaceId: string, title: string, today: CalendarDate): DecisionRecord {
  return ctx.writer.create(
    {
      id: randomUUID(),
      workspaceId,
      number: ctx.decisions.nextNumber(workspaceId),
      template: DEFAULT_TEMPLATE,
      content: emptyDecisionContent(title, today),
    },
    `Created for a decision session from ${TEMPLATES[DEFAULT_TEMPLATE].name}`,
  );
}
