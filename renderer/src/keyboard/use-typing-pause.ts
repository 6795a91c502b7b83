import { useEffect, useState } from 'react';

/**
 * The value once typing has paused for `delayMs` (at once when the delay is 0), so a search does not
 * cost a query per keystroke. The first value is taken at once.
 */
export function useTypingPause<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
