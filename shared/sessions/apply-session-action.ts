import { AppError } from '../api/api-result';
import type { CalendarDate } from '../domain/calendar-date';
import { AGREEMENT_SCALES, CONCERN_REQUIRED, isValidLevel, lacksConcern } from './agreement-scale';
import { castBallot, isBallotOf, sealBallots, voterOf, type VoteRound, type VoterKeys } from './ballot-box';
import { dotBallotProblem } from './dot-voting';
import { elapsedMs, extendTimer, pauseTimer, resumeTimer, startTimer } from './phase-timer';
import type { AgreementBallot, Concern, DotRound, Participant, PastRound, ScoreBallot, SessionState } from './session';
import type { SessionAction } from './session-action';

export interface ActionContext extends VoterKeys {
  now: Date;
  /** Makes the id of a new option, participant, concern … */
  newId: () => string;
  /**
   * The facilitator's calendar date, for refusing a revisit date in the past. Without it, the date of
   * `now` in UTC is taken, which is at most a day off.
   */
  today?: CalendarDate;
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
        scoring: withoutCells(state.scoring, (c) => c.optionId !== option.id),
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
      return action.role === 'observer' ? withoutBallotsOf(next, participant.id, ctx) : next;
    }
    case 'removeParticipant': {
      const participant = requireItem(state.participants, action.participantId, 'participant', 'action.participantId');
      return withoutBallotsOf({ ...state, participants: state.participants.filter((p) => p.id !== participant.id) }, participant.id, ctx);
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
        scoring: withoutCells(state.scoring, (c) => c.criterionId !== criterion.id),
      };
    }
    case 'setScore': {
      requireItem(state.criteria, action.criterionId, 'criterion', 'action.criterionId');
      requireItem(state.options, action.optionId, 'option', 'action.optionId');
      const others = state.scores.filter((s) => !(s.criterionId === action.criterionId && s.optionId === action.optionId));
      // Kept in one order, so a ballot says nothing about the order its cells were scored in.
  const scores = (action.score === null ? others : [...others, { criterionId: action.criterionId, optionId: action.optionId, score: action.score }]).sort((a, b) =>
    `${a.criterionId}|${a.optionId}`.localeCompare(`${b.criterionId}|${b.optionId}`),
  );
      return { ...state, scores };
    }

    case 'startAgreementVote':
      if (action.optionId !== null) requireItem(state.options, action.optionId, 'option', 'action.optionId');
      return {
        ...keepRevealed(state, 'agreement'),
        agreement: { method: action.method, optionId: action.optionId, anonymous: action.anonymous, revealed: false, ballots: [] },
      };
    case 'castAgreement':
      return castAgreement(state, action, ctx);
    case 'startDotVote':
      return { ...keepRevealed(state, 'dots'), dots: { dotsPerPerson: action.dotsPerPerson, anonymous: action.anonymous, revealed: false, ballots: [] } };
    case 'castDots':
      return castDots(state, action, ctx);
    case 'startScoring':
      return { ...keepRevealed(state, 'scoring'), scoring: { anonymous: action.anonymous, revealed: false, ballots: [] } };
    case 'castScore':
      return castScore(state, action, ctx);
    case 'setVoteAnonymous':
      return setAnonymous(state, action.round, action.anonymous, ctx);
    case 'revealVotes':
      return reveal(state, action.round, ctx);

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
      if (action.outcome?.kind === 'not-now') requireNotPast(action.outcome.revisitOn, ctx, 'action.outcome.revisitOn', 'revisit');
      return { ...state, outcome: action.outcome };
    case 'setConsequences':
      return { ...state, consequences: action.text };
    case 'setConfirmation':
      return { ...state, confirmation: action.text };
    case 'setReviewBy':
      if (action.date !== null) requireNotPast(action.date, ctx, 'action.date', 'review');
      return { ...state, reviewBy: action.date };
  }
}

/** A revisit or review date is for later: one already past would make the decision overdue the day it is made. */
function requireNotPast(date: CalendarDate, ctx: ActionContext, field: string, what: 'revisit' | 'review'): void {
  const today = ctx.today ?? ctx.now.toISOString().slice(0, 10);
  if (date < today) throw new AppError('invalid_input', `Pick a ${what} date from today on; ${date} has already passed`, field);
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
type CastScore = Extract<SessionAction, { type: 'castScore' }>;

const agreementContent = (b: AgreementBallot) => `${String(b.level ?? 0).padStart(3, '0')}:${b.concern ?? ''}`;
const dotsContent = (b: DotRound['ballots'][number]) => JSON.stringify(b.dots);
const scoresContent = (b: ScoreBallot) => JSON.stringify(b.scores);

function castAgreement(state: SessionState, action: CastAgreement, ctx: ActionContext): SessionState {
  const round = requireRound(state, 'agreement');
  if (round.revealed) throw new AppError('conflict', 'The votes are already revealed; start a new round to vote again', 'action.level');
  requireVoter(state, action.participantId);
  const scale = AGREEMENT_SCALES[round.method];
  if (!isValidLevel(round.method, action.level)) {
    const levels = scale.levels.map((l) => l.level);
    throw new AppError('invalid_input', `${scale.name} takes a level from ${levels[0]} to ${levels.at(-1)}`, 'action.level');
  }
  if (lacksConcern(round.method, action.level, action.concern)) throw new AppError('invalid_input', CONCERN_REQUIRED, 'action.concern');
  const ballot = { ...voterOf(round.anonymous, action.participantId, ctx, 'agreement'), level: action.level, concern: action.concern || null };
  return { ...state, agreement: { ...round, ballots: castBallot(round.ballots, ballot, action.participantId, ctx, 'agreement') } };
}

function castDots(state: SessionState, action: CastDots, ctx: ActionContext): SessionState {
  const round = requireRound(state, 'dots');
  if (round.revealed) throw new AppError('conflict', 'The dots are already revealed; start a new round to vote again', 'action.dots');
  requireVoter(state, action.participantId);
  for (const optionId of Object.keys(action.dots)) requireItem(state.options, optionId, 'option', `action.dots.${optionId}`);
  const problem = dotBallotProblem(action.dots, round.dotsPerPerson, state.options.map((o) => o.id));
  if (problem) throw new AppError('invalid_input', problem, 'action.dots');
  const ballot = { ...voterOf(round.anonymous, action.participantId, ctx, 'dots'), dots: action.dots };
  return { ...state, dots: { ...round, ballots: castBallot(round.ballots, ballot, action.participantId, ctx, 'dots') } };
}

/** One participant's score on one cell; their other cells stay as they scored them. */
function castScore(state: SessionState, action: CastScore, ctx: ActionContext): SessionState {
  const round = requireRound(state, 'scoring');
  if (round.revealed) throw new AppError('conflict', 'The scores are already revealed; start a new scoring round to score again', 'action.score');
  requireVoter(state, action.participantId);
  requireItem(state.criteria, action.criterionId, 'criterion', 'action.criterionId');
  requireItem(state.options, action.optionId, 'option', 'action.optionId');
  const previous = round.ballots.find((b) => isBallotOf(b, action.participantId, ctx, 'scoring'));
  const others = (previous?.scores ?? []).filter((s) => !(s.criterionId === action.criterionId && s.optionId === action.optionId));
  // Kept in one order, so a ballot says nothing about the order its cells were scored in.
  const scores = (action.score === null ? others : [...others, { criterionId: action.criterionId, optionId: action.optionId, score: action.score }]).sort((a, b) =>
    `${a.criterionId}|${a.optionId}`.localeCompare(`${b.criterionId}|${b.optionId}`),
  );
  const ballot = { ...voterOf(round.anonymous, action.participantId, ctx, 'scoring'), scores };
  const ballots = castBallot(round.ballots, ballot, action.participantId, ctx, 'scoring').filter((b) => (b.scores ?? []).length > 0);
  return { ...state, scoring: { ...round, ballots } };
}

/**
 * Anonymity can change until the reveal, but a round whose ballots were cast in secret stays secret:
 * people voted on that promise.
 */
function setAnonymous(state: SessionState, which: VoteRound, anonymous: boolean, ctx: ActionContext): SessionState {
  const round = requireRound(state, which);
  if (round.revealed) throw new AppError('conflict', 'The votes are already revealed; start a new round to change anonymity', 'action.anonymous');
  if (round.anonymous && !anonymous && round.ballots.length > 0) {
    throw new AppError('conflict', 'These votes were cast anonymously; start a new round to vote with names shown', 'action.anonymous');
  }
  const rekey = <B extends { participantId: string | null; voterKey?: string }>(ballots: readonly B[]): B[] =>
    ballots.map((b) => (b.participantId !== null ? { ...b, ...voterOf(anonymous, b.participantId, ctx, which) } : b));
  switch (which) {
    case 'agreement':
      return { ...state, agreement: { ...requireRound(state, 'agreement'), anonymous, ballots: rekey(requireRound(state, 'agreement').ballots) } };
    case 'dots':
      return { ...state, dots: { ...requireRound(state, 'dots'), anonymous, ballots: rekey(requireRound(state, 'dots').ballots) } };
    case 'scoring':
      return { ...state, scoring: { ...requireRound(state, 'scoring'), anonymous, ballots: rekey(requireRound(state, 'scoring').ballots) } };
  }
}

function reveal(state: SessionState, which: VoteRound, ctx: ActionContext): SessionState {
  switch (which) {
    case 'agreement':
      return revealAgreement(state, ctx);
    case 'dots': {
      const round = requireRound(state, 'dots');
      if (round.revealed) return state;
      return { ...state, dots: { ...round, revealed: true, ballots: sealBallots(round.ballots, round.anonymous, dotsContent) } };
    }
    case 'scoring': {
      const round = requireRound(state, 'scoring');
      if (round.revealed) return state;
      return { ...state, scoring: { ...round, revealed: true, ballots: sealBallots(round.ballots, round.anonymous, scoresContent) } };
    }
  }
}

/** Revealing moves the concerns of low votes to the concerns list, anonymously if the round is. */
function revealAgreement(state: SessionState, ctx: ActionContext): SessionState {
  const round = requireRound(state, 'agreement');
  if (round.revealed) return state;
  const withConcern = round.ballots.filter((b) => b.concern);
  // In turn order an anonymous concern could be traced to whoever voted at that point.
  if (round.anonymous) withConcern.sort((a, b) => (a.concern as string).localeCompare(b.concern as string));
  const raised = withConcern.map((b) => newConcern(ctx, b.concern as string, round.anonymous ? null : nameOf(state.participants, b.participantId)));
  return {
    ...state,
    agreement: { ...round, revealed: true, ballots: sealBallots(round.ballots, round.anonymous, agreementContent) },
    concerns: [...state.concerns, ...raised],
  };
}

/** Before a new round replaces one, a revealed round goes to the past rounds, so the minutes keep its result. */
function keepRevealed(state: SessionState, which: VoteRound): SessionState {
  const current = state[which];
  if (!current?.revealed) return state;
  const past: PastRound =
    which === 'agreement' ? { kind: 'agreement', round: state.agreement! } : which === 'dots' ? { kind: 'dots', round: state.dots! } : { kind: 'scoring', round: state.scoring! };
  return { ...state, pastRounds: [...state.pastRounds, past] };
}

function withoutCells(round: SessionState['scoring'], keep: (score: { criterionId: string; optionId: string }) => boolean): SessionState['scoring'] {
  return round && { ...round, ballots: round.ballots.map((b) => ({ ...b, scores: b.scores && b.scores.filter(keep) })) };
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

function requireRound<K extends VoteRound>(state: SessionState, round: K): NonNullable<SessionState[K]> {
  const current = state[round];
  if (!current) {
    const what = round === 'agreement' ? 'an agreement vote' : round === 'dots' ? 'a dot vote' : 'a scoring round';
    throw new AppError('conflict', `Start ${what} first`, 'action.round');
  }
  return current;
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

function withoutBallotsOf(state: SessionState, participantId: string, ctx: ActionContext): SessionState {
  const others = <B extends { participantId: string | null; voterKey?: string }>(ballots: readonly B[], round: VoteRound) =>
    ballots.filter((b) => !isBallotOf(b, participantId, ctx, round));
  return {
    ...state,
    agreement: state.agreement && { ...state.agreement, ballots: others(state.agreement.ballots, 'agreement') },
    dots: state.dots && { ...state.dots, ballots: others(state.dots.ballots, 'dots') },
    scoring: state.scoring && { ...state.scoring, ballots: others(state.scoring.ballots, 'scoring') },
  };
}

function nameOf(participants: readonly Participant[], id: string | null): string | null {
  return participants.find((p) => p.id === id)?.name ?? null;
}

