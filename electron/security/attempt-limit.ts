/**
 * How many tries each caller (a remote address) gets per window: requests to the room's listener,
 * wrong short codes. A fixed window is enough here: it caps a guesser and a flood, and a person
 * who retypes a code waits at most one window.
 */
export class AttemptLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; false once the caller has used up this window's. */
  take(caller: string): boolean {
    const now = this.now();
    const current = this.windows.get(caller);
    if (!current || now - current.start >= this.windowMs) {
      // Past windows go, so a scan of many addresses cannot grow the map without end.
      if (this.windows.size > 10_000) this.forgetPast(now);
      this.windows.set(caller, { start: now, count: 1 });
      return true;
    }
    current.count += 1;
    return current.count <= this.max;
  }

  /** Whether the caller has attempts left, without using one. */
  allows(caller: string): boolean {
    const current = this.windows.get(caller);
    return !current || this.now() - current.start >= this.windowMs || current.count < this.max;
  }

  private forgetPast(now: number): void {
    for (const [caller, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(caller);
  }
}
