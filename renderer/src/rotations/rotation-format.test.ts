import { describe, expect, it } from 'vitest';
import { formatDay, turnTimeText } from './rotation-format';

// The viewer's zone is passed in, so these read the same on any machine's clock.
describe('a turn’s time as every rotation page writes it', () => {
  it('is the rotation’s time alone for a viewer in its zone, or one in step with it', () => {
    expect(turnTimeText('2026-12-11T14:00:00.000Z', 'Europe/Berlin', 'Europe/Berlin')).toBe('15:00 Europe/Berlin');
    expect(turnTimeText('2026-12-11T14:00:00.000Z', 'Europe/Berlin', 'Europe/Paris')).toBe('15:00 Europe/Berlin');
  });

  it('puts the viewer’s time beside it when their clock says otherwise', () => {
    expect(turnTimeText('2026-12-11T14:00:00.000Z', 'Europe/Berlin', 'America/New_York')).toBe('15:00 Europe/Berlin · 09:00 your time (America/New_York)');
  });

  it('names the viewer’s day when the turn falls on another one there', () => {
    // Monday 08:00 in Tokyo is Sunday afternoon in Los Angeles.
    expect(turnTimeText('2026-12-06T23:00:00.000Z', 'Asia/Tokyo', 'America/Los_Angeles')).toBe(
      `08:00 Asia/Tokyo · 15:00 on ${formatDay('2026-12-06')} your time (America/Los_Angeles)`,
    );
    expect(formatDay('2026-12-06')).toMatch(/Sun/);
    expect(formatDay('2026-12-06')).not.toMatch(/2026/);
  });
});
