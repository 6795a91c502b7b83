import { AppError, describeZodError, type ApiResult } from '../../../shared/api/api-result';
import type { ChangeEvent } from '../../../shared/api/change-event';
import { sessionActionFor } from '../../../shared/room/participant-action';
import { ParticipantAction } from '../../../shared/room/participant-request';
import { participantView, type RoomView } from '../../../shared/room/participant-view';
import type { RoomParticipant, RoomTarget } from '../../../shared/room/room';
import type { Session } from '../../../shared/sessions/session';
import type { SessionActionInput } from '../../../shared/sessions/session-action';
import type { Admitted, Dispatch, RoomSubject, SubjectState } from './room-subject';

/**
 * A session's room: people join as participants of the session, and act through `changeSession` on
 * their own behalf; nothing else of the core is reachable from here.
 */
export class SessionRoom implements RoomSubject {
  readonly target: RoomTarget;
  readonly changeKind = 'session';

  constructor(
    private readonly sessionId: string,
    private readonly dispatch: Dispatch,
  ) {
    this.target = { kind: 'session', id: sessionId };
  }

  touchedBy(event: ChangeEvent): boolean {
    return event.scope === 'everything' || event.changes.some((c) => c.kind === 'session' && (c.ids.length === 0 || c.ids.includes(this.sessionId)));
  }

  async admit(request: { name: string | undefined; anonymous: boolean }): Promise<ApiResult<Admitted>> {
    const session = await this.session();
    if (!session.ok) return session;
    const name = request.anonymous || request.name === undefined ? anonymousName(session.value) : request.name;
    const added = await this.dispatch('changeSession', { id: this.sessionId, action: { type: 'addParticipant', name, role: 'consulted' } });
    if (!added.ok) return { ok: false, error: { ...added.error, ...(added.error.field === 'action.name' && { field: 'name' }) } };
    const participant = (added.value as Session).state.participants.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (!participant) return { ok: false, error: { code: 'internal', message: 'The session did not take the new participant' } };
    return { ok: true, value: { participantId: participant.id, name: participant.name } };
  }

  async read(): Promise<ApiResult<SubjectState>> {
    const session = await this.session();
    if (!session.ok) return session;
    const present = new Set(session.value.state.participants.map((p) => p.id));
    return {
      ok: true,
      value: { finished: session.value.status === 'finished', present: (id) => present.has(id), viewOf: (participant) => participantView(session.value, participant) },
    };
  }

  async act(participant: RoomParticipant, body: unknown): Promise<ApiResult<RoomView>> {
    const parsed = ParticipantAction.safeParse(body);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', ...describeZodError(parsed.error) } };
    const session = await this.session();
    if (!session.ok) return session;
    let action: SessionActionInput;
    try {
      action = sessionActionFor(parsed.data, participant, session.value);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, ...(error.field && { field: error.field }) } };
      throw error;
    }
    const changed = await this.dispatch('changeSession', { id: this.sessionId, action });
    if (!changed.ok) return { ok: false, error: { ...changed.error, ...(changed.error.field && { field: changed.error.field.replace(/^action\./, '') }) } };
    return { ok: true, value: participantView(changed.value as Session, participant) };
  }

  private async session(): Promise<ApiResult<Session>> {
    return (await this.dispatch('getSession', { id: this.sessionId })) as ApiResult<Session>;
  }
}

/** "Anonymous 3": the first number no participant's name holds yet. */
function anonymousName(session: Session): string {
  const taken = new Set(session.state.participants.map((p) => p.name.toLowerCase()));
  for (let n = 1; ; n += 1) if (!taken.has(`anonymous ${n}`)) return `Anonymous ${n}`;
}
