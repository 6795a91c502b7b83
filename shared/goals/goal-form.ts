import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { problemsOf, type FieldProblem } from '../api/field-problems';
import { BehaviorDefinition, GoalContext, ResultDefinition } from './goal';
import { behaviorProblem, resultRuleProblem } from './goal-rules';

/** A goal's definition as the editor fills it in, with messages that stand alone beside their fields. */
export const GoalDefinitionForm = z.object({
  title: z.string({ error: 'Title is required' }).trim().min(1, 'Title is required').max(300, 'Shorten the title to 300 characters'),
  context: GoalContext.default({ team: '', stakeholders: '', wayOfWorking: '', notes: '' }),
  startDate: CalendarDate,
  sprintLengthDays: z
    .number({ error: 'Sprint length must be a number of days' })
    .int('Sprint length must be whole days')
    .min(1, 'A sprint is 1 to 42 days')
    .max(42, 'A sprint is 1 to 42 days')
    .default(14),
  results: z.array(ResultDefinition).min(1, 'Add at least one result').max(20, 'A goal has at most 20 results'),
  behaviors: z.array(BehaviorDefinition).min(1, 'Add at least one behavior').max(30, 'A goal has at most 30 behaviors'),
});

/**
 * Everything wrong with a goal's definition at once, one message per field: first each field's own
 * shape, then the rules between fields (a target past the baseline, a deadline after the start, the
 * show-me check) for every result and behavior whose own fields are right.
 */
export function goalFormProblems(input: unknown): FieldProblem[] {
  const shape = problemsOf(GoalDefinitionForm, input);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as { startDate?: unknown; results?: unknown; behaviors?: unknown };
  const startDate = CalendarDate.safeParse(raw.startDate).data;
  const items = (list: unknown) => (Array.isArray(list) ? (list as unknown[]) : []);
  const rules = [
    ...(startDate === undefined
      ? []
      : items(raw.results).flatMap((item, i) => {
          const result = ResultDefinition.safeParse(item);
          return result.success ? (resultRuleProblem(result.data, i, startDate) ?? []) : [];
        })),
    ...items(raw.behaviors).flatMap((item, i) => {
      const behavior = BehaviorDefinition.safeParse(item);
      return behavior.success ? (behaviorProblem(behavior.data, i) ?? []) : [];
    }),
  ];
  return [...shape, ...rules.filter((r) => !shape.some((p) => p.field === r.field))];
}
