import { z } from 'zod';
import { ConsideredOption, Tag } from '../domain/decision';
import { StatusName } from '../domain/decision-status';
import { LinkKind } from '../domain/link-kind';

/** A moment in a sample decision's life, counted back from the day the sample is opened. */
const SampleStep = z.object({ daysAgo: z.number().int().min(0).max(3650), status: StatusName });

const SampleDecision = z.object({
  /** A name other decisions' links use; never shown. */
  key: z.string().min(1),
  title: z.string().min(1),
  tags: z.array(Tag).default([]),
  decisionMakers: z.array(z.string()).default([]),
  consulted: z.array(z.string()).default([]),
  context: z.string().default(''),
  drivers: z.string().default(''),
  options: z.array(ConsideredOption).default([]),
  chosenOption: z.string().nullable().default(null),
  outcome: z.string().default(''),
  consequences: z.string().default(''),
  /** Days from the opening day to the review-by date; negative means the review is overdue. */
  reviewInDays: z.number().int().nullable().default(null),
  /** Status changes, oldest first; the first one creates the decision. */
  history: z.array(SampleStep).min(1),
  links: z.array(z.object({ kind: LinkKind, to: z.string() })).default([]),
});
export type SampleDecision = z.infer<typeof SampleDecision>;

const Days = z.number().int().min(0).max(3650);

/**
 * A sample goal. Its results and behaviors are written as the goal operations take them (they check
 * them when the sample is opened); dates count from the opening day. Check-in values are by position.
 */
const SampleGoal = z.object({
  title: z.string().min(1),
  context: z.record(z.string(), z.string()),
  startDaysAgo: Days,
  results: z.array(z.record(z.string(), z.unknown()).and(z.object({ deadlineInDays: z.number().int() }))).min(1),
  behaviors: z.array(z.record(z.string(), z.unknown())).min(1),
  /** Keys of the sample decisions the goal links to. */
  decisions: z.array(z.string()).default([]),
  checkIns: z.array(z.object({ daysAgo: Days, results: z.array(z.number()), behaviors: z.array(z.number()) })).default([]),
});
export type SampleGoal = z.infer<typeof SampleGoal>;

/**
 * A sample rotation, as the rotation operations take it, started some days before the opening day;
 * its log entries go to the latest past turns (oldest first) and its next topic to the next turn.
 */
const SampleRotation = z.record(z.string(), z.unknown()).and(
  z.object({
    startDaysAgo: Days,
    nextTopic: z.object({ title: z.string(), proposedBy: z.string() }).optional(),
    log: z.array(z.object({ summary: z.string(), attendance: z.array(z.string()).default([]) })).default([]),
  }),
);
export type SampleRotation = z.infer<typeof SampleRotation>;

/** The shape of resources/sample-workspace.json: a team's decision log, goals and rotations to look around in. */
export const SampleWorkspace = z
  .object({
    name: z.string().min(1),
    decisions: z.array(SampleDecision).min(1),
    goals: z.array(SampleGoal).default([]),
    rotations: z.array(SampleRotation).default([]),
  })
  .superRefine((sample, issues) => {
    const keys = new Set(sample.decisions.map((d) => d.key));
    sample.goals.forEach((goal, i) => {
      goal.decisions.forEach((key, j) => {
        if (!keys.has(key)) issues.addIssue({ code: 'custom', message: `links to unknown decision "${key}"`, path: ['goals', i, 'decisions', j] });
      });
    });
    sample.decisions.forEach((decision, i) => {
      decision.links.forEach((link, j) => {
        if (!keys.has(link.to)) issues.addIssue({ code: 'custom', message: `links to unknown decision "${link.to}"`, path: ['decisions', i, 'links', j, 'to'] });
      });
      decision.history.forEach((step, j) => {
        const before = decision.history[j - 1];
        if (before && before.daysAgo < step.daysAgo) {
          issues.addIssue({ code: 'custom', message: 'history must run from oldest to newest', path: ['decisions', i, 'history', j] });
        }
      });
    });
  });
export type SampleWorkspace = z.infer<typeof SampleWorkspace>;
