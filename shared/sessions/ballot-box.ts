/** The rounds whose ballots are cast hidden and revealed together. */
export type VoteRound = 'agreement' | 'dots' | 'scoring';

/** How a ballot says who cast it (see BallotVoter in session.ts). */
export interface BallotIdentity {
  participantId: string | null;
  voterKey?: string;
}

/**
 * What the core lends the pure session logic to keep anonymous rounds anonymous: a key for a
 * participant in a round, from a secret it holds only in memory, one per round. Stored ballots then
 * carry the key, never the participant, and the key goes at the reveal.
 */
export interface VoterKeys {
  voterKey?: (participantId: string, round: VoteRound) => string;
}

/** How a participant's ballot is stored in a round. */
export function voterOf(anonymous: boolean, participantId: string, keys: VoterKeys, round: VoteRound): BallotIdentity {
  return anonymous && keys.voterKey ? { participantId: null, voterKey: keys.voterKey(participantId, round) } : { participantId };
}

/** Whether a stored ballot of a round is this participant's. */
export function isBallotOf(ballot: BallotIdentity, participantId: string, keys: VoterKeys, round: VoteRound): boolean {
  if (ballot.participantId === participantId) return true;
  return ballot.voterKey !== undefined && keys.voterKey !== undefined && ballot.voterKey === keys.voterKey(participantId, round);
}

/** The round's ballots with this participant's replaced by `ballot` (a person votes once, and may change it). */
export function castBallot<B extends BallotIdentity>(ballots: readonly B[], ballot: B, participantId: string, keys: VoterKeys, round: VoteRound): B[] {
  return [...ballots.filter((b) => !isBallotOf(b, participantId, keys, round)), ballot];
}

/**
 * The ballots of a round being revealed. An anonymous round loses every trace of who voted: no
 * participant id, no key, and an order by content instead of the order people voted in.
 */
export function sealBallots<B extends BallotIdentity>(ballots: readonly B[], anonymous: boolean, content: (ballot: B) => string): B[] {
  if (!anonymous) return [...ballots];
  return ballots.map((b) => ({ ...withoutKey(b), participantId: null })).sort((a, b) => content(a).localeCompare(content(b)));
}

/**
 * A round's ballots as they may be shown. Hidden: only who has voted (`identify` maps an anonymous
 * key back to its participant for the facilitator's "who has voted", in memory; without it, nobody is
 * named), never what. Revealed: everything, but in an anonymous round nobody.
 */
export function shownBallots<B extends BallotIdentity>(
  ballots: readonly B[],
  round: { anonymous: boolean; revealed: boolean },
  hide: (ballot: B) => B,
  content: (ballot: B) => string,
  identify?: (voterKey: string) => string | null,
): B[] {
  if (!round.revealed) {
    return ballots.map((b) => ({ ...withoutKey(hide(b)), participantId: b.participantId ?? (b.voterKey !== undefined ? (identify?.(b.voterKey) ?? null) : null) }));
  }
  return sealBallots(ballots, round.anonymous, content).map(withoutKey);
}

function withoutKey<B extends BallotIdentity>(ballot: B): B {
  const { voterKey: _key, ...rest } = ballot;
  return rest as B;
}
