import type { TimerReading } from '../../../shared/sessions/phase-timer';

const WARNING_MS = 2 * 60_000;

/**
 * What the session timer's polite live region says at a reading. A screen reader announces the
 * region when the words change, so this decides when to announce: once when two minutes are left,
 * once when time is up, and again only after an extension brings the time back. A timebox of two
 * minutes or less starts inside the warning, so it gets no warning, only "Time is up".
 */
export function timerNotice(reading: TimerReading, running: boolean): string {
  if (!running) return '';
  if (reading.remainingMs <= 0) return 'Time is up';
  if (reading.remainingMs <= WARNING_MS && reading.limitMs > WARNING_MS) return '2 minutes left';
  return '';
}
