import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeEvent } from '../../shared/api/change-event';
import { SECURITY_HEADERS } from './http-answer';

export type SubscribeChanges = (listener: (event: ChangeEvent) => void) => () => void;

/** A comment line now and then, so an idle stream is not taken for a dead one by anything in between. */
const KEEP_ALIVE_MS = 25_000;

/**
 * Streams the change feed to one tab as Server-Sent Events until the tab goes away. The caller has
 * already checked the Host, the Origin and the token. A tab that reconnects refetches what it shows,
 * so nothing is replayed here.
 */
export function streamChanges(request: IncomingMessage, response: ServerResponse, subscribe: SubscribeChanges): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // The opening comment lets the tab know it is connected before the first change.
  response.write(': connected\n\n');
  const unsubscribe = subscribe((event) => {
    response.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`);
  });
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  request.on('close', stop);
  response.on('close', stop);
}
