import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/api-result';
import type { ParsedInput, Services } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { findGoalProblem } from '../../../shared/goals/goal-rules';
import type { GoalBehavior, GoalResult } from '../../../shared/goals/goal';
import { goalView, requireLiveGoal, today } from './goal-view';
import { requireWorkspaceExists } from '../workspace';

type Definition = Omit<ParsedInput<'createGoal'>, 'workspaceId'>;

/** The definition with every rule checked and every result and behavior given an id. */
function checkedParts(definition: Definition, startDate: string, known: { results: string[]; behaviors: string[] }) {
  const problem = findGoalProblem({ ...definition, startDate });
  if (problem) throw new AppError('invalid_input', problem.message, problem.field);
  const results: GoalResult[] = definition.results.map((result, index) => ({ ...result, id: knownId(result.id, known.results, `results.${index}.id`) }));
  const behaviors: GoalBehavior[] = definition.behaviors.map((behavior, index) => ({
    ...behavior,
    id: knownId(behavior.id, known.behaviors, `behaviors.${index}.id`),
  }));
  return { title: definition.title, context: definition.context, startDate, sprintLengthDays: definition.sprintLengthDays, results, behaviors };
}

/** A new id, or the given one if it belongs to this goal: ids from elsewhere would move another goal's rows. */
function knownId(id: string | undefined, known: string[], field: string): string {
  if (id === undefined) return randomUUID();
  if (!known.includes(id)) throw new AppError('invalid_input', `${id} is not one of this goal's results or behaviors`, field);
  return id;
}

export function goalDefinitionServices(ctx: CoreContext): Pick<Services, 'listGoals' | 'getGoal' | 'createGoal' | 'updateGoal' | 'deleteGoal' | 'restoreGoal'> {
  return {
    listGoals: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return ctx.goals.definitions.listLive(workspaceId).map((goal) => {
        const view = goalView(ctx, goal.id);
        const first = goal.results[0];
        return {
          id: goal.id,
          title: goal.title,
          team: goal.context.team,
          status: view.progress.status,
          resultCount: goal.results.length,
          behaviorCount: goal.behaviors.length,
          flaggedBehaviorCount: goal.behaviors.filter((b) => b.keepAnyway).length,
          lastCheckIn: view.checkIns.at(-1)?.date ?? null,
          trend: first
            ? { metric: first.metric, target: first.target, points: view.checkIns.filter((c) => c.subjectId === first.id).map(({ date, value }) => ({ date, value })) }
            : null,
        };
      });
    },

    getGoal: ({ id }) => goalView(ctx, id),

    createGoal: ({ workspaceId, ...definition }) =>
      ctx.write(() => {
        requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
        const parts = checkedParts(definition, definition.startDate ?? today(ctx), { results: [], behaviors: [] });
        const at = ctx.now().toISOString();
        const id = randomUUID();
        ctx.goals.definitions.insert({ id, workspaceId, ...parts, createdAt: at, updatedAt: at });
        return goalView(ctx, id);
      }),

    updateGoal: ({ id, ...definition }) =>
      ctx.write(() => {
        const goal = requireLiveGoal(ctx, id, 'id');
        const startDate = definition.startDate ?? goal.startDate;
        const parts = checkedParts(definition, startDate, { results: ctx.goals.definitions.resultIdsOf(id), behaviors: ctx.goals.definitions.behaviorIdsOf(id) });
        const earliest = ctx.goals.checkIns.ofGoal(id)[0];
        if (earliest && earliest.date < startDate) {
          throw new AppError('invalid_input', `The goal cannot start on ${startDate}: it has a check-in on ${earliest.date}`, 'startDate');
        }
        ctx.goals.definitions.update({ id, ...parts, updatedAt: ctx.now().toISOString() });
        return goalView(ctx, id);
      }),

    deleteGoal: ({ id }) =>
      ctx.write(() => {
        requireLiveGoal(ctx, id, 'id');
        ctx.goals.definitions.markDeleted(id, ctx.now().toISOString());
        return { id };
      }),

    restoreGoal: ({ id }) =>
      ctx.write(() => {
        const goal = ctx.goals.definitions.find(id);
        if (!goal || goal.deletedAt === null) throw new AppError('not_found', `Goal ${id} not found in the trash`, 'id');
        ctx.goals.definitions.markDeleted(id, null);
        return goalView(ctx, id);
      }),
  };
}
