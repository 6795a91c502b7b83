import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, TimeOfDay, zonedWallTimeToUtc } from './zoned-time';

describe('zoned wall time', () => {
  it('keeps a meeting at the same local time across a daylight-saving change', () => {
    // Europe/Berlin leaves summer time on 2026-10-25.
    expect(zonedWallTimeToUtc('2026-10-23', '15:00', 'Europe/Berlin').toISOString()).toBe('2026-10-23T13:00:00.000Z');
    expect(zonedWallTimeToUtc('2026-10-30', '15:00', 'Europe/Berlin').toISOString()).toBe('2026-10-30T14:00:00.000Z');
    // America/New_York starts summer time on 2026-03-08.
    expect(zonedWallTimeToUtc('2026-03-06', '09:30', 'America/New_York').toISOString()).toBe('2026-03-06T14:30:00.000Z');
    expect(zonedWallTimeToUtc('2026-03-13', '09:30', 'America/New_York').toISOString()).toBe('2026-03-13T13:30:00.000Z');
  });

  it('moves a time that a spring-forward skips to after the gap', () => {
    expect(zonedWallTimeToUtc('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('handles zones east of UTC across midnight, and UTC itself', () => {
    expect(zonedWallTimeToUtc('2026-06-01', '08:00', 'Asia/Tokyo').toISOString()).toBe('2026-05-31T23:00:00.000Z');
    expect(zonedWallTimeToUtc('2026-06-01', '08:00', 'UTC').toISOString()).toBe('2026-06-01T08:00:00.000Z');
  });

  it('validates time zones and times of day', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(TimeOfDay.safeParse('15:00').success).toBe(true);
    expect(TimeOfDay.safeParse('24:00').success).toBe(false);
    expect(TimeOfDay.safeParse('9:00').success).toBe(false);
  });
});
