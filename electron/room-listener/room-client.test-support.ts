import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { RoomEvent } from '../../shared/room/participant-view';
import { makeTempDir } from '../core/testing/temp-core';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body as JSON; undefined when it is not. */
  json: unknown;
}

export interface Send {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  token?: string;
}

/** A participant's device as the tests drive it: raw HTTP to the room's listener on 127.0.0.1. */
export function roomClient(port: number) {
  const host = `127.0.0.1:${port}`;
  const send = (options: Send): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { Host: host, ...(options.body !== undefined && { 'Content-Type': 'application/json' }), ...options.headers };
      if (options.token) headers.Authorization = `Bearer ${options.token}`;
      const req = request({ host: '127.0.0.1', port, method: options.method ?? (options.body !== undefined ? 'POST' : 'GET'), path: options.path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
      });
      req.on('error', reject);
      req.end(options.body);
    });
  const post = (p: string, body: unknown, token?: string) => send({ path: p, body: JSON.stringify(body), ...(token && { token }) });
  return {
    send,
    join: (body: unknown) => post('/room/join', body),
    view: (token: string) => send({ path: '/room/view', token }),
    act: (token: string, action: unknown) => post('/room/act', { action }, token),
    /** Opens the participant's stream; events arrive in `events` and `next` waits for one that matches. */
    follow: (token: string) => followRoom(port, host, token),
  };
}

export type RoomClient = ReturnType<typeof roomClient>;

export interface RoomStream {
  status: number;
  events: RoomEvent[];
  /** The first event from now on (or already received since the last call) that `match` accepts. */
  next(match?: (event: RoomEvent) => boolean): Promise<RoomEvent>;
  /** Resolves when the listener ends the stream. */
  ended: Promise<void>;
  close(): void;
}

function followRoom(port: number, host: string, token: string): Promise<RoomStream> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/room/events', headers: { Host: host, Authorization: `Bearer ${token}` } }, (res) => {
      const events: RoomEvent[] = [];
      let seen = 0;
      let waiting: { match: (event: RoomEvent) => boolean; resolve: (event: RoomEvent) => void } | null = null;
      let buffered = '';
      const offer = () => {
        if (!waiting) return;
        while (seen < events.length) {
          const event = events[seen++] as RoomEvent;
          if (waiting.match(event)) {
            const { resolve: done } = waiting;
            waiting = null;
            done(event);
            return;
          }
        }
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffered += chunk;
        const parts = buffered.split('\n\n');
        buffered = parts.pop() ?? '';
        for (const part of parts) {
          const data = part.split('\n').find((line) => line.startsWith('data: '));
          if (data) events.push(RoomEvent.parse(JSON.parse(data.slice(6))));
        }
        offer();
      });
      const ended = new Promise<void>((done) => res.on('end', done));
      resolve({
        status: res.statusCode ?? 0,
        events,
        next: (match = () => true) =>
          new Promise((done) => {
            waiting = { match, resolve: done };
            offer();
          }),
        ended,
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** A built renderer folder in miniature: the participant page, one asset, and the app's page (which a room must not serve). */
export function makePageDir(): string {
  const dir = makeTempDir();
  writeFileSync(path.join(dir, 'participant.html'), '<!doctype html><title>Join the room</title>');
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Cairn app</title>');
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'participant-abc.js'), 'console.log("room");');
  return dir;
}
