import type { ApiErrorData } from '../../../shared/api/api-result';
import { JoinAnswer, ROOM_PATHS, type ParticipantActionInput } from '../../../shared/room/participant-request';
import type { BacklogActionInput } from '../../../shared/room/backlog-action';
import { RoomEvent, RoomView } from '../../../shared/room/participant-view';
import type { RoomClosedReason } from '../../../shared/room/room';
import { createEventStreamParser } from '../api/event-stream-parser';

/** A refusal of the room, with the field it names, for the form to show where it belongs. */
export class RoomError extends Error {
  constructor(
    readonly code: ApiErrorData['code'] | 'unreachable',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** What the page keeps across a reload: the participant's token, in this tab only. */
const STORAGE_KEY = 'cairn-room-participant';

export interface Joined {
  participantToken: string;
  name: string;
}

export function storedParticipant(): Joined | null {
  try {
    const parsed = JoinAnswer.pick({ participantToken: true, name: true }).safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function forgetParticipant(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The join token from the link (`#join=…`), taken out of the address bar so it is not shared by accident. */
export function takeJoinToken(): string | null {
  const match = /^#join=([\w-]+)$/.exec(window.location.hash);
  if (!match) return null;
  history.replaceState(null, '', window.location.pathname);
  return match[1] ?? null;
}

export async function joinRoom(request: { joinToken?: string; code?: string; name?: string; anonymous: boolean }): Promise<Joined> {
  const answer = JoinAnswer.parse(await send(ROOM_PATHS.join, { method: 'POST', body: request }));
  const joined = { participantToken: answer.participantToken, name: answer.name };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(joined));
  return joined;
}

export async function readView(token: string): Promise<RoomView> {
  return RoomView.parse(await send(ROOM_PATHS.view, { token }));
}

export async function act(token: string, action: ParticipantActionInput | BacklogActionInput): Promise<RoomView> {
  return RoomView.parse(await send(ROOM_PATHS.act, { method: 'POST', token, body: { action } }));
}

export interface FollowHandlers {
  view: (view: RoomView) => void;
  closed: (reason: RoomClosedReason) => void;
  /** The room cannot be reached: the facilitator's machine left the network, or the room closed without a word. */
  lost: () => void;
}

/**
 * Follows the room through fetch (EventSource cannot send the participant's token); a dropped
 * stream is opened again a few times, then the page says the room is out of reach.
 */
export function followRoom(token: string, handlers: FollowHandlers): () => void {
  const stop = new AbortController();
  void (async () => {
    let failures = 0;
    while (!stop.signal.aborted && failures < 4) {
      try {
        const response = await fetch(ROOM_PATHS.events, { headers: { Authorization: `Bearer ${token}` }, signal: stop.signal });
        if (response.status === 401) return handlers.closed('removed');
        if (response.ok && response.body) {
          failures = 0;
          let ended = false;
          const parse = createEventStreamParser((data) => {
            const event = RoomEvent.safeParse(parseJson(data));
            if (!event.success) return;
            if (event.data.type === 'view') handlers.view(event.data.view);
            else {
              ended = true;
              handlers.closed(event.data.reason);
            }
          });
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            parse(value);
          }
          if (ended) return;
        }
      } catch {
        // Out of reach for now: try again below.
      }
      if (stop.signal.aborted) return;
      failures += 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000 * failures));
    }
    if (!stop.signal.aborted) handlers.lost();
  })();
  return () => stop.abort();
}

async function send(path: string, { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown }): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { ...(body !== undefined && { 'Content-Type': 'application/json' }), ...(token && { Authorization: `Bearer ${token}` }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new RoomError('unreachable', 'The room cannot be reached: it may have closed, or this device is on another network.');
  }
  const answer = parseJson(await response.text()) as { ok?: boolean; value?: unknown; error?: ApiErrorData } | undefined;
  if (answer?.ok === true) return answer.value;
  const error = answer?.error;
  throw new RoomError(error?.code ?? 'internal', error?.message ?? `The room answered ${response.status}.`, error?.field);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
