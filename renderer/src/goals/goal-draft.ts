import type { GoalDefinitionInput, GoalView } from '../../../shared/api/goal-operations';
import type { BehaviorKind, Period, ResultDirection, TargetComparison } from '../../../shared/goals/goal';

/** A result as the form holds it: numbers as typed, so a half-typed "-" or "1." is not lost. */
export interface ResultDraft {
  id?: string;
  metric: string;
  unit: string;
  baseline: string;
  target: string;
  direction: ResultDirection;
  deadline: string;
}

export interface BehaviorDraft {
  id?: string;
  who: string;
  action: string;
  kind: BehaviorKind;
  comparison: TargetComparison;
  targetCount: string;
  period: Period;
  observedBy: string;
  antecedent: string;
  consequence: string;
  keepAnyway: boolean;
}

export interface GoalDraft {
  title: string;
  team: string;
  stakeholders: string;
  wayOfWorking: string;
  notes: string;
  startDate: string;
  sprintLengthDays: string;
  results: ResultDraft[];
  behaviors: BehaviorDraft[];
}

export function emptyResult(deadline: string): ResultDraft {
  return { metric: '', unit: '', baseline: '', target: '', direction: 'increase', deadline };
}

export function emptyBehavior(): BehaviorDraft {
  return { who: '', action: '', kind: 'count', comparison: 'at-least', targetCount: '1', period: 'week', observedBy: '', antecedent: '', consequence: '', keepAnyway: false };
}

/** A new goal's form: starts today, one empty result due in three months, one empty behavior. */
export function newGoalDraft(today: string, inThreeMonths: string): GoalDraft {
  return {
    title: '',
    team: '',
    stakeholders: '',
    wayOfWorking: '',
    notes: '',
    startDate: today,
    sprintLengthDays: '14',
    results: [emptyResult(inThreeMonths)],
    behaviors: [emptyBehavior()],
  };
}

export function draftOf(view: GoalView): GoalDraft {
  const { goal } = view;
  return {
    title: goal.title,
    ...goal.context,
    startDate: goal.startDate,
    sprintLengthDays: String(goal.sprintLengthDays),
    results: goal.results.map((r) => ({ ...r, baseline: String(r.baseline), target: String(r.target) })),
    behaviors: goal.behaviors.map((b) => ({ ...b, targetCount: String(b.targetCount) })),
  };
}

/** What the form's fields mean as a definition, or the first number that is not one (with the field it is in). */
export function definitionOf(draft: GoalDraft): { definition: GoalDefinitionInput } | { problem: { message: string; field: string } } {
  const problems: { message: string; field: string }[] = [];
  const number = (text: string, field: string, what: string): number => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value)) problems.push({ message: `${what}: "${text}" is not a number`, field });
    return value;
  };
  const sprintLengthDays = number(draft.sprintLengthDays, 'sprintLengthDays', 'Sprint length');
  const results = draft.results.map((r, i) => ({
    ...r,
    baseline: number(r.baseline, `results.${i}.baseline`, `Result ${i + 1} baseline`),
    target: number(r.target, `results.${i}.target`, `Result ${i + 1} target`),
  }));
  const behaviors = draft.behaviors.map((b, i) => ({ ...b, targetCount: number(b.targetCount, `behaviors.${i}.targetCount`, `Behavior ${i + 1} target`) }));
  const [problem] = problems;
  if (problem) return { problem };
  const { title, team, stakeholders, wayOfWorking, notes, startDate } = draft;
  return { definition: { title, context: { team, stakeholders, wayOfWorking, notes }, startDate, sprintLengthDays, results, behaviors } };
}
