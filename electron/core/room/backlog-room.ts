import { randomUUID } from 'node:crypto';
import { AppError, describeZodError, type ApiErrorData, type ApiResult } from '../../../shared/api/api-result';
import type { ChangeEvent } from '../../../shared/api/change-event';
import type { Rotation, RotationTopic } from '../../../shared/api/rotation-operations';
import { BacklogAction, backlogJoinName, backlogOperationFor, type BacklogOperation } from '../../../shared/room/backlog-action';
import { backlogView } from '../../../shared/room/backlog-view';
import type { RoomView } from '../../../shared/room/participant-view';
import type { RoomParticipant, RoomTarget } from '../../../shared/room/room';
import type { Admitted, Dispatch, RoomSubject, SubjectState } from './room-subject';

/**
 * A teaching rotation's topic backlog opened to the room: people join by name, see the open topics,
 * propose topics and vote as themselves through the backlog's own operations, for this rotation only.
 */
export class BacklogRoom implements RoomSubject {
  readonly target: RoomTarget;
  readonly changeKind = 'rotation';

  constructor(
    private readonly rotationId: string,
    private readonly dispatch: Dispatch,
  ) {
    this.target = { kind: 'backlog', id: rotationId };
  }

  touchedBy(event: ChangeEvent): boolean {
    // A vote names its topic, not its rotation: the feed reports it without ids, and every backlog room looks.
    return event.scope === 'everything' || event.changes.some((c) => c.kind === 'rotation' && (c.ids.length === 0 || c.ids.includes(this.rotationId)));
  }

  async admit(request: { name: string | undefined }, inRoom: readonly RoomParticipant[]): Promise<ApiResult<Admitted>> {
    const rotation = await this.rotation();
    if (!rotation.ok) return rotation;
    return refusingAppErrors(() => {
      const name = backlogJoinName(request.name ?? '', rotation.value.members, inRoom.map((p) => p.name));
      return { ok: true, value: { participantId: randomUUID(), name } };
    });
  }

  async read(inRoom: number): Promise<ApiResult<SubjectState>> {
    const [rotation, topics] = await Promise.all([this.rotation(), this.topics()]);
    if (!rotation.ok) return rotation;
    if (!topics.ok) return topics;
    return {
      ok: true,
      value: { finished: false, present: () => true, viewOf: (participant) => backlogView(rotation.value.name, topics.value, participant, inRoom) },
    };
  }

  async act(participant: RoomParticipant, body: unknown, inRoom: number): Promise<ApiResult<RoomView>> {
    const parsed = BacklogAction.safeParse(body);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', ...describeZodError(parsed.error) } };
    const topics = await this.topics();
    if (!topics.ok) return topics;
    const operation = refusingAppErrors<BacklogOperation>(() => ({ ok: true, value: backlogOperationFor(parsed.data, participant, this.rotationId, topics.value) }));
    if (!operation.ok) return operation;
    const done = await this.dispatch(operation.value.operation, operation.value.input);
    if (!done.ok) return done;
    const state = await this.read(inRoom);
    return state.ok ? { ok: true, value: state.value.viewOf(participant) } : state;
  }

  private async rotation(): Promise<ApiResult<Rotation>> {
    return (await this.dispatch('getRotation', { id: this.rotationId })) as ApiResult<Rotation>;
  }

  private async topics(): Promise<ApiResult<RotationTopic[]>> {
    return (await this.dispatch('listRotationTopics', { rotationId: this.rotationId })) as ApiResult<RotationTopic[]>;
  }
}

function refusingAppErrors<T>(run: () => ApiResult<T>): ApiResult<T> {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const refusal: ApiErrorData = { code: error.code, message: error.message, ...(error.field && { field: error.field }) };
    return { ok: false, error: refusal };
  }
}
