import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/overview/timeline-event';
import { axisLabel, collapseQuietMonths, eventsThrough, filterEvents, monthLabel, timelineMonths, timelineWindow, undatedEvents } from './timeline-months';

function event(date: string | null, kind: TimelineEvent['kind'] = 'decision', status: string | null = 'accepted'): TimelineEvent {
  return { key: `${kind}:${date}:${status}`, kind, date, at: date ?? '', title: 't', detail: 'd', status, target: { page: 'decision', id: '0f8fad5b-d9cb-469f-a165-70867728950e' } };
}

describe('timelineMonths', () => {
  it('groups by month, newest first, keeping empty months between so the axis keeps its scale', () => {
    const months = timelineMonths([event('2026-03-20'), event('2026-03-02', 'check-in', null), event('2025-12-31')]);
    expect(months.map((m) => [m.label, m.events.length])).toEqual([
      ['March 2026', 2],
      ['February 2026', 0],
      ['January 2026', 0],
      ['December 2025', 1],
    ]);
    expect(months[0]?.counts).toEqual({ decision: 1, session: 0, 'check-in': 1, rotation: 0 });
  });

  it('is empty without events', () => {
    expect(timelineMonths([])).toEqual([]);
  });
});

describe('undatedEvents', () => {
  it('files the decisions no file dates apart: in no month, never on a made-up day', () => {
    const events = [event('2026-03-20'), { ...event(null), key: 'b', title: 'Beta' }, { ...event(null), key: 'a', title: 'Alpha' }];
    expect(timelineMonths(events).map((m) => [m.label, m.events.length])).toEqual([['March 2026', 1]]);
    expect(undatedEvents(events).map((e) => e.title)).toEqual(['Alpha', 'Beta']);
    expect(timelineMonths(undatedEvents(events))).toEqual([]);
  });
});

describe('filterEvents', () => {
  const events = [event('2026-03-01', 'decision', 'proposed'), event('2026-03-02', 'decision', 'accepted'), event('2026-03-03', 'rotation', null)];

  it('keeps the chosen kinds, and among decisions the chosen statuses', () => {
    expect(filterEvents(events, { kinds: ['decision', 'rotation'], statuses: ['accepted'] }).map((e) => e.date)).toEqual(['2026-03-02', '2026-03-03']);
    expect(filterEvents(events, { kinds: ['rotation'], statuses: [] }).map((e) => e.date)).toEqual(['2026-03-03']);
  });
});

describe('monthLabel', () => {
  it('names the month in words', () => {
    expect(monthLabel('2026-11')).toBe('November 2026');
  });
});

describe('axisLabel', () => {
  it('writes the year in January and short month names while there is room', () => {
    expect(axisLabel('2026-01', 12)).toBe('2026');
    expect(axisLabel('2026-03', 12)).toBe('Mar');
    expect(axisLabel('2026-03', 60)).toBe('');
  });
});

describe('collapseQuietMonths', () => {
  it('folds each run of empty months into one line naming its first and last month', () => {
    const months = timelineMonths([event('2024-02-10'), event('2023-02-01'), event('2022-12-05')]);
    const stretches = collapseQuietMonths(months);
    expect(stretches.map((s) => (s.kind === 'month' ? s.month.label : s.label))).toEqual([
      'February 2024',
      'No activity from March 2023 to January 2024',
      'February 2023',
      'No activity in January 2023',
      'December 2022',
    ]);
    expect(stretches[1]).toMatchObject({ kind: 'quiet', from: '2023-03', to: '2024-01' });
  });
});

describe('timelineWindow', () => {
  // March: 3 events, February: none, January: 2, December: 2.
  const months = timelineMonths([
    event('2026-03-20'),
    { ...event('2026-03-10'), key: 'm2' },
    { ...event('2026-03-01'), key: 'm3' },
    event('2026-01-15'),
    { ...event('2026-01-05'), key: 'j2' },
    event('2025-12-31'),
    { ...event('2025-12-01'), key: 'd2' },
  ]);

  it('keeps the newest months up to the limit, cutting the last one, and counts what it leaves out', () => {
    const window = timelineWindow(months, 4);
    expect(window.months.map((m) => [m.month, m.events.length])).toEqual([
      ['2026-03', 3],
      ['2026-02', 0],
      ['2026-01', 1],
    ]);
    expect(window.hidden).toBe(3);
  });

  it('ends at the last event drawn, not on empty months after it', () => {
    expect(timelineWindow(months, 3).months.map((m) => m.month)).toEqual(['2026-03']);
    expect(timelineWindow(months, 3).hidden).toBe(4);
  });

  it('holds everything when the limit allows', () => {
    expect(timelineWindow(months, 100)).toEqual({ months, hidden: 0 });
  });

  it('says how large the window must be to show a month whole', () => {
    expect(eventsThrough(months, '2026-01')).toBe(5);
    expect(eventsThrough(months, '2026-02')).toBe(3);
  });
});
