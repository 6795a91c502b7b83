import type { SessionState } from './session';

/**
 * The session as it may be shown: until a round is revealed its ballots say only who has voted;
 * once an anonymous round is revealed they no longer say who voted what (and come sorted by level,
 * so their order gives no one away).
 */
export function sessionView(state: SessionState): SessionState {
  const { agreement, dots } = state;
  return {
    ...state,
    agreement: agreement && {
      ...agreement,
      ballots: !agreement.revealed
        ? agreement.ballots.map((b) => ({ participantId: b.participantId, level: null, concern: null }))
        : agreement.anonymous
          ? agreement.ballots.map((b) => ({ ...b, participantId: null })).sort((a, b) => (a.level ?? 0) - (b.level ?? 0))
          : agreement.ballots,
    },
    dots: dots && {
      ...dots,
      ballots: !dots.revealed
        ? dots.ballots.map((b) => ({ participantId: b.participantId, dots: null }))
        : dots.anonymous
          ? dots.ballots.map((b) => ({ ...b, participantId: null })).sort((a, b) => JSON.stringify(a.dots).localeCompare(JSON.stringify(b.dots)))
          : dots.ballots,
    },
  };
}
