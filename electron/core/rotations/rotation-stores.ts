import type { Database } from 'better-sqlite3';
import { RotationCalendarStore } from './rotation-calendar-store';
import { RotationLinkStore } from './rotation-link-store';
import { RotationLogStore } from './rotation-log-store';
import { RotationStore } from './rotation-store';
import { RotationTopicStore } from './rotation-topic-store';
import { StuckTimerStore } from './stuck-timer-store';

/** The rotations feature's stores: rotations, their topics, log, links, exported calendars, and stuck timers. */
export interface RotationStores {
  definitions: RotationStore;
  topics: RotationTopicStore;
  log: RotationLogStore;
  links: RotationLinkStore;
  calendar: RotationCalendarStore;
  stuckTimers: StuckTimerStore;
}

export function createRotationStores(db: Database): RotationStores {
  const links = new RotationLinkStore(db);
  return {
    definitions: new RotationStore(db),
    topics: new RotationTopicStore(db),
    log: new RotationLogStore(db, links),
    links,
    calendar: new RotationCalendarStore(db),
    stuckTimers: new StuckTimerStore(db),
  };
}
