import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/overview/timeline-event';
import { axisLabel, filterEvents, monthLabel, timelineMonths, undatedEvents } from './timeline-months';

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
