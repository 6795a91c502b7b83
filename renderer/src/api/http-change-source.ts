import { CHANGE_STREAM_PATH } from '../../../shared/api/change-event';
import { receiveChange, type ChangeSource } from './change-source';
import { createEventStreamParser } from './event-stream-parser';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Waits before reconnecting: at once, then longer each failed try, up to ten seconds. */
const RETRY_DELAYS_MS = [0, 1_000, 2_000, 5_000, 10_000];

/**
 * The change feed in the web host: Server-Sent Events read through fetch, because EventSource cannot
 * send the bearer token the stream needs. A dropped connection is opened again (the tab then reads
 * everything again, since it may have missed events); a refused token stops trying.
 */
export function createHttpChangeSource(token: string | null, fetchImpl: Fetch = (url, init) => fetch(url, init)): ChangeSource {
  return (handlers) => {
    const stop = new AbortController();
    void (async () => {
      let failures = 0;
      let connectedBefore = false;
      while (!stop.signal.aborted) {
        try {
          const response = await fetchImpl(CHANGE_STREAM_PATH, {
            headers: token ? { Authorization: `Bearer ${token}` } : {},
            signal: stop.signal,
          });
          // The API calls say what is wrong with the token; the feed has nothing to add.
          if (response.status === 401 || response.status === 403) return;
          if (response.ok && response.body) {
            if (connectedBefore) handlers.missed();
            connectedBefore = true;
            failures = 0;
            const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
            const parse = createEventStreamParser((data) => receiveChange(parseJson(data), handlers));
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              parse(value);
            }
          }
        } catch {
          // The host went away or the tab stopped following: try again below, or end.
        }
        if (stop.signal.aborted) return;
        await wait(RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)] ?? 0, stop.signal);
        failures += 1;
      }
    })();
    return () => stop.abort();
  };
}

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
