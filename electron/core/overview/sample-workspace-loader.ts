import { randomUUID } from 'node:crypto';
import rawSample from '../../../resources/sample-workspace.json';
import { addDays, toCalendarDate } from '../../../shared/domain/calendar-date';
import { emptyDecisionContent, type DecisionContent } from '../../../shared/domain/decision';
import { DEFAULT_TEMPLATE, TEMPLATES } from '../../../shared/domain/template';
import { SampleWorkspace, type SampleDecision } from '../../../shared/overview/sample-workspace';
import { describeChanges, type DecisionRecord } from '../decisions';
import type { CoreContext } from '../core-context';
import { loadSampleTeam } from './sample-team-loader';

/** The sample in resources/, checked when first used: a broken file fails loudly, naming the field. */
function readSample(): SampleWorkspace {
  return SampleWorkspace.parse(rawSample);
}

/**
 * Fills a new workspace from the sample: decisions, then the goals and rotations. Dates count back from today, so reviews are due and
 * proposals are waiting whenever the sample is opened; each status change is a revision dated when
 * it happened, so the timeline and the history tell the decisions' story. Call inside a transaction.
 */
export function loadSampleWorkspace(ctx: CoreContext): { workspaceId: string; name: string } {
  const sample = readSample();
  const name = freeName(ctx, sample.name);
  const workspaceId = randomUUID();
  ctx.workspaces.insert({ id: workspaceId, name, createdAt: ctx.now().toISOString() });

  const today = ctx.now();
  const at = (daysAgo: number) => new Date(today.getTime() - daysAgo * 86_400_000);

  const ids = new Map<string, string>();
  for (const decision of sample.decisions) {
    const [first, ...later] = decision.history;
    if (!first) continue;
    const created = at(first.daysAgo);
    let record: DecisionRecord = ctx.writer.create(
      { id: randomUUID(), workspaceId, number: ctx.decisions.nextNumber(workspaceId), template: DEFAULT_TEMPLATE, content: contentOf(decision, first.status, toCalendarDate(created), toCalendarDate(today)) },
      `Created from ${TEMPLATES[DEFAULT_TEMPLATE].name}`,
      created,
    );
    for (const step of later) {
      const changed = at(step.daysAgo);
      const next = { ...record.content, status: step.status, date: toCalendarDate(changed) };
      // The date follows the status, as MADR's "last updated" date does; the summary names the status only.
      const summary = describeChanges(record.content, { ...next, date: record.content.date }) ?? 'Status changed';
      record = ctx.writer.revise(record, next, summary, changed);
    }
    ids.set(decision.key, record.id);
  }
  for (const decision of sample.decisions) {
    for (const link of decision.links) ctx.links.add(ids.get(decision.key) as string, link.kind, ids.get(link.to) as string);
  }
  loadSampleTeam(ctx, workspaceId, toCalendarDate(today), sample, ids);
  return { workspaceId, name };
}

function contentOf(decision: SampleDecision, status: string, date: string, today: string): DecisionContent {
  return {
    ...emptyDecisionContent(decision.title, date),
    status,
    tags: decision.tags,
    decisionMakers: decision.decisionMakers,
    consulted: decision.consulted,
    context: decision.context,
    drivers: decision.drivers,
    options: decision.options,
    chosenOption: decision.chosenOption,
    outcome: decision.outcome,
    consequences: decision.consequences,
    reviewBy: decision.reviewInDays === null ? null : addDays(today, decision.reviewInDays),
  };
}

// Opening the sample twice gives two workspaces, not an error: a person may want a fresh copy.
function freeName(ctx: CoreContext, base: string): string {
  if (ctx.workspaces.idByName(base) === undefined) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (ctx.workspaces.idByName(candidate) === undefined) return candidate;
  }
}
