import { z } from 'zod';
import { AgreementMethod } from '../sessions/agreement-scale';
import { PhaseTimer } from '../sessions/phase-timer';
import { ConcernStatus, ParticipantRole, Score, type Session } from '../sessions/session';
import { PHASE_INFO, PhaseId } from '../sessions/session-phase';
import { BacklogView } from './backlog-view';
import { RoomClosedReason } from './room';

/** Where a hidden round stands: how many of the voters have voted, and whether this person has; never what. */
const RoundProgress = {
  anonymous: z.boolean(),
  revealed: z.boolean(),
  voted: z.number().int(),
  voters: z.number().int(),
  mine: z.boolean(),
};

/**
 * The one session as a participant's page shows it: what is being asked and what the phase allows.
 * Nothing of other sessions, decisions or people beyond the participant count; no ballot says who
 * cast it, and a round's content shows only once the facilitator reveals it.
 */
export const ParticipantView = z.object({
  kind: z.literal('session'),
  title: z.string(),
  status: z.enum(['running', 'finished']),
  phase: PhaseId,
  phaseLabel: z.string(),
  phasePurpose: z.string(),
  timer: PhaseTimer,
  timeboxMinutes: z.number().int(),
  /** The question the facilitator asked last in this phase. */
  question: z.string().nullable(),
  me: z.object({ name: z.string(), role: ParticipantRole, anonymous: z.boolean() }),
  participantCount: z.number().int(),
  can: z.object({ addOption: z.boolean(), addConcern: z.boolean() }),
  options: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), pros: z.array(z.string()), cons: z.array(z.string()) })),
  concerns: z.array(z.object({ id: z.string(), text: z.string(), status: ConcernStatus })),
  criteria: z.array(z.object({ id: z.string(), name: z.string(), weight: z.number() })),
  agreement: z
    .object({
      ...RoundProgress,
      method: AgreementMethod,
      /** The option being agreed on; null for the proposal as a whole. */
      optionName: z.string().nullable(),
      /** Once revealed: every level cast, in no order that gives anyone away. */
      levels: z.array(z.number().int()).nullable(),
    })
    .nullable(),
  dots: z
    .object({
      ...RoundProgress,
      dotsPerPerson: z.number().int(),
      /** Once revealed: each ballot's dots per option id. */
      ballots: z.array(z.record(z.string(), z.number().int())).nullable(),
    })
    .nullable(),
  scoring: z
    .object({
      ...RoundProgress,
      /** Once revealed: each person's scores, so each cell shows its spread. */
      ballots: z.array(z.array(Score)).nullable(),
    })
    .nullable(),
});
export type ParticipantView = z.infer<typeof ParticipantView>;

/** What a participant's page shows: a session's view, or a backlog's. */
export const RoomView = z.discriminatedUnion('kind', [ParticipantView, BacklogView]);
export type RoomView = z.infer<typeof RoomView>;

/** What the participants' stream sends: the view after every change, or why the room closed. */
export const RoomEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view'), view: RoomView }),
  z.object({ type: z.literal('closed'), reason: RoomClosedReason }),
]);
export type RoomEvent = z.infer<typeof RoomEvent>;

export interface Viewer {
  participantId: string;
  anonymous: boolean;
}

/**
 * The participant's view of a session as the API returns it (`session` is already the session view:
 * hidden rounds carry no content). Before a reveal, the API names who has voted for the facilitator;
 * this keeps only the count and whether the viewer is among them.
 */
export function participantView(session: Session, viewer: Viewer): ParticipantView {
  const { state } = session;
  const me = state.participants.find((p) => p.id === viewer.participantId);
  const voters = state.participants.filter((p) => p.role !== 'observer').length;
  const progress = (round: { anonymous: boolean; revealed: boolean; ballots: readonly { participantId: string | null }[] }) => ({
    anonymous: round.anonymous,
    revealed: round.revealed,
    voted: round.ballots.length,
    voters,
    mine: !round.revealed && round.ballots.some((b) => b.participantId === viewer.participantId),
  });
  const { agreement, dots, scoring } = state;
  return {
    kind: 'session',
    title: session.title,
    status: session.status,
    phase: state.phase,
    phaseLabel: PHASE_INFO[state.phase].label,
    phasePurpose: PHASE_INFO[state.phase].purpose,
    timer: state.timer,
    timeboxMinutes: state.timeboxes[state.phase] ?? PHASE_INFO[state.phase].defaultMinutes,
    question: state.questions.filter((q) => q.phase === state.phase).at(-1)?.text ?? null,
    me: { name: me?.name ?? '', role: me?.role ?? 'observer', anonymous: viewer.anonymous },
    participantCount: state.participants.length,
    can: participantCan(session),
    options: state.options.map(({ id, name, description, pros, cons }) => ({ id, name, description, pros, cons })),
    concerns: state.concerns.map(({ id, text, status }) => ({ id, text, status })),
    criteria: state.criteria.map(({ id, name, weight }) => ({ id, name, weight })),
    agreement: agreement && {
      ...progress(agreement),
      method: agreement.method,
      optionName: agreement.optionId === null ? null : (state.options.find((o) => o.id === agreement.optionId)?.name ?? null),
      levels: agreement.revealed ? agreement.ballots.flatMap((b) => (b.level === null ? [] : [b.level])) : null,
    },
    dots: dots && {
      ...progress(dots),
      dotsPerPerson: dots.dotsPerPerson,
      ballots: dots.revealed ? dots.ballots.flatMap((b) => (b.dots ? [b.dots] : [])) : null,
    },
    scoring: scoring && {
      ...progress(scoring),
      ballots: scoring.revealed ? scoring.ballots.flatMap((b) => (b.scores ? [b.scores] : [])) : null,
    },
  };
}

/** What the phase lets a participant add: options while they are collected, concerns while they are surfaced. */
export function participantCan(session: Pick<Session, 'status' | 'state'>): ParticipantView['can'] {
  const running = session.status === 'running';
  return { addOption: running && session.state.phase === 'options', addConcern: running && session.state.phase === 'concerns' };
}
