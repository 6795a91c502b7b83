import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/api/api-result';
import { ROOM_PATHS } from '../../shared/room/participant-request';
import { ROOM_CAPACITY } from '../../shared/room/room';
import type { ListenRoom, RoomDoor, RoomListener } from '../core/room';
import { bearerToken, secretDigest } from '../security/access-token';
import { AttemptLimit } from '../security/attempt-limit';
import { isListedHost, isListedOrigin, listenerHosts } from '../security/request-origin';
import { SECURITY_HEADERS, sendJson, sendRefusal, statusFor } from '../web-host/http-answer';
import { readJsonBody } from '../web-host/request-body';
import { serveStaticFile } from '../web-host/static-files';

/** No participant request needs more: a concern is 2,000 characters, a dot ballot a few dozen options. */
export const ROOM_MAX_BODY_BYTES = 16 * 1024;
/** Requests one participant may make per window: a page makes a handful; a phone scoring a matrix in a hurry, a few dozen. */
export const ROOM_REQUESTS_PER_PARTICIPANT = 60;
/** Requests one address may make per window, joins and the page's files included (a few people may share one address). */
export const ROOM_REQUESTS_PER_ADDRESS = 300;
export const RATE_WINDOW_MS = 10_000;
/** A comment now and then so an idle stream is not dropped by a phone or a Wi-Fi access point. */
const KEEP_ALIVE_MS = 20_000;

/**
 * Starts a room's listener on the address the facilitator picked: a server of its own, apart from the
 * loopback web host and the app, that serves the participant page and the room's four participant
 * requests, nothing else (docs/security.md). Answers carry the app's security headers and CSP.
 */
export const startParticipantListener: ListenRoom = participantListener({ perAddress: ROOM_REQUESTS_PER_ADDRESS, perParticipant: ROOM_REQUESTS_PER_PARTICIPANT });

/** Requests per window each caller may make; the room's own limits unless a test needs more. */
export interface RequestLimits {
  perAddress: number;
  perParticipant: number;
}

/** A room's listener with the given request limits. */
export function participantListener(limits: RequestLimits): ListenRoom {
  return (options) => listen(options, limits);
}

async function listen({ address, door, pageDir }: Parameters<ListenRoom>[0], limits: RequestLimits): Promise<RoomListener> {
  let hosts: string[] = [];
  const rate = { address: new AttemptLimit(limits.perAddress, RATE_WINDOW_MS), participant: new AttemptLimit(limits.perParticipant, RATE_WINDOW_MS) };
  const server = createServer((request, response) => {
    handle(request, response, door, pageDir, hosts, rate).catch((error: unknown) => {
      console.error('Cairn room: request failed:', error);
      if (!response.headersSent) sendRefusal(response, 500, { code: 'internal', message: 'The room failed to answer.' });
      else response.destroy();
    });
  });
  // Each person holds a stream and makes a request now and then; more than that is not a meeting.
  server.maxConnections = ROOM_CAPACITY * 4;
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = listenerHosts(address, port);
  const listener: RoomListener = {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return listener;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  door: RoomDoor,
  pageDir: string | null,
  hosts: readonly string[],
  rate: { address: AttemptLimit; participant: AttemptLimit },
): Promise<void> {
  const from = request.socket.remoteAddress ?? 'unknown';
  const token = bearerToken(request.headers.authorization);
  if (!rate.address.take(from) || (token !== null && !rate.participant.take(secretDigest(token).toString('base64url')))) {
    return sendRefusal(response, 429, { code: 'busy', message: 'Too many requests from this device: wait a few seconds.' });
  }
  if (!isListedHost(request.headers.host, hosts)) {
    return sendRefusal(response, 403, { code: 'forbidden', message: `This room answers only to ${hosts[0] ?? ''}, not to "${request.headers.host ?? ''}".` });
  }
  if (!isListedOrigin(request.headers.origin, hosts)) {
    return sendRefusal(response, 403, { code: 'forbidden', message: `Requests from ${request.headers.origin} are not allowed.` });
  }
  const path = new URL(request.url ?? '/', 'http://room').pathname;
  switch (path) {
    case ROOM_PATHS.join:
      if (!isJsonPost(request, response)) return;
      return answerBody(request, response, (body) => door.join(body, from));
    case ROOM_PATHS.act:
      if (!isJsonPost(request, response)) return;
      return answerBody(request, response, (body) => door.act(token, body));
    case ROOM_PATHS.view:
      if (!isGet(request, response)) return;
      return answer(response, await door.view(token));
    case ROOM_PATHS.events:
      if (!isGet(request, response)) return;
      return stream(request, response, door, token);
  }
  if (!isGet(request, response)) return;
  // The page and its built files; nothing else of the renderer folder, and no API of the app.
  if (pageDir !== null && (path === '/' || path === '/favicon.svg')) return serveStaticFile(pageDir, path === '/' ? '/participant.html' : path, response);
  if (pageDir !== null && path.startsWith('/assets/')) return serveStaticFile(pageDir, path, response);
  sendRefusal(response, 404, { code: 'not_found', message: 'A room serves its page and its participants’ requests only.' });
}

function isGet(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return true;
  response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' });
  response.end();
  return false;
}

function isJsonPost(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'POST') {
    sendRefusal(response, 405, { code: 'invalid_input', message: 'Use POST for this request.' });
    return false;
  }
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    sendRefusal(response, 415, { code: 'invalid_input', message: 'The request body must be JSON (Content-Type: application/json).' });
    return false;
  }
  return true;
}

async function answerBody(request: IncomingMessage, response: ServerResponse, run: (body: unknown) => Promise<ApiResult<unknown>>): Promise<void> {
  const body = await readJsonBody(request, ROOM_MAX_BODY_BYTES);
  if (!body.ok) return sendRefusal(response, body.status, { code: 'invalid_input', message: body.message });
  answer(response, await run(body.value));
}

function answer(response: ServerResponse, result: ApiResult<unknown>): void {
  sendJson(response, statusFor(result), result);
}

/** The participant's live view as Server-Sent Events: one `data:` line of a RoomEvent per change. */
function stream(request: IncomingMessage, response: ServerResponse, door: RoomDoor, token: string | null): void {
  // Ending the answer closes it, and its 'close' stops the keep-alive below.
  const followed = door.follow(
    token,
    (event) => response.write(`data: ${JSON.stringify(event)}\n\n`),
    () => response.end(),
  );
  if (!followed.ok) return answer(response, followed);
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  response.write(': connected\n\n');
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  const stop = () => {
    clearInterval(keepAlive);
    followed.value();
  };
  request.on('close', stop);
  response.on('close', stop);
}
