import { describe, expect, it } from 'vitest';
import type { GoalView } from '../api/goal-operations';
import type { CheckIn, Goal } from './goal';
import { goalProgress } from './goal-progress';
import { goalCsv, goalMarkdown } from './goal-export';

const goal: Goal = {
  id: '00000000-0000-4000-8000-000000000010',
  workspaceId: '00000000-0000-4000-8000-000000000011',
  title: 'Ship smaller changes',
  context: { team: 'Platform', stakeholders: '', wayOfWorking: 'Two-week sprints', notes: '' },
  startDate: '2026-01-01',
  sprintLengthDays: 14,
  results: [{ id: '00000000-0000-4000-8000-000000000001', metric: 'Deploys', unit: 'deploys', baseline: 4, target: 20, direction: 'increase', deadline: '2026-06-30' }],
  behaviors: [
    {
      id: '00000000-0000-4000-8000-000000000002',
      who: 'Each developer',
      action: 'be more supportive',
      kind: 'count',
      comparison: 'at-least',
      targetCount: 1,
      period: 'week',
      observedBy: '',
      antecedent: 'a pairing slot on the board',
      consequence: '',
      keepAnyway: true,
    },
  ],
  linkedDecisions: [{ id: '00000000-0000-4000-8000-000000000020', number: 7, title: 'Use trunk-based development', status: 'accepted' }],
  createdAt: '',
  updatedAt: '',
};

function checkIn(subjectId: string, date: string, value: number, note = '', confidence: number | null = null): CheckIn {
  const subject = subjectId === goal.results[0]!.id ? 'result' : 'behavior';
  return { id: `${subjectId.slice(0, -2)}9${date.slice(-1)}`, goalId: goal.id, subject, subjectId, date, value, note, confidence, createdAt: '', updatedAt: '' };
}

function view(checkIns: CheckIn[]): GoalView {
  const today = '2026-02-01';
  return { goal, checkIns, progress: goalProgress(goal, checkIns, today), today };
}

const history = [checkIn(goal.results[0]!.id, '2026-01-15', 8, 'after the "release train", finally', 7), checkIn(goal.behaviors[0]!.id, '2026-01-16', 2, 'pairs | mobs')];

describe('a goal as Markdown', () => {
  it('tells the story with the formulas, the kept flag, the decisions and a table of check-ins', () => {
    const markdown = goalMarkdown(view(history));
    expect(markdown).toContain('# Ship smaller changes\n\nStatus on 2026-02-01: **');
    expect(markdown).toContain('- increase: baseline 4 deploys, target 20 deploys, deadline 2026-06-30');
    expect(markdown).toContain('- Progress: 25% — (latest − baseline) ÷ (target − baseline) = (8 − 4) ÷ (20 − 4) = 25%');
    expect(markdown).toContain('- Show-me check: kept although not observable');
    expect(markdown).toContain('- Prompted by: a pairing slot on the board');
    expect(markdown).toContain('- 0007 Use trunk-based development (accepted)');
    expect(markdown).toContain('| 2026-01-15 | Deploys | 8 | 7 | after the "release train", finally |');
    expect(markdown).toContain('| 2026-01-16 | Each developer be more supportive | 2 |  | pairs \\| mobs |');
  });

  it('says so when there are no check-ins', () => {
    expect(goalMarkdown(view([]))).toContain('## Check-ins\n\nNo check-ins yet.');
  });
});

describe('a goal as CSV', () => {
  it('writes one row per check-in, quoting fields that need it', () => {
    expect(goalCsv(view(history))).toBe(
      'date,kind,name,value,unit,confidence,note\r\n' +
        '2026-01-15,result,Deploys,8,deploys,7,"after the ""release train"", finally"\r\n' +
        '2026-01-16,behavior,Each developer be more supportive,2,,,pairs | mobs\r\n',
    );
  });
});
