import { operations, type OperationName, type OperationOutput, type ParsedInput, type Services } from '../../../shared/api/contract';
import { addDays } from '../../../shared/domain/calendar-date';
import type { SampleGoal, SampleRotation } from '../../../shared/overview/sample-workspace';
import type { CoreContext } from '../core-context';
import { goalServices } from '../goals';
import { rotationFeatureServices } from '../rotations';

type Run = <K extends OperationName>(operation: K, raw: unknown) => OperationOutput<K>;

/**
 * Runs operations of the goals and rotations features the way a transport would (input parsed by
 * the contract), inside the caller's transaction. Their services answer synchronously on SQLite;
 * a promise here would escape the transaction, so it is refused rather than left to run.
 */
function operationRunner(ctx: CoreContext): Run {
  const services = { ...goalServices(ctx), ...rotationFeatureServices(ctx) } as Partial<Services>;
  return (operation, raw) => {
    const service = services[operation] as ((input: ParsedInput<typeof operation>) => unknown) | undefined;
    if (!service) throw new Error(`The sample needs the ${operation} operation, which this core does not have.`);
    const result = service(operations[operation].input.parse(raw) as ParsedInput<typeof operation>);
    if (result instanceof Promise) throw new Error(`${operation} answered asynchronously; the sample loads in one transaction.`);
    return result as OperationOutput<typeof operation>;
  };
}

/** Adds the sample's goals (with check-ins and links to its decisions) and rotations. Call inside a transaction. */
export function loadSampleTeam(
  ctx: CoreContext,
  workspaceId: string,
  today: string,
  sample: { goals: SampleGoal[]; rotations: SampleRotation[] },
  decisionIds: Map<string, string>,
): void {
  if (sample.goals.length === 0 && sample.rotations.length === 0) return;
  const run = operationRunner(ctx);
  for (const goal of sample.goals) {
    const view = run('createGoal', {
      workspaceId,
      title: goal.title,
      context: goal.context,
      startDate: addDays(today, -goal.startDaysAgo),
      results: goal.results.map(({ deadlineInDays, ...result }) => ({ ...result, deadline: addDays(today, deadlineInDays) })),
      behaviors: goal.behaviors,
    });
    const { id: goalId, results, behaviors } = view.goal;
    for (const key of goal.decisions) run('linkGoalDecision', { goalId, decisionId: decisionIds.get(key) });
    for (const checkIn of goal.checkIns) {
      const entries = [
        ...checkIn.results.map((value, i) => ({ subject: 'result', subjectId: results[i]?.id, value })),
        ...checkIn.behaviors.map((value, i) => ({ subject: 'behavior', subjectId: behaviors[i]?.id, value })),
      ];
      run('recordCheckIns', { goalId, date: addDays(today, -checkIn.daysAgo), entries });
    }
  }
  for (const { startDaysAgo, nextTopic, log, ...settings } of sample.rotations) {
    const startDate = addDays(today, -startDaysAgo);
    const rotation = run('createRotation', { ...settings, workspaceId, startDate });
    const turns = run('getRotationSchedule', { id: rotation.id, from: startDate, count: 52 }).occurrences.filter((o) => o.status === 'scheduled');
    const recent = log.length === 0 ? [] : turns.filter((o) => o.date < today).slice(-log.length);
    const entries = log.slice(log.length - recent.length);
    recent.forEach((turn, i) => run('saveRotationLogEntry', { rotationId: rotation.id, date: turn.date, ...entries[i] }));
    const next = turns.find((o) => o.date >= today);
    if (nextTopic && next) {
      const topic = run('proposeRotationTopic', { rotationId: rotation.id, ...nextTopic });
      run('assignRotationTopic', { topicId: topic.id, date: next.date });
    }
  }
}
