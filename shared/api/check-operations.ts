import { z } from 'zod';
import { Id } from '../domain/decision';
import { op } from './operation';

/** One finding of the lint: errors fail `cairn check` (and CI), warnings are shown. */
export const CheckFinding = z.object({
  severity: z.enum(['error', 'warning']),
  /** The record's file, relative to the synced folder, or its number when it has no file yet. */
  file: z.string(),
  /** The line in the file, when the record was read from one; null from the database. */
  line: z.number().int().positive().nullable(),
  message: z.string(),
});
export type CheckFinding = z.infer<typeof CheckFinding>;

/** A finding of the workspace's check, with the decision it is about. */
export const DecisionFinding = CheckFinding.extend({ decisionId: Id });
export type DecisionFinding = z.infer<typeof DecisionFinding>;

/** The lint over what Cairn holds: the findings `cairn check` reports, for the app to show first. */
export const checkOperations = {
  getWorkspaceCheck: op(
    z.object({ workspaceId: Id }),
    z.object({ checked: z.number().int().nonnegative(), errors: z.number().int().nonnegative(), findings: z.array(DecisionFinding) }),
    'Checks every live decision of the workspace with the rules of `cairn check`: required sections, links, supersede rule, numbers, review dates, unknown values.',
  ),
};
