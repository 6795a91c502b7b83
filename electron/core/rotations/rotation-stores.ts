import type { Database } from 'better-sqlite3';
import { RotationCalendarStore } from './rotation-calendar-store';
import { RotationChecklistStore } from './rotation-checklist-store';
import { RotationLinkStore } from './rotation-link-store';
import { RotationLogStore } from './rotation-log-store';
import { RotationStore } from './rotation-store';
import { RotationTopicStore } from './rotation-topic-store';
import { StuckTimerStore } from './stuck-timer-store';

/** The rotations feature's stores: rotations, their topics, log, links, exported calendars, checklist ticks, and stuck timers. */
export interface RotationStores {
  definitions: RotationStore;
  topics: RotationTopicStore;
  log: RotationLogStore;
  links: RotationLinkStore;
  calendar: RotationCalendarStore;
  checklist: RotationChecklistStore;
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
    checklist: new RotationChecklistStore(db),
    stuckTimers: new StuckTimerStore(db),
  };
}
