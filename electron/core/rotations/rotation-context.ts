import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/api-result';
import type { Rotation } from '../../../shared/api/rotation-operations';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { SchedulePlan } from '../../../shared/rotations/rotation-model';
import { calendarDateIn } from '../../../shared/rotations/zoned-time';
import type { CoreContext } from '../core-context';
import { GoalCheckInStore } from '../goals/goal-check-in-store';
import { GoalStore } from '../goals/goal-store';
import { RotationCalendarStore } from './rotation-calendar-store';
import { RotationLinkStore } from './rotation-link-store';
import { RotationLogStore } from './rotation-log-store';
import { RotationStore } from './rotation-store';
import { RotationTopicStore } from './rotation-topic-store';

/** The core context plus the rotation stores, which only the rotation services use. */
export interface RotationContext {
  core: CoreContext;
  rotations: RotationStore;
  topics: RotationTopicStore;
  log: RotationLogStore;
  links: RotationLinkStore;
  /** The goals' check-ins, which logged sessions of a rotation counting toward a behavior write. */
  checkIns: GoalCheckInStore;
  goals: GoalStore;
  calendar: RotationCalendarStore;
}

export function createRotationContext(core: CoreContext, db: Database): RotationContext {
  const links = new RotationLinkStore(db);
  return {
    core,
    rotations: new RotationStore(db),
    topics: new RotationTopicStore(db),
    log: new RotationLogStore(db, links),
    links,
    checkIns: new GoalCheckInStore(db),
    goals: new GoalStore(db),
    calendar: new RotationCalendarStore(db),
  };
}

export function requireRotation(ctx: RotationContext, id: string, field = 'id'): Rotation {
  const rotation = ctx.rotations.find(id);
  if (!rotation) throw new AppError('not_found', `Rotation ${id} not found`, field);
  return rotation;
}

/** What the scheduler needs from a rotation. */
export function planOf(rotation: Rotation): SchedulePlan {
  return { startDate: rotation.startDate, cadence: rotation.cadence, members: rotation.members, overrides: rotation.overrides, cap: rotation.cap };
}

/** Today where the rotation meets, so "past" and "upcoming" match the team's own calendar. */
export function todayOf(ctx: RotationContext, rotation: Rotation): CalendarDate {
  return calendarDateIn(rotation.timeZone, ctx.core.now());
}
