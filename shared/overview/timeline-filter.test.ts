import { describe, expect, it } from 'vitest';
import { filterEvents } from './timeline-filter';
import type { TimelineEvent } from './timeline-event';

function event(date: string, kind: TimelineEvent['kind'], status: string | null): TimelineEvent {
  return { key: `${kind}:${date}:${status}`, kind, date, at: date, title: 't', detail: 'd', status, target: { page: 'decision', id: '0f8fad5b-d9cb-469f-a165-70867728950e' } };
}

describe('filterEvents', () => {
  const events = [event('2026-03-01', 'decision', 'proposed'), event('2026-03-02', 'decision', 'accepted'), event('2026-03-03', 'rotation', null)];

  it('keeps the chosen kinds, and among decisions the chosen statuses', () => {
    expect(filterEvents(events, { kinds: ['decision', 'rotation'], statuses: ['accepted'] }).map((e) => e.date)).toEqual(['2026-03-02', '2026-03-03']);
    expect(filterEvents(events, { kinds: ['rotation'], statuses: [] }).map((e) => e.date)).toEqual(['2026-03-03']);
  });

  it('keeps everything when nothing is chosen', () => {
    expect(filterEvents(events, {})).toEqual(events);
  });
});
