/** Timings of one measured step, in milliseconds, as several runs gave them. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** The median CPU time (user + system) the step took in this process: less swayed by other load on the machine than the wall clock. */
  cpuMedian?: number;
}

export function timing(samples: readonly number[], cpuSamples?: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('a timing needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const t: Timing = { median: percentile(sorted, 50), min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: samples.length };
  if (cpuSamples && cpuSamples.length > 0) t.cpuMedian = percentile([...cpuSamples].sort((a, b) => a - b), 50);
  return t;
}

/** The nearest-rank percentile of already sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export interface Timed<T> {
  value: T;
  ms: number;
  cpuMs: number;
}

/** Runs `fn` and gives its result with the wall-clock and CPU milliseconds it took. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}
