import { z } from 'zod';

/**
 * The countdown of the current phase, as data: instants and accumulated durations only, so the
 * reading is the same whenever and wherever it is computed (no ticking interval holds the truth).
 */
export const PhaseTimer = z.object({
  startedAt: z.string(),
  /** Set while paused; the time from here to "now" does not count. */
  pausedAt: z.string().nullable(),
  /** Paused time already over (before the current pause, if any). */
  pausedMs: z.number().int().min(0),
  /** Minutes added beyond the timebox, in milliseconds. */
  extendedMs: z.number().int().min(0),
});
export type PhaseTimer = z.infer<typeof PhaseTimer>;

export type TimerState = 'running' | 'paused' | 'extended' | 'overrun';

export interface TimerReading {
  state: TimerState;
  elapsedMs: number;
  /** Timebox plus extensions. */
  limitMs: number;
  /** Negative once the phase runs over. */
  remainingMs: number;
  paused: boolean;
  extended: boolean;
  overrun: boolean;
}

export function startTimer(now: Date): PhaseTimer {
  return { startedAt: now.toISOString(), pausedAt: null, pausedMs: 0, extendedMs: 0 };
}

export function pauseTimer(timer: PhaseTimer, now: Date): PhaseTimer {
  return timer.pausedAt ? timer : { ...timer, pausedAt: now.toISOString() };
}

export function resumeTimer(timer: PhaseTimer, now: Date): PhaseTimer {
  if (!timer.pausedAt) return timer;
  const paused = Math.max(0, now.getTime() - Date.parse(timer.pausedAt));
  return { ...timer, pausedAt: null, pausedMs: timer.pausedMs + paused };
}

export function extendTimer(timer: PhaseTimer, minutes: number): PhaseTimer {
  return { ...timer, extendedMs: timer.extendedMs + Math.round(minutes * 60_000) };
}

/** Time spent in the phase so far, not counting pauses. */
export function elapsedMs(timer: PhaseTimer, now: Date): number {
  const end = timer.pausedAt ? Date.parse(timer.pausedAt) : now.getTime();
  return Math.max(0, end - Date.parse(timer.startedAt) - timer.pausedMs);
}

/** The timer as the facilitator sees it at `now`; paused wins over overrun, overrun over extended. */
export function readTimer(timer: PhaseTimer, timeboxMinutes: number, now: Date): TimerReading {
  const elapsed = elapsedMs(timer, now);
  const limitMs = timeboxMinutes * 60_000 + timer.extendedMs;
  const remainingMs = limitMs - elapsed;
  const paused = timer.pausedAt !== null;
  const extended = timer.extendedMs > 0;
  const overrun = remainingMs < 0;
  const state: TimerState = paused ? 'paused' : overrun ? 'overrun' : extended ? 'extended' : 'running';
  return { state, elapsedMs: elapsed, limitMs, remainingMs, paused, extended, overrun };
}

/** "4:05", or "-1:30" once over time; seconds round toward the larger magnitude so 0:00 shows only at zero. */
export function formatCountdown(remainingMs: number): string {
  const sign = remainingMs < 0 ? '-' : '';
  const totalSeconds = Math.ceil(Math.abs(remainingMs) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${sign}${minutes}:${String(seconds).padStart(2, '0')}`;
}
