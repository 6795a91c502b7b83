import { AppError } from '../api/api-result';
import { AGREEMENT_SCALES, isValidLevel } from './agreement-scale';
import { dotsSpent } from './dot-voting';
import { elapsedMs, extendTimer, pauseTimer, resumeTimer, startTimer } from './phase-timer';
import type { Concern, Participant, SessionState } from './session';
import type { SessionAction } from './session-action';

export interface ActionContext {
  now: Date;
  /** Makes the id of a new option, participant, concern … */
  newId: () => string;
}

/**
 * The session after one facilitator action. Pure: the same state, action and clock give the same
 * result. Refuses what a facilitator must be told about (an observer voting, a low vote without a
 * concern, a negative weight) with an AppError naming the field.
 */
export function applySessionAction(state: SessionState, action: SessionAction, ctx: ActionContext): SessionState {
  const at = ctx.now.toISOString();
  switch (action.type) {
    case 'goToPhase': {
      if (action.phase === state.phase) return state;
      const spent = elapsedMs(state.timer, ctx.now);
      return {
        ...state,
        phase: action.phase,
        spentMs: { ...state.spentMs, [state.phase]: (state.spentMs[state.phase] ?? 0) + spent },
        timer: startTimer(ctx.now),
      };
    }
    case 'setTimebox':
      return { ...state, timeboxes: { ...state.timeboxes, [action.phase]: action.minutes } };
    case 'pauseTimer':
      return { ...state, timer: pauseTimer(state.timer, ctx.now) };
    case 'resumeTimer':
      return { ...state, timer: resumeTimer(state.timer, ctx.now) };
    case 'extendTimer':
      return { ...state, timer: extendTimer(state.timer, action.minutes) };
    case 'setNotes':
      return { ...state, notes: { ...state.notes, [action.phase]: action.text } };
    case 'setContext':
      return { ...state, context: action.text };
    case 'setDrivers':
      return { ...state, drivers: action.text };
    case 'askQuestion':
      return { ...state, questions: [...state.questions, { phase: state.phase, text: action.text, at }] };

    case 'addOption':
      requireUniqueOptionName(state, action.name, null);
      return { ...state, options: [...state.options, { id: ctx.newId(), name: action.name, description: action.description, pros: [], cons: [] }] };
    case 'updateOption': {
      const option = requireItem(state.options, action.optionId, 'option', 'action.optionId');
      if (action.name !== undefined) requireUniqueOptionName(state, action.name, option.id);
      const next = {
        ...option,
        ...(action.name !== undefined && { name: action.name }),
        ...(action.description !== undefined && { description: action.description }),
        ...(action.pros !== undefined && { pros: action.pros }),
        ...(action.cons !== undefined && { cons: action.cons }),
      };
      return { ...state, options: state.options.map((o) => (o.id === option.id ? next : o)) };
    }
    case 'removeOption': {
      const option = requireItem(state.options, action.optionId, 'option', 'action.optionId');
      return {
        ...state,
        options: state.options.filter((o) => o.id !== option.id),
        scores: state.scores.filter((s) => s.optionId !== option.id),
        outcome: state.outcome?.kind === 'chosen' && state.outcome.optionId === option.id ? null : state.outcome,
      };
    }

    case 'addParticipant': {
      const taken = state.participants.some((p) => p.name.toLowerCase() === action.name.toLowerCase());
      if (taken) throw new AppError('invalid_input', `${action.name} is already a participant`, 'action.name');
      return { ...state, participants: [...state.participants, { id: ctx.newId(), name: action.name, role: action.role }] };
    }
    case 'setParticipantRole': {
      const participant = requireItem(state.participants, action.participantId, 'participant', 'action.participantId');
      const next = { ...state, participants: state.participants.map((p) => (p.id === participant.id ? { ...p, role: action.role } : p)) };
      // An observer's earlier votes no longer count.
      return action.role === 'observer' ? withoutBallotsOf(next, participant.id) : next;
    }
    case 'removeParticipant': {
      const participant = requireItem(state.participants, action.participantId, 'participant', 'action.participantId');
      return withoutBallotsOf({ ...state, participants: state.participants.filter((p) => p.id !== participant.id) }, participant.id);
    }

    case 'addAdvice':
      return { ...state, advice: [...state.advice, { id: ctx.newId(), from: action.from, advice: action.advice, taken: 'open', at }] };
    case 'setAdviceTaken': {
      const entry = requireItem(state.advice, action.adviceId, 'advice', 'action.adviceId');
      return { ...state, advice: state.advice.map((a) => (a.id === entry.id ? { ...a, taken: action.taken } : a)) };
    }

    case 'addCriterion':
      return { ...state, criteria: [...state.criteria, { id: ctx.newId(), name: action.name, weight: action.weight }] };
    case 'updateCriterion': {
      const criterion = requireItem(state.criteria, action.criterionId, 'criterion', 'action.criterionId');
      const next = {
        ...criterion,
        ...(action.name !== undefined && { name: action.name }),
        ...(action.weight !== undefined && { weight: action.weight }),
      };
      return { ...state, criteria: state.criteria.map((c) => (c.id === criterion.id ? next : c)) };
    }
    case 'removeCriterion': {
      const criterion = requireItem(state.criteria, action.criterionId, 'criterion', 'action.criterionId');
      return {
        ...state,
        criteria: state.criteria.filter((c) => c.id !== criterion.id),
        scores: state.scores.filter((s) => s.criterionId !== criterion.id),
      };
    }
    case 'setScore': {
      requireItem(state.criteria, action.criterionId, 'criterion', 'action.criterionId');
      requireItem(state.options, action.optionId, 'option', 'action.optionId');
      const others = state.scores.filter((s) => !(s.criterionId === action.criterionId && s.optionId === action.optionId));
      const scores = action.score === null ? others : [...others, { criterionId: action.criterionId, optionId: action.optionId, score: action.score }];
      return { ...state, scores };
    }

    case 'startAgreementVote':
      if (action.optionId !== null) requireItem(state.options, action.optionId, 'option', 'action.optionId');
      return { ...state, agreement: { method: action.method, optionId: action.optionId, anonymous: action.anonymous, revealed: false, ballots: [] } };
    case 'castAgreement':
      return castAgreement(state, action);
    case 'startDotVote':
      return { ...state, dots: { dotsPerPerson: action.dotsPerPerson, anonymous: action.anonymous, revealed: false, ballots: [] } };
    case 'castDots':
      return castDots(state, action);
    case 'setVoteAnonymous': {
      const round = requireRound(state, action.round);
      if (round.revealed) throw new AppError('conflict', 'The votes are already revealed; start a new round to change anonymity', 'action.anonymous');
      return { ...state, [action.round]: { ...round, anonymous: action.anonymous } };
    }
    case 'revealVotes':
      return action.round === 'agreement' ? revealAgreement(state, ctx) : { ...state, dots: { ...requireRound(state, 'dots'), revealed: true } };

    case 'addConcern':
      return { ...state, concerns: [...state.concerns, newConcern(ctx, action.text, action.raisedBy)] };
    case 'setConcernStatus': {
      const concern = requireItem(state.concerns, action.concernId, 'concern', 'action.concernId');
      if (action.status === 'parked' && !action.owner) {
        throw new AppError('invalid_input', 'A parked concern needs an owner who follows it up', 'action.owner');
      }
      const next: Concern = { ...concern, status: action.status, owner: action.status === 'parked' ? action.owner : null, note: action.note };
      return { ...state, concerns: state.concerns.map((c) => (c.id === concern.id ? next : c)) };
    }

    case 'setOutcome':
      if (action.outcome?.kind === 'chosen') requireItem(state.options, action.outcome.optionId, 'option', 'action.outcome.optionId');
      return { ...state, outcome: action.outcome };
    case 'setConsequences':
      return { ...state, consequences: action.text };
    case 'setConfirmation':
      return { ...state, confirmation: action.text };
    case 'setReviewBy':
      return { ...state, reviewBy: action.date };
  }
}

/** The state a finished session keeps: the clock stopped, the last phase's time counted. */
export function stopSessionClock(state: SessionState, now: Date): SessionState {
  const spent = elapsedMs(state.timer, now);
  return {
    ...state,
    spentMs: { ...state.spentMs, [state.phase]: (state.spentMs[state.phase] ?? 0) + spent },
    timer: { ...startTimer(now), pausedAt: now.toISOString() },
  };
}

type CastAgreement = Extract<SessionAction, { type: 'castAgreement' }>;
type CastDots = Extract<SessionAction, { type: 'castDots' }>;

function castAgreement(state: SessionState, action: CastAgreement): SessionState {
  const round = requireRound(state, 'agreement');
  if (round.revealed) throw new AppError('conflict', 'The votes are already revealed; start a new round to vote again', 'action.level');
  requireVoter(state, action.participantId);
  const scale = AGREEMENT_SCALES[round.method];
  if (!isValidLevel(round.method, action.level)) {
    const levels = scale.levels.map((l) => l.level);
    throw new AppError('invalid_input', `${scale.name} takes a level from ${levels[0]} to ${levels.at(-1)}`, 'action.level');
  }
  if (action.level <= scale.concernAtOrBelow && !action.concern) {
    throw new AppError('invalid_input', 'A block or a low vote must name its concern, so the team can work on it', 'action.concern');
  }
  const ballot = { participantId: action.participantId, level: action.level, concern: action.concern || null };
  const ballots = [...round.ballots.filter((b) => b.participantId !== action.participantId), ballot];
  return { ...state, agreement: { ...round, ballots } };
}

function castDots(state: SessionState, action: CastDots): SessionState {
  const round = requireRound(state, 'dots');
  if (round.revealed) throw new AppError('conflict', 'The dots are already revealed; start a new round to vote again', 'action.dots');
  requireVoter(state, action.participantId);
  for (const optionId of Object.keys(action.dots)) requireItem(state.options, optionId, 'option', `action.dots.${optionId}`);
  const spent = dotsSpent(action);
  if (spent > round.dotsPerPerson) {
    throw new AppError('invalid_input', `Each person has ${round.dotsPerPerson} dots; this ballot spends ${spent}`, 'action.dots');
  }
  const ballots = [...round.ballots.filter((b) => b.participantId !== action.participantId), { participantId: action.participantId, dots: action.dots }];
  return { ...state, dots: { ...round, ballots } };
}

/** Revealing moves the concerns of low votes to the concerns list, anonymously if the round is. */
function revealAgreement(state: SessionState, ctx: ActionContext): SessionState {
  const round = requireRound(state, 'agreement');
  if (round.revealed) return state;
  const withConcern = round.ballots.filter((b) => b.concern);
  // In turn order an anonymous concern could be traced to whoever voted at that point.
  if (round.anonymous) withConcern.sort((a, b) => (a.concern as string).localeCompare(b.concern as string));
  const raised = withConcern.map((b) => newConcern(ctx, b.concern as string, round.anonymous ? null : nameOf(state.participants, b.participantId)));
  return { ...state, agreement: { ...round, revealed: true }, concerns: [...state.concerns, ...raised] };
}

function newConcern(ctx: ActionContext, text: string, raisedBy: string | null): Concern {
  return { id: ctx.newId(), text, raisedBy, status: 'open', owner: null, note: '' };
}

function requireVoter(state: SessionState, participantId: string): Participant {
  const participant = requireItem(state.participants, participantId, 'participant', 'action.participantId');
  if (participant.role === 'observer') {
    throw new AppError('invalid_input', `${participant.name} is an observer; observers do not vote`, 'action.participantId');
  }
  return participant;
}

function requireRound<K extends 'agreement' | 'dots'>(state: SessionState, round: K): NonNullable<SessionState[K]> {
  const current = state[round];
  if (!current) {
    const what = round === 'agreement' ? 'an agreement vote' : 'a dot vote';
    throw new AppError('conflict', `Start ${what} first`, 'action.round');
  }
  return current as NonNullable<SessionState[K]>;
}

function requireItem<T extends { id: string }>(items: readonly T[], id: string, what: string, field: string): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new AppError('not_found', `No ${what} ${id} in this session`, field);
  return item;
}

function requireUniqueOptionName(state: SessionState, name: string, exceptId: string | null): void {
  if (state.options.some((o) => o.id !== exceptId && o.name.toLowerCase() === name.toLowerCase())) {
    throw new AppError('invalid_input', `There is already an option named "${name}"`, 'action.name');
  }
}

function withoutBallotsOf(state: SessionState, participantId: string): SessionState {
  return {
    ...state,
    agreement: state.agreement && { ...state.agreement, ballots: state.agreement.ballots.filter((b) => b.participantId !== participantId) },
    dots: state.dots && { ...state.dots, ballots: state.dots.ballots.filter((b) => b.participantId !== participantId) },
  };
}

function nameOf(participants: readonly Participant[], id: string | null): string | null {
  return participants.find((p) => p.id === id)?.name ?? null;
}

