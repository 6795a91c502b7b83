import { emptyDecisionContent, type Decision } from '../domain/decision';

/** A fixed uuid per number, so a test's pages and ids are the same on every run. */
export const testId = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A decision as the site builder receives it: "Decision N" of 2024-03-01, written in Cairn at `at`. */
export function testDecision(number: number, changes: Partial<Decision> = {}, at = '2024-03-01T09:00:00.000Z'): Decision {
  return {
    ...emptyDecisionContent(`Decision ${number}`, '2024-03-01'),
    id: testId(number),
    workspaceId: testId(0),
    number,
    template: 'madr4',
    revision: 1,
    createdAt: at,
    updatedAt: at,
    links: [],
    statusSource: 'file',
    dateSource: 'file',
    ...changes,
  };
}
