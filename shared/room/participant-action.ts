import { AppError } from '../api/api-result';
import type { Session } from '../sessions/session';
import type { SessionActionInput } from '../sessions/session-action';
import { participantCan } from './participant-view';
import type { ParticipantAction } from './participant-request';

export interface Actor {
  participantId: string;
  name: string;
  anonymous: boolean;
}

/**
 * The session action a participant's request becomes: always on their own behalf, and only what the
 * current phase allows (votes whenever a round is open; the session's own rules refuse the rest).
 */
export function sessionActionFor(action: ParticipantAction, actor: Actor, session: Pick<Session, 'status' | 'state'>): SessionActionInput {
  const can = participantCan(session);
  switch (action.type) {
    case 'addOption':
      if (!can.addOption) throw new AppError('conflict', 'Options are added in the options phase', 'type');
      return action;
    case 'addConcern':
      if (!can.addConcern) throw new AppError('conflict', 'Concerns are raised in the concerns phase', 'type');
      return { ...action, raisedBy: actor.anonymous ? null : actor.name };
    case 'castAgreement':
    case 'castDots':
    case 'castScore':
      return { ...action, participantId: actor.participantId };
  }
}
