import { randomUUID } from 'node:crypto';
import type { Services } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import type { DecisionContent } from '../../../shared/domain/decision';
import { buildAdrDraft } from '../../../shared/sessions/adr-draft';
import { applySessionAction, stopSessionClock } from '../../../shared/sessions/apply-session-action';
import { doneCheckGaps } from '../../../shared/sessions/done-check';
import { newSessionState } from '../../../shared/sessions/new-session-state';
import type { Session, SessionState, SessionSummary } from '../../../shared/sessions/session';
import { renderSessionMinutes } from '../../../shared/sessions/session-minutes';
import { sessionView } from '../../../shared/sessions/session-view';
import type { SessionAction } from '../../../shared/sessions/session-action';
import type { VoteRound } from '../../../shared/sessions/ballot-box';
import { calendarDateIn, runtimeTimeZone } from '../../../shared/rotations/zoned-time';
import type { CoreContext } from '../core-context';
import { checkChosenOption, decisionWithLinks, requireLiveDecision, supersedeAllOf } from '../decisions';
import { requireWorkspaceExists } from '../workspace';
import type { SessionRecord, SessionStore } from './session-store';
import { createDecisionRecord } from './session-decision';
import { VoterSecrets } from './voter-secrets';

type SessionServices = Pick<Services, 'listSessions' | 'createSession' | 'getSession' | 'changeSession' | 'finishSession' | 'getSessionMinutes'>;

export function sessionServices(ctx: CoreContext): SessionServices {
  const { sessions } = ctx.sessions;
  const newId = () => randomUUID();
  // In this process's memory only: the database never learns who cast an anonymous ballot (ADR 0016).
  const secrets = new VoterSecrets();
  const view = (record: SessionRecord) => toSession(ctx, record, secrets.identify(record.id, record.state));

  return {
    listSessions: ({ workspaceId, decisionId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      const records = decisionId ? sessions.listByDecision(decisionId).filter((r) => r.workspaceId === workspaceId) : sessions.listByWorkspace(workspaceId);
      return records.map((record) => toSummary(ctx, record));
    },

    createSession: ({ workspaceId, decisionId, title, timeZone }) =>
      ctx.write(() => {
        requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
        const decision = decisionId
          ? requireLiveDecision(ctx, decisionId, 'decisionId')
          : createDecisionRecord(ctx, workspaceId, title as string, calendarDateIn(timeZone ?? runtimeTimeZone(), ctx.now()));
        if (decision.workspaceId !== workspaceId) throw new AppError('invalid_input', 'The decision belongs to another workspace', 'decisionId');
        const now = ctx.now();
        const at = now.toISOString();
        const record: SessionRecord = {
          id: randomUUID(),
          workspaceId,
          decisionId: decision.id,
          status: 'running',
          state: newSessionState(decision.content, now, newId),
          createdAt: at,
          updatedAt: at,
          finishedAt: null,
          finishedRevision: null,
        };
        sessions.insert(record);
        return view(record);
      }),

    getSession: ({ id }) => view(requireSession(sessions, id)),

    changeSession: ({ id, action, timeZone }) =>
      ctx.write(() => {
        const record = requireRunningSession(sessions, id);
        const now = ctx.now();
        const cast = castRound(action);
        if (cast && record.state[cast]?.anonymous && secrets.hasUntraceableBallots(id, record.state, cast)) {
          throw new AppError(
            'conflict',
            'This anonymous round was opened before Cairn restarted, so a new vote could not replace an earlier one. Reveal the round, or start a new one to vote again.',
          );
        }
        const today = calendarDateIn(timeZone ?? runtimeTimeZone(), now);
        const state = applySessionAction(record.state, action, { now, newId, today, voterKey: secrets.keysOf(id) });
        const started = startedRound(action);
        if (started) secrets.renew(id, started);
        if (action.type === 'revealVotes') secrets.drop(id, action.round);
        const next = { ...record, state, updatedAt: now.toISOString() };
        sessions.update(next);
        return view(next);
      }),

    finishSession: ({ id, acceptAnyway }) =>
      ctx.write(() => {
        const record = requireRunningSession(sessions, id);
        const { outcome } = record.state;
        if (!outcome) throw new AppError('invalid_input', 'Choose an option, or "not now" with a revisit date, before finishing the session', 'outcome');
        const decision = requireLiveDecision(ctx, record.decisionId);
        const gaps = outcome.kind === 'chosen' ? doneCheckGaps(record.state) : [];
        if (gaps.length && !acceptAnyway) {
          throw new AppError('conflict', `The decision is not ready to accept: ${gaps.map((g) => g.label.toLowerCase()).join('; ')} missing. Fill the gaps or accept anyway.`, 'acceptAnyway');
        }
        const draft = withGapsNoted(buildAdrDraft(decision.content, sessionView(record.state)), gaps.map((g) => g.label));
        checkChosenOption(draft, 'outcome');
        const saved = ctx.writer.revise(decision, draft, revisionSummary(record.state));
        if (saved.content.status !== decision.content.status) supersedeAllOf(ctx, saved);
        const now = ctx.now();
        const finished: SessionRecord = {
          ...record,
          status: 'finished',
          state: stopSessionClock(record.state, now),
          updatedAt: now.toISOString(),
          finishedAt: now.toISOString(),
          finishedRevision: saved.revision,
        };
        sessions.update(finished);
        secrets.dropSession(id);
        return { session: view(finished), decision: decisionWithLinks(ctx, saved) };
      }),

    getSessionMinutes: ({ id, timeZone }) => ({
      markdown: renderSessionMinutes(toSession(ctx, requireSession(sessions, id)), ctx.now(), timeZone ?? runtimeTimeZone()),
    }),
  };
}

function requireSession(sessions: SessionStore, id: string): SessionRecord {
  const record = sessions.find(id);
  if (!record) throw new AppError('not_found', `Session ${id} not found`, 'id');
  return record;
}

function requireRunningSession(sessions: SessionStore, id: string): SessionRecord {
  const record = requireSession(sessions, id);
  if (record.status === 'finished') throw new AppError('conflict', 'This session is finished; start a new session to change the decision again', 'id');
  return record;
}

/** The round a vote is cast into. */
function castRound(action: SessionAction): VoteRound | null {
  return action.type === 'castAgreement' ? 'agreement' : action.type === 'castDots' ? 'dots' : action.type === 'castScore' ? 'scoring' : null;
}

/** The round an action starts afresh. */
function startedRound(action: SessionAction): VoteRound | null {
  return action.type === 'startAgreementVote' ? 'agreement' : action.type === 'startDotVote' ? 'dots' : action.type === 'startScoring' ? 'scoring' : null;
}


/** The session as callers see it: `identify` names who has voted in an anonymous round before the reveal, never what. */
function toSession(ctx: CoreContext, record: SessionRecord, identify?: (voterKey: string) => string | null): Session {
  const decision = ctx.decisions.find(record.decisionId);
  return {
    id: record.id,
    workspaceId: record.workspaceId,
    decisionId: record.decisionId,
    decisionNumber: decision?.number ?? 0,
    title: decision?.content.title ?? '',
    status: record.status,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    finishedAt: record.finishedAt,
    finishedRevision: record.finishedRevision,
    state: sessionView(record.state, identify),
  };
}

function toSummary(ctx: CoreContext, record: SessionRecord): SessionSummary {
  const { state, ...session } = toSession(ctx, record);
  const { outcome } = state;
  return {
    ...session,
    phase: state.phase,
    participantCount: state.participants.length,
    outcome: outcome?.kind ?? null,
    chosenOption: outcome?.kind === 'chosen' ? (state.options.find((o) => o.id === outcome.optionId)?.name ?? null) : null,
    revisitOn: outcome?.kind === 'not-now' ? outcome.revisitOn : null,
  };
}

function revisionSummary(state: SessionState): string {
  const { outcome } = state;
  if (outcome?.kind === 'chosen') return `Decided in a session: "${state.options.find((o) => o.id === outcome.optionId)?.name ?? ''}" accepted`;
  return `Decided in a session: not now, revisit on ${outcome?.kind === 'not-now' ? outcome.revisitOn : ''}`;
}

function withGapsNoted(draft: DecisionContent, gaps: readonly string[]): DecisionContent {
  if (!gaps.length) return draft;
  const note = ['Accepted with gaps in the done-check:', '', ...gaps.map((g) => `* ${g}`)].join('\n');
  return { ...draft, moreInformation: [draft.moreInformation.trim(), note].filter(Boolean).join('\n\n') };
}
