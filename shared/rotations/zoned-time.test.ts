import { describe, expect, it } from 'vitest';
import { instantInZones, isKnownTimeZone, localMinuteText, TimeOfDay, timeInZones, timeInZonesText, TimeZoneName, zonedWallTimeToUtc } from './zoned-time';

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

describe('a rotation time in the viewer’s zone', () => {
  it('shows the viewer’s time beside the rotation’s own when they differ', () => {
    const zoned = timeInZones('2026-10-23', '15:00', 'Europe/Berlin', 'America/New_York');
    expect(zoned).toEqual({
      rotation: { date: '2026-10-23', time: '15:00', timeZone: 'Europe/Berlin' },
      viewer: { date: '2026-10-23', time: '09:00', timeZone: 'America/New_York' },
    });
    expect(timeInZonesText(zoned)).toBe('15:00 Europe/Berlin · 09:00 your time (America/New_York)');
  });

  it('follows each zone’s own daylight-saving dates', () => {
    // Berlin is back on winter time on 30 October, New York not until 1 November: five hours apart.
    expect(timeInZones('2026-10-30', '15:00', 'Europe/Berlin', 'America/New_York').viewer?.time).toBe('10:00');
  });

  it('names the viewer’s date when it is another day there', () => {
    expect(timeInZonesText(timeInZones('2026-06-01', '08:00', 'Asia/Tokyo', 'Europe/London'))).toBe('08:00 Asia/Tokyo · 00:00 your time (Europe/London)');
    expect(timeInZonesText(timeInZones('2026-06-01', '08:00', 'Asia/Tokyo', 'America/Los_Angeles'))).toBe('08:00 Asia/Tokyo · 16:00 on 2026-05-31 your time (America/Los_Angeles)');
  });

  it('shows the rotation’s time alone when the viewer’s clock says the same', () => {
    expect(timeInZones('2026-10-23', '15:00', 'Europe/Berlin', 'Europe/Berlin').viewer).toBeNull();
    expect(timeInZonesText(timeInZones('2026-10-23', '15:00', 'Europe/Berlin', 'Europe/Paris'))).toBe('15:00 Europe/Berlin');
  });

  it('reads a turn’s start, an instant, in both zones, the day as the page writes it', () => {
    const start = new Date('2026-05-31T23:00:00Z'); // 08:00 on 1 June in Tokyo
    expect(instantInZones(start, 'Asia/Tokyo', 'America/Los_Angeles')).toEqual({
      rotation: { date: '2026-06-01', time: '08:00', timeZone: 'Asia/Tokyo' },
      viewer: { date: '2026-05-31', time: '16:00', timeZone: 'America/Los_Angeles' },
    });
    expect(timeInZonesText(instantInZones(start, 'Asia/Tokyo', 'America/Los_Angeles'), (date) => `day ${date}`)).toBe('08:00 Asia/Tokyo · 16:00 on day 2026-05-31 your time (America/Los_Angeles)');
    expect(instantInZones(start, 'Asia/Tokyo', 'Asia/Tokyo').viewer).toBeNull();
  });

  it('writes a moment in a local zone, naming it', () => {
    expect(localMinuteText(new Date('2026-11-29T04:20:00Z'), 'Europe/Berlin')).toBe('2026-11-29 05:20 Europe/Berlin');
  });

  it('says in plain words what is wrong with a time or a zone', () => {
    expect(TimeOfDay.safeParse('9:00').error?.issues[0]?.message).toBe('Enter the time as HH:MM on a 24-hour clock, like 09:30');
    expect(TimeZoneName.safeParse('Mars/Olympus').error?.issues[0]?.message).toBe('Enter a time zone this computer knows, like Europe/Berlin');
  });
});
