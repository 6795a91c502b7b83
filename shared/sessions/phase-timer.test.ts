import { describe, expect, it } from 'vitest';
import { extendTimer, formatCountdown, pauseTimer, readTimer, resumeTimer, startTimer } from './phase-timer';

const at = (mmss: string) => new Date(`2025-06-15T10:${mmss}Z`);

describe('readTimer', () => {
  it('counts down from the timebox while running', () => {
    const reading = readTimer(startTimer(at('00:00')), 5, at('01:30'));
    expect(reading).toMatchObject({ state: 'running', elapsedMs: 90_000, limitMs: 300_000, remainingMs: 210_000, overrun: false });
  });

  it('stops counting while paused and continues after resume without losing the paused time', () => {
    const paused = pauseTimer(startTimer(at('00:00')), at('01:00'));
    expect(readTimer(paused, 5, at('04:00'))).toMatchObject({ state: 'paused', elapsedMs: 60_000 });
    const resumed = resumeTimer(paused, at('04:00'));
    expect(readTimer(resumed, 5, at('05:00'))).toMatchObject({ state: 'running', elapsedMs: 120_000, remainingMs: 180_000 });
  });

  it('adds up several pauses, and a second pause or resume changes nothing', () => {
    let timer = startTimer(at('00:00'));
    timer = pauseTimer(timer, at('01:00'));
    timer = pauseTimer(timer, at('02:00'));
    timer = resumeTimer(timer, at('03:00'));
    timer = resumeTimer(timer, at('03:30'));
    timer = pauseTimer(timer, at('04:00'));
    timer = resumeTimer(timer, at('05:00'));
    expect(readTimer(timer, 10, at('06:00')).elapsedMs).toBe(180_000);
  });

  it('signals overrun once the timebox is used up, with the time over as a negative remainder', () => {
    const reading = readTimer(startTimer(at('00:00')), 5, at('06:15'));
    expect(reading).toMatchObject({ state: 'overrun', overrun: true, remainingMs: -75_000 });
    expect(formatCountdown(reading.remainingMs)).toBe('-1:15');
  });

  it('shows an extension as extended until the extra time is used up as well', () => {
    const timer = extendTimer(startTimer(at('00:00')), 3);
    expect(readTimer(timer, 5, at('06:00'))).toMatchObject({ state: 'extended', extended: true, limitMs: 480_000, remainingMs: 120_000 });
    expect(readTimer(timer, 5, at('08:01')).state).toBe('overrun');
  });

  it('says paused even when a paused phase is already over time', () => {
    const timer = pauseTimer(startTimer(at('00:00')), at('07:00'));
    expect(readTimer(timer, 5, at('09:00'))).toMatchObject({ state: 'paused', overrun: true });
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, rounding a started second up', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(61_200)).toBe('1:02');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-500)).toBe('-0:01');
  });
});
