import type { TimelineTarget } from '../../../shared/overview/timeline-event';
import { routeHash } from '../router';

/** The page a timeline or activity entry opens. */
export function targetHash(target: TimelineTarget): string {
  return routeHash({ name: target.page, id: target.id });
}
