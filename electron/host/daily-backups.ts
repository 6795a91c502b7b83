import type { Core } from '../core/core';

const HOUR = 60 * 60 * 1000;

export interface DailyBackups {
  stop(): void;
}

/**
 * Takes the day's automatic backup when a host starts, then looks again every hour (a host left
 * running past midnight takes the next day's). A failure is reported and tried again an hour later.
 */
export async function scheduleDailyBackups(core: Pick<Core, 'takeDailyBackup'>, onError: (error: unknown) => void): Promise<DailyBackups> {
  const daily = () => core.takeDailyBackup().then(() => undefined, onError);
  await daily();
  const timer = setInterval(() => void daily(), HOUR);
  // The timer must not keep a finished test process alive; the host's server or window keeps it running.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
