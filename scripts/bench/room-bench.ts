import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from './bench-stats';
import { formatMs } from './bench-report';
import { HOST_SCRIPT, startHost, stopHost } from './browser-bench';
import { callHost } from './import-load-bench';

export interface RoomBenchResult {
  participants: number;
  /** A participant's vote (POST to the room) to the facilitator's screen knowing it: the change event, then the session read again showing the ballot. */
  vote: { p50: number; p95: number; max: number; samples: number };
}

const PARTICIPANTS = 30;
const ROUNDS = 2;
/** A guard, not a target: a vote that has not reached the facilitator by then is a failed run. */
const SHOW_LIMIT_MS = 30_000;

interface Joined {
  participantToken: string;
}

/**
 * Issue 22's room, timed from outside over HTTP and Server-Sent Events as the screens see it: the web
 * host opens a session's room on 127.0.0.1, 30 participants join and follow it, and each vote is
 * timed from the participant's request to the facilitator's change stream announcing it and the
 * session read again (what the facilitator's page does) counting the new ballot.
 */
export async function runRoomBench(workDir: string): Promise<RoomBenchResult | { reason: string }> {
  if (!fs.existsSync(HOST_SCRIPT)) return { reason: 'dist/ is not built (npm run build)' };
  fs.rmSync(workDir, { recursive: true, force: true });
  const host = await startHost(HOST_SCRIPT, path.join(workDir, 'data'));
  const stop = new AbortController();
  try {
    const { origin, hash } = new URL(host.url);
    const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
    const call = <T>(operation: string, input: unknown) => callHost<T>(origin, token, operation, input);
    const workspace = await call<{ id: string }>('createWorkspace', { name: 'Room' });
    const session = await call<{ id: string }>('createSession', { workspaceId: workspace.id, title: 'Pick a message broker' });
    const room = await call<{ port: number; joinUrl: string }>('openRoom', { id: session.id, address: '127.0.0.1' });
    const roomOrigin = `http://127.0.0.1:${room.port}`;
    const joinToken = room.joinUrl.split('#join=')[1] ?? '';

    const people: Joined[] = [];
    for (let i = 1; i <= PARTICIPANTS; i++) people.push(await roomPost<Joined>(roomOrigin, '/room/join', { joinToken, name: `Person ${i}` }));
    // Every participant follows the room, as their phones would: each vote is pushed to all of them.
    for (const person of people) void drain(fetch(`${roomOrigin}/room/events`, { headers: { Authorization: `Bearer ${person.participantToken}` }, signal: stop.signal }));
    const changes = followChanges(origin, token, stop.signal);

    const samples: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await call('changeSession', { id: session.id, action: { type: 'startAgreementVote', method: 'fist-of-five', anonymous: true } });
      for (const [index, person] of people.entries()) {
        const seen = changes.next();
        const started = performance.now();
        await roomPost(roomOrigin, '/room/act', { action: { type: 'castAgreement', level: 3 + (index % 3) } }, person.participantToken);
        await withinLimit(seen);
        const shown = await call<{ state: { agreement: { ballots: unknown[] } } }>('getSession', { id: session.id });
        if (shown.state.agreement.ballots.length !== index + 1) throw new Error(`the facilitator saw ${shown.state.agreement.ballots.length} ballots after vote ${index + 1}`);
        samples.push(performance.now() - started);
      }
      await call('changeSession', { id: session.id, action: { type: 'revealVotes', round: 'agreement' } });
    }
    const sorted = samples.sort((a, b) => a - b);
    return { participants: PARTICIPANTS, vote: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0, samples: sorted.length } };
  } finally {
    stop.abort();
    await stopHost(host.child);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

export function renderRoomBench(result: RoomBenchResult | { reason: string }): string {
  if ('reason' in result) return `Room: not measured — ${result.reason}`;
  return [
    `| Room, web host over HTTP and Server-Sent Events, ${result.participants} participants following | result | target |`,
    '|---|---|---|',
    `| a participant's vote to the facilitator's screen (change event + session read): p50 / p95 / max over ${result.vote.samples} votes | ${formatMs(result.vote.p50)} / ${formatMs(result.vote.p95)} / ${formatMs(result.vote.max)} | p95 ≤ 500 ms |`,
  ].join('\n');
}

async function roomPost<T>(roomOrigin: string, pathName: string, body: unknown, participantToken?: string): Promise<T> {
  const response = await fetch(`${roomOrigin}${pathName}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(participantToken && { Authorization: `Bearer ${participantToken}` }) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!answer.ok) throw new Error(`${pathName} failed: ${answer.error.message}`);
  return answer.value;
}

/** Reads a stream to its end, so the server is never held up by a full socket. */
async function drain(response: Promise<Response>): Promise<void> {
  try {
    const reader = (await response).body?.getReader();
    while (reader && !(await reader.read()).done);
  } catch {
    // Aborted at the end of the run.
  }
}

/** The facilitator's change stream: `next()` resolves at the next session change event. */
function followChanges(origin: string, token: string, signal: AbortSignal): { next: () => Promise<void> } {
  const waiting: { resolve: (() => void) | null } = { resolve: null };
  void (async () => {
    try {
      const response = await fetch(`${origin}/api/changes`, { headers: { Authorization: `Bearer ${token}` }, signal });
      const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      while (reader) {
        const { done, value } = await reader.read();
        if (done) return;
        buffered += value;
        const events = buffered.split('\n\n');
        buffered = events.pop() ?? '';
        if (events.some((event) => event.includes('"kind":"session"'))) {
          const resolve = waiting.resolve;
          waiting.resolve = null;
          resolve?.();
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
  return { next: () => new Promise<void>((resolve) => (waiting.resolve = resolve)) };
}

async function withinLimit(seen: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`a vote did not reach the facilitator within ${SHOW_LIMIT_MS / 1000} s`)), SHOW_LIMIT_MS)));
  try {
    await Promise.race([seen, late]);
  } finally {
    clearTimeout(timer);
  }
}

// `node scripts/bench/run-ts.mjs scripts/bench/room-bench.ts` runs this line alone.
if (path.basename(process.argv[1] ?? '') === 'room-bench.mjs') {
  const result = await runRoomBench(path.join(os.tmpdir(), `cairn-room-bench-${process.pid}`));
  console.log(renderRoomBench(result));
}
