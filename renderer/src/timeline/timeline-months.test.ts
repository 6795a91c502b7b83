import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/overview/timeline-event';
import { monthCounts } from '../../../shared/overview/timeline-summary';
import { axisLabel, collapseQuietMonths, eventsThrough, loadedMonths, monthLabel, timelineMonths, undatedEvents } from './timeline-months';

/** The months as the page builds them: the host's counts over `all`, with the `loaded` events in them. */
function months(all: readonly TimelineEvent[], loaded: readonly TimelineEvent[] = all) {
  return timelineMonths(monthCounts(all), loaded);
}

function event(date: string | null, kind: TimelineEvent['kind'] = 'decision', status: string | null = 'accepted'): TimelineEvent {
  return { key: `${kind}:${date}:${status}`, kind, date, at: date ?? '', title: 't', detail: 'd', status, target: { page: 'decision', id: '0f8fad5b-d9cb-469f-a165-70867728950e' } };
}

describe('timelineMonths', () => {
  it('groups by month, newest first, keeping empty months between so the axis keeps its scale', () => {
    const grouped = months([event('2026-03-20'), event('2026-03-02', 'check-in', null), event('2025-12-31')]);
    expect(grouped.map((m) => [m.label, m.events.length])).toEqual([
      ['March 2026', 2],
      ['February 2026', 0],
      ['January 2026', 0],
      ['December 2025', 1],
    ]);
    expect(grouped[0]?.counts).toEqual({ decision: 1, session: 0, 'check-in': 1, rotation: 0 });
  });

  it('is empty without events', () => {
    expect(months([])).toEqual([]);
  });
});

describe('undatedEvents', () => {
  it('files the decisions no file dates apart: in no month, never on a made-up day', () => {
    const events = [event('2026-03-20'), { ...event(null), key: 'b', title: 'Beta' }, { ...event(null), key: 'a', title: 'Alpha' }];
    expect(months(events).map((m) => [m.label, m.events.length])).toEqual([['March 2026', 1]]);
    expect(undatedEvents(events).map((e) => e.title)).toEqual(['Alpha', 'Beta']);
    expect(months(undatedEvents(events))).toEqual([]);
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
    const stretches = collapseQuietMonths(months([event('2024-02-10'), event('2023-02-01'), event('2022-12-05')]));
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

describe('loadedMonths', () => {
  // March: 3 events, February: none, January: 2, December: 2.
  const all = [
    event('2026-03-20'),
    { ...event('2026-03-10'), key: 'm2' },
    { ...event('2026-03-01'), key: 'm3' },
    event('2026-01-15'),
    { ...event('2026-01-05'), key: 'j2' },
    event('2025-12-31'),
    { ...event('2025-12-01'), key: 'd2' },
  ];

  it('keeps the counts of months not loaded yet, so the axis and the folded stretches are the whole timeline', () => {
    const partial = months(all, all.slice(0, 4));
    expect(partial.map((m) => [m.month, m.events.length, m.total])).toEqual([
      ['2026-03', 3, 3],
      ['2026-02', 0, 0],
      ['2026-01', 1, 2],
      ['2025-12', 0, 2],
    ]);
    // A month not loaded yet is not quiet: only February folds.
    expect(collapseQuietMonths(partial).map((s) => s.kind)).toEqual(['month', 'quiet', 'month', 'month']);
  });

  it('reaches down to the month where loading stopped, cutting it, and no further', () => {
    expect(loadedMonths(months(all, all.slice(0, 4))).map((m) => [m.month, m.events.length])).toEqual([
      ['2026-03', 3],
      ['2026-02', 0],
      ['2026-01', 1],
    ]);
  });

  it('ends at the last event loaded, not on empty months after it', () => {
    expect(loadedMonths(months(all, all.slice(0, 3))).map((m) => m.month)).toEqual(['2026-03']);
  });

  it('holds every month once everything is loaded', () => {
    const whole = months(all);
    expect(loadedMonths(whole)).toEqual(whole);
  });

  it('says how many events must be loaded to show a month whole, loaded or not', () => {
    const partial = months(all, all.slice(0, 3));
    expect(eventsThrough(partial, '2026-01')).toBe(5);
    expect(eventsThrough(partial, '2026-02')).toBe(3);
    expect(eventsThrough(partial, '2025-12')).toBe(7);
  });
});
