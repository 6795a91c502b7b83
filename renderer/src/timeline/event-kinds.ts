import type { TimelineKind } from '../../../shared/overview/timeline-event';

/** What each kind of event is called in filters and legends. */
export const KIND_LABELS: Record<TimelineKind, string> = {
  decision: 'Decisions',
  session: 'Sessions',
  'check-in': 'Goal check-ins',
  rotation: 'Rotation sessions',
};
