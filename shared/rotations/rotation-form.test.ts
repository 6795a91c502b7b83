import { describe, expect, it } from 'vitest';
import { rotationFormProblems } from './rotation-form';

const valid = {
  name: 'Security Commander',
  kind: 'role',
  cadence: { kind: 'weekly', weekday: 1, everyWeeks: 1 },
  startDate: '2026-10-12',
  time: '09:00',
  durationMinutes: 60,
  timeZone: 'Europe/Berlin',
  members: ['Ada', 'Grace'],
};

describe('rotation form problems', () => {
  it('has none for a valid rotation', () => {
    expect(rotationFormProblems(valid)).toEqual([]);
  });

  it('says every problem at once, one per field, in plain words', () => {
    expect(
      rotationFormProblems({ ...valid, name: ' ', members: [], time: '9', timeZone: 'Mars/Olympus', cadence: { kind: 'weekly', weekday: 8, everyWeeks: 0 }, durationMinutes: 2 }),
    ).toEqual([
      { field: 'name', message: 'Name the rotation' },
      { field: 'cadence.weekday', message: 'Pick a weekday from Monday to Sunday' },
      { field: 'cadence.everyWeeks', message: 'Repeat every 1 to 12 weeks' },
      { field: 'time', message: 'Enter the time as HH:MM on a 24-hour clock, like 09:30' },
      { field: 'durationMinutes', message: 'A session lasts at least 5 minutes' },
      { field: 'timeZone', message: 'Enter a time zone this computer knows, like Europe/Berlin' },
      { field: 'members', message: 'Add at least one member' },
    ]);
  });

  it('names a member listed twice and an empty name', () => {
    expect(rotationFormProblems({ ...valid, members: ['Ada', ' ', 'ada'] })).toEqual([
      { field: 'members.1', message: 'Enter the member’s name' },
      { field: 'members.2', message: 'ada is listed twice; each member holds one place in the order' },
    ]);
  });
});
