import { describeZodError, type ApiErrorData, type ApiResult } from '../../../shared/api/api-result';
import { JoinRequest, type JoinAnswer } from '../../../shared/room/participant-request';
import type { RoomEvent, RoomView } from '../../../shared/room/participant-view';
import { ROOM_CAPACITY, type Room, type RoomClosedReason, type RoomParticipant, type RoomTarget } from '../../../shared/room/room';
import { createAccessToken, sameSecret, secretDigest } from '../../security/access-token';
import { AttemptLimit } from '../../security/attempt-limit';
import type { RoomDoor, RoomListener } from './room-door';
import type { RoomSubject } from './room-subject';
import { newShortCode } from './short-code';

/** A short code lives ten minutes: long enough to read it off the screen and type it, short for guessing. */
export const SHORT_CODE_TTL_MS = 10 * 60_000;
/** Wrong codes one address may try per minute. */
const CODE_TRIES_PER_MINUTE = 5;
/** Wrong codes in all before the code is withdrawn (the link keeps working). */
const CODE_TRIES_IN_ALL = 100;
/** A phone reopening the page makes a second stream; more than this per person is a loop or an attack. */
const STREAMS_PER_PARTICIPANT = 3;

interface Member extends RoomParticipant {
  digest: string;
}

interface Follower {
  send: (event: RoomEvent) => void;
  end: () => void;
}

export interface OpenRoomOptions {
  subject: RoomSubject;
  address: string;
  allowAnonymous: boolean;
  now: () => Date;
  /** Told when who is in the room changes or it closes, so the facilitator's screen follows. */
  changed: () => void;
  /** Told once the room has closed, whatever closed it. */
  closed: (reason: RoomClosedReason) => void;
  idleMs: number;
}

/**
 * One room, of a session or a backlog: the join token and short code, who joined (each under a
 * token of their own, kept only as its hash), and their pages' streams. What they may do is the
 * subject's to say; nothing else of the core is reachable from here.
 */
export class OpenRoom implements RoomDoor {
  readonly target: RoomTarget;
  readonly subject: RoomSubject;
  readonly address: string;
  readonly openedAt: string;
  private port = 0;
  private listener: RoomListener | null = null;
  private qrSvg = '';
  private readonly joinToken = createAccessToken();
  private code: string | null = newShortCode();
  private codeExpiresAt: number;
  private codeFailures = 0;
  private readonly codeTries: AttemptLimit;
  private readonly members = new Map<string, Member>();
  private readonly followers = new Map<string, Set<Follower>>();
  private idle: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;
  private closing = false;
  private allowAnonymous: boolean;

  constructor(private readonly options: OpenRoomOptions) {
    this.subject = options.subject;
    this.target = options.subject.target;
    this.address = options.address;
    this.allowAnonymous = options.allowAnonymous;
    this.openedAt = options.now().toISOString();
    this.codeExpiresAt = options.now().getTime() + SHORT_CODE_TTL_MS;
    this.codeTries = new AttemptLimit(CODE_TRIES_PER_MINUTE, 60_000, () => options.now().getTime());
  }

  /** Called once the listener is up: the link and its QR code name its port. */
  async listening(listener: RoomListener): Promise<void> {
    this.listener = listener;
    this.port = listener.port;
    // Loaded when a room opens, not with the core: the CLI bundles the core and starts on every command (ADR 0012).
    const QRCode = await import('qrcode');
    this.qrSvg = await QRCode.toString(this.joinUrl(), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    this.touch();
  }

  setAllowAnonymous(allow: boolean): void {
    this.allowAnonymous = allow;
  }

  describe(): Room {
    const expired = this.code !== null && this.options.now().getTime() >= this.codeExpiresAt;
    const code = expired ? null : this.code;
    return {
      target: this.target,
      address: this.address,
      port: this.port,
      joinUrl: this.joinUrl(),
      qrSvg: this.qrSvg,
      code,
      codeExpiresAt: code === null ? null : new Date(this.codeExpiresAt).toISOString(),
      allowAnonymous: this.allowAnonymous,
      capacity: ROOM_CAPACITY,
      participants: this.participants(),
      openedAt: this.openedAt,
    };
  }

  async join(body: unknown, from: string): Promise<ApiResult<JoinAnswer>> {
    const parsed = JoinRequest.safeParse(body);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', ...describeZodError(parsed.error) } };
    const request = parsed.data;
    this.touch();
    const refused = request.code !== undefined ? this.admitByCode(request.code, from) : this.admitByLink(request.joinToken ?? '');
    if (refused) return { ok: false, error: refused };
    if (request.anonymous && !this.allowAnonymous) return refusal('forbidden', 'This room asks everyone for a name', 'name');
    if (this.members.size >= ROOM_CAPACITY) return refusal('conflict', `The room is full: it takes ${ROOM_CAPACITY} people`);
    const admitted = await this.subject.admit({ name: request.name, anonymous: request.anonymous }, this.participants());
    if (!admitted.ok) return admitted;
    const participant = admitted.value;
    const participantToken = createAccessToken();
    const digest = digestOf(participantToken);
    this.members.set(digest, { digest, participantId: participant.participantId, name: participant.name, anonymous: request.anonymous, joinedAt: this.options.now().toISOString() });
    this.options.changed();
    return { ok: true, value: { participantToken, participantId: participant.participantId, name: participant.name } };
  }

  async view(participantToken: string | null): Promise<ApiResult<RoomView>> {
    const member = this.memberOf(participantToken);
    if (!member) return notMember();
    this.touch();
    const state = await this.subject.read(this.members.size);
    return state.ok ? { ok: true, value: state.value.viewOf(participantOf(member)) } : state;
  }

  async act(participantToken: string | null, body: unknown): Promise<ApiResult<RoomView>> {
    const member = this.memberOf(participantToken);
    if (!member) return notMember();
    this.touch();
    const action = typeof body === 'object' && body !== null ? (body as { action?: unknown }).action : undefined;
    return this.subject.act(participantOf(member), action, this.members.size);
  }

  follow(participantToken: string | null, send: (event: RoomEvent) => void, end: () => void): ApiResult<() => void> {
    const member = this.memberOf(participantToken);
    if (!member) return notMember();
    this.touch();
    const followers = this.followers.get(member.participantId) ?? new Set<Follower>();
    this.followers.set(member.participantId, followers);
    if (followers.size >= STREAMS_PER_PARTICIPANT) {
      const oldest = followers.values().next().value as Follower;
      followers.delete(oldest);
      oldest.end();
    }
    const follower: Follower = { send, end };
    followers.add(follower);
    void this.view(participantToken).then((view) => {
      if (view.ok && followers.has(follower)) send({ type: 'view', view: view.value });
    });
    return { ok: true, value: () => followers.delete(follower) };
  }

  /** Shuts one person out: their token stops working and their pages are told. They stay in the session, and their votes in the backlog. */
  remove(participantId: string): boolean {
    const member = [...this.members.values()].find((m) => m.participantId === participantId);
    if (!member) return false;
    this.members.delete(member.digest);
    this.endFollowers(participantId, 'removed');
    this.options.changed();
    return true;
  }

  /**
   * The target changed: every page gets its new view. Refreshes that arrive while one runs are
   * folded into one more, so a burst of votes costs two reads, not one per vote.
   */
  refresh(): void {
    this.touch();
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = this.pushViews().finally(() => {
      this.refreshing = null;
      if (this.refreshAgain) {
        this.refreshAgain = false;
        this.refresh();
      }
    });
  }

  async close(reason: RoomClosedReason): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.idle) clearTimeout(this.idle);
    for (const participantId of [...this.followers.keys()]) this.endFollowers(participantId, reason);
    this.members.clear();
    await this.listener?.close();
    this.options.closed(reason);
  }

  private async pushViews(): Promise<void> {
    if (this.closing) return;
    const state = await this.subject.read(this.members.size);
    if (!state.ok || state.value.finished) {
      await this.close(state.ok ? 'finished' : state.error.code === 'not_found' ? 'gone' : 'closed');
      return;
    }
    // Someone the facilitator took out of the session is out of the room too.
    const gone = [...this.members.values()].filter((m) => !state.value.present(m.participantId));
    for (const member of gone) this.remove(member.participantId);
    for (const member of this.members.values()) {
      const followers = this.followers.get(member.participantId);
      if (!followers?.size) continue;
      const event: RoomEvent = { type: 'view', view: state.value.viewOf(participantOf(member)) };
      for (const follower of followers) follower.send(event);
    }
  }

  private admitByLink(joinToken: string): ApiErrorData | null {
    return sameSecret(joinToken, this.joinToken) ? null : { code: 'forbidden', message: 'This join link is not for this room: ask the facilitator for the current one' };
  }

  private admitByCode(code: string, from: string): ApiErrorData | null {
    if (!this.codeTries.allows(from)) return { code: 'busy', message: 'Too many wrong codes from this device: wait a minute, or scan the QR code', field: 'code' };
    if (this.code === null || this.options.now().getTime() >= this.codeExpiresAt) {
      return { code: 'forbidden', message: 'The code has expired: scan the QR code or open the link instead', field: 'code' };
    }
    if (sameSecret(code, this.code)) return null;
    this.codeTries.take(from);
    this.codeFailures += 1;
    // Guessed at from many addresses: the code goes, the link (which cannot be guessed) stays.
    if (this.codeFailures >= CODE_TRIES_IN_ALL) this.code = null;
    return { code: 'forbidden', message: 'That is not the code of this room', field: 'code' };
  }

  private memberOf(participantToken: string | null): Member | null {
    if (this.closing || participantToken === null) return null;
    return this.members.get(digestOf(participantToken)) ?? null;
  }

  private endFollowers(participantId: string, reason: RoomClosedReason): void {
    const followers = this.followers.get(participantId);
    this.followers.delete(participantId);
    for (const follower of followers ?? []) {
      follower.send({ type: 'closed', reason });
      follower.end();
    }
  }

  private participants(): RoomParticipant[] {
    return [...this.members.values()].map(participantOf);
  }

  private joinUrl(): string {
    return `http://${this.address}:${this.port}/#join=${this.joinToken}`;
  }

  /** Activity (a request, a change of the session) keeps the room open; none for `idleMs` closes it. */
  private touch(): void {
    if (this.closing) return;
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => void this.close('inactive'), this.options.idleMs);
    this.idle.unref();
  }
}

function digestOf(token: string): string {
  return secretDigest(token).toString('base64url');
}

function refusal<T>(code: ApiErrorData['code'], message: string, field?: string): ApiResult<T> {
  return { ok: false, error: { code, message, ...(field && { field }) } };
}

function notMember<T>(): ApiResult<T> {
  return refusal('unauthorized', 'You are not in this room (any more): join again with the link or the code');
}

function participantOf({ digest: _digest, ...participant }: Member): RoomParticipant {
  return participant;
}
