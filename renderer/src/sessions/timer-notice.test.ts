import { describe, expect, it } from 'vitest';
import { extendTimer, pauseTimer, readTimer, startTimer } from '../../../shared/sessions/phase-timer';
import { timerNotice } from './timer-notice';

const start = new Date('2026-12-02T10:00:00Z');
const at = (minutes: number, seconds = 0) => new Date(start.getTime() + (minutes * 60 + seconds) * 1000);

/** The notice after `elapsed` of a phase with a `timebox`-minute box. */
function noticeAt(timeboxMinutes: number, elapsed: Date, timer = startTimer(start)): string {
  return timerNotice(readTimer(timer, timeboxMinutes, elapsed), true);
}

describe('timerNotice', () => {
  it('says nothing while more than two minutes are left', () => {
    expect(noticeAt(5, at(0))).toBe('');
    expect(noticeAt(5, at(2, 59))).toBe('');
  });

  it('says "2 minutes left" from the moment two minutes are left until time is up', () => {
    expect(noticeAt(5, at(3))).toBe('2 minutes left');
    expect(noticeAt(5, at(4, 59))).toBe('2 minutes left');
  });

  it('says "Time is up" at zero and while the phase runs over', () => {
    expect(noticeAt(5, at(5))).toBe('Time is up');
    expect(noticeAt(5, at(9))).toBe('Time is up');
  });

  it('goes quiet after an extension, and warns again when the extension runs down', () => {
    const extended = extendTimer(startTimer(start), 5);
    expect(noticeAt(5, at(5, 30), extended)).toBe('');
    expect(noticeAt(5, at(8), extended)).toBe('2 minutes left');
  });

  it('does not change while paused', () => {
    const paused = pauseTimer(startTimer(start), at(1));
    expect(noticeAt(5, at(20), paused)).toBe('');
  });

  it('gives a timebox of two minutes or less no warning, only the end', () => {
    expect(noticeAt(2, at(0))).toBe('');
    expect(noticeAt(1, at(0, 30))).toBe('');
    expect(noticeAt(2, at(2))).toBe('Time is up');
  });

  it('says nothing for a finished session', () => {
    expect(timerNotice(readTimer(startTimer(start), 5, at(9)), false)).toBe('');
  });
});
