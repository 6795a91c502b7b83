import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `everyMs`. Only the display ticks: what the timer shows is
 * computed from the session's stored instants, so a reload or a second window reads the same.
 */
export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}
