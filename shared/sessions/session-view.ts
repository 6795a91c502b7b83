import { shownBallots } from './ballot-box';
import type { AgreementBallot, DotRound, PastRound, ScoreBallot, SessionState } from './session';

/**
 * The session as it may be shown: until a round is revealed its ballots say only who has voted;
 * once an anonymous round is revealed they no longer say who voted what (and come sorted by content,
 * so their order gives no one away). No view carries a voter key. `identify` lets the core, which holds
 * an anonymous round's secret in memory, name who has voted before the reveal (never what).
 */
export function sessionView(state: SessionState, identify?: (voterKey: string) => string | null): SessionState {
  const { agreement, dots, scoring } = state;
  return {
    ...state,
    agreement: agreement && { ...agreement, ballots: shownBallots(agreement.ballots, agreement, hideLevel, agreementOrder, identify) },
    dots: dots && { ...dots, ballots: shownBallots(dots.ballots, dots, hideDots, dotsOrder, identify) },
    scoring: scoring && { ...scoring, ballots: shownBallots(scoring.ballots, scoring, hideScores, scoresOrder, identify) },
    pastRounds: state.pastRounds.map(pastView),
  };
}

const hideLevel = (b: AgreementBallot): AgreementBallot => ({ ...b, level: null, concern: null });
const hideDots = (b: DotRound['ballots'][number]): DotRound['ballots'][number] => ({ ...b, dots: null });
const hideScores = (b: ScoreBallot): ScoreBallot => ({ ...b, scores: null });
const agreementOrder = (b: AgreementBallot) => `${String(b.level ?? 0).padStart(3, '0')}:${b.concern ?? ''}`;
const dotsOrder = (b: DotRound['ballots'][number]) => JSON.stringify(b.dots);
const scoresOrder = (b: ScoreBallot) => JSON.stringify(b.scores);

function pastView(past: PastRound): PastRound {
  switch (past.kind) {
    case 'agreement':
      return { ...past, round: { ...past.round, ballots: shownBallots(past.round.ballots, past.round, hideLevel, agreementOrder) } };
    case 'dots':
      return { ...past, round: { ...past.round, ballots: shownBallots(past.round.ballots, past.round, hideDots, dotsOrder) } };
    case 'scoring':
      return { ...past, round: { ...past.round, ballots: shownBallots(past.round.ballots, past.round, hideScores, scoresOrder) } };
  }
}
