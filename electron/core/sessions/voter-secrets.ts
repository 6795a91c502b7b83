import { createHmac, randomBytes } from 'node:crypto';
import type { VoteRound } from '../../../shared/sessions/ballot-box';
import type { SessionState } from '../../../shared/sessions/session';

/**
 * The secrets that key the ballots of anonymous rounds (ADR 0016): one per session and round, made
 * when the round starts (or its first ballot is cast), held in this process's memory only, and dropped
 * at the reveal. A stored ballot carries HMAC(secret, participant id) and no participant, so the
 * database never links a vote to a person; while the round is open the core can still recognise a
 * person changing their vote, and tell the facilitator who has voted (never what).
 */
export class VoterSecrets {
  private readonly secrets = new Map<string, Buffer>();

  /** The key function the session logic takes; a round without a secret gets one. */
  keysOf(sessionId: string): (participantId: string, round: VoteRound) => string {
    return (participantId, round) => keyOf(this.secretOf(sessionId, round, true)!, participantId);
  }

  /** A round starts: ballots of an earlier round of its kind can no longer be traced, even in memory. */
  renew(sessionId: string, round: VoteRound): void {
    this.secrets.set(slot(sessionId, round), randomBytes(32));
  }

  drop(sessionId: string, round: VoteRound): void {
    this.secrets.delete(slot(sessionId, round));
  }

  dropSession(sessionId: string): void {
    for (const round of ROUNDS) this.drop(sessionId, round);
  }

  /** The participant behind an anonymous ballot's key, for "who has voted"; null when unknown. */
  identify(sessionId: string, state: SessionState): (voterKey: string) => string | null {
    return (voterKey) => {
      for (const round of ROUNDS) {
        const secret = this.secretOf(sessionId, round, false);
        if (!secret) continue;
        const participant = state.participants.find((p) => keyOf(secret, p.id) === voterKey);
        if (participant) return participant.id;
      }
      return null;
    };
  }

  /**
   * Whether the round holds keyed ballots this process cannot trace (it was opened before Cairn
   * restarted, and the secret went with the old process): a person voting again could not replace
   * their ballot and would count twice.
   */
  hasUntraceableBallots(sessionId: string, state: SessionState, round: VoteRound): boolean {
    const keyed = (state[round]?.ballots ?? []).flatMap((b) => (b.voterKey === undefined ? [] : [b.voterKey]));
    if (keyed.length === 0) return false;
    const known = this.identify(sessionId, state);
    return keyed.some((key) => known(key) === null);
  }

  private secretOf(sessionId: string, round: VoteRound, create: boolean): Buffer | undefined {
    const id = slot(sessionId, round);
    if (!this.secrets.has(id) && create) this.secrets.set(id, randomBytes(32));
    return this.secrets.get(id);
  }
}

const ROUNDS: readonly VoteRound[] = ['agreement', 'dots', 'scoring'];

function slot(sessionId: string, round: VoteRound): string {
  return `${sessionId}:${round}`;
}

function keyOf(secret: Buffer, participantId: string): string {
  return createHmac('sha256', secret).update(participantId).digest('base64url');
}
