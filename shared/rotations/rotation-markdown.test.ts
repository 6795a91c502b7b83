import { describe, expect, it } from 'vitest';
import type { Rotation } from '../api/rotation-operations';
import { computeSchedule } from './fair-schedule';
import { occurrenceViews } from './occurrence-view';
import { planOf } from './rotation-plan';
import { rotationMarkdown, type MarkdownSchedule } from './rotation-markdown';

const members = ['Ana', 'Ben', 'Chen'].map((name, i) => ({ id: `00000000-0000-4000-8000-00000000000${i + 1}`, name, activeFrom: null, activeUntil: null }));
const [ana, ben] = members as [(typeof members)[0], (typeof members)[0]];

function rotation(kind: Rotation['kind'], overrides: Rotation['overrides'] = []): Rotation {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    workspaceId: '00000000-0000-4000-8000-0000000000bb',
    name: kind === 'role' ? 'Security Commander' : 'Friday teaching',
    kind,
    cadence: kind === 'role' ? { kind: 'weekly', weekday: 1, everyWeeks: 1 } : { kind: 'weekly', weekday: 5, everyWeeks: 1 },
    startDate: '2026-12-01',
    time: kind === 'role' ? '09:00' : '15:00',
    durationMinutes: kind === 'role' ? 480 : 45,
    timeZone: 'Europe/Berlin',
    cap: null,
    checklist: '',
    withSecondary: false,
    turnLength: null,
    members,
    overrides,
    reorders: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

function scheduleOf(r: Rotation, count: number, topics: { id: string; title: string; assignedDate: string }[] = []): MarkdownSchedule {
  const plan = planOf(r);
  const computed = computeSchedule(plan, { from: '2026-12-01', count });
  return {
    occurrences: occurrenceViews(r, plan, computed.occurrences, { topics }),
    ledger: computed.ledger.map((l) => ({ ...l, name: members.find((m) => m.id === l.memberId)!.name })),
  };
}

describe('rotation markdown', () => {
  it('keeps the topic in its own column, apart from notes such as "swapped"', () => {
    const r = rotation('teaching', [{ id: '00000000-0000-4000-8000-0000000000c1', type: 'swap', dateA: '2026-12-04', dateB: '2026-12-11' }]);
    const text = rotationMarkdown(r, scheduleOf(r, 3, [{ id: 't', title: 'Threat modeling with STRIDE', assignedDate: '2026-12-04' }]), [], []);
    expect(text).toContain('| Date | Presenter | Topic | Until | Note |');
    expect(text).toContain(`| 2026-12-04 | ${ben.name} | Threat modeling with STRIDE | 15:45 | swapped |`);
    expect(text).toContain(`| 2026-12-11 | ${ana.name} |  | 15:45 | swapped |`);
    expect(text).toContain('- Cadence: every Friday at 15:00 (Europe/Berlin), 45 minutes');
  });

  it('shows a role held until the next holder takes over, and as many dates as asked', () => {
    const r = rotation('role');
    const text = rotationMarkdown(r, scheduleOf(r, 5), [], []);
    expect(text).toContain('- Cadence: every Monday at 09:00 (Europe/Berlin), each turn until the next holder takes over');
    expect(text).toContain('| 2026-12-07 | Ana | 2026-12-14 09:00 |  |');
    expect(text.match(/^\| 20\d\d-/gm)).toHaveLength(5);
  });

  it('says when a member joins instead of calling them not active', () => {
    const r: Rotation = { ...rotation('teaching'), members: [...members, { id: '00000000-0000-4000-8000-000000000009', name: 'Gus', activeFrom: '2026-12-10', activeUntil: null }] };
    const plan = planOf(r);
    const computed = computeSchedule(plan, { from: '2026-12-01', count: 6 });
    const schedule: MarkdownSchedule = {
      occurrences: occurrenceViews(r, plan, computed.occurrences),
      ledger: computed.ledger.map((l) => ({ ...l, name: r.members.find((m) => m.id === l.memberId)!.name })),
    };
    expect(rotationMarkdown(r, schedule, [], [])).toContain('| Gus (joins 2026-12-10) | 0 | 1 | 0 |');
  });
});
