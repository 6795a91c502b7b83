import { describe, expect, it } from 'vitest';
import { ASK_AFTER_MS, formatElapsed, peersToAsk, stuckAdvice, stuckStage, WALK_AFTER_MS } from './stuck-advice';

describe('stuck advice', () => {
  it('suggests a walk at 4 hours and asking peers at 8', () => {
    expect(stuckStage(WALK_AFTER_MS - 1)).toBe('working');
    expect(stuckStage(WALK_AFTER_MS)).toBe('walk');
    expect(stuckStage(ASK_AFTER_MS - 1)).toBe('walk');
    expect(stuckStage(ASK_AFTER_MS)).toBe('ask-peers');
  });

  it('names the peers to ask', () => {
    expect(stuckAdvice('ask-peers', ['Grace', 'Linus'])).toBe('Eight hours: time to ask a peer — Grace, Linus.');
    expect(stuckAdvice('ask-peers', [])).toBe('Eight hours: time to ask a peer for a second pair of eyes.');
    expect(stuckAdvice('walk', ['Grace'])).toBe('Four hours on this one: take a walk, then come back to it fresh.');
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(45 * 60_000)).toBe('45 min');
    expect(formatElapsed(4 * 3_600_000 + 5 * 60_000)).toBe('4 h 05 min');
  });
});

describe('peers to ask', () => {
  it('never suggests the person who is stuck, however they wrote their name', () => {
    const team = ['Grace', 'Zoë Ng', 'Linus', 'grace', ' Ada '];
    expect(peersToAsk(team, 'zoe  ng')).toEqual(['Ada', 'Grace', 'Linus']);
    expect(stuckAdvice('ask-peers', ['Grace', 'Linus', 'Zoë Ng'], 'Zoe Ng')).toBe('Eight hours: time to ask a peer — Grace, Linus.');
    expect(stuckAdvice('ask-peers', ['Linus'], 'linus')).toBe('Eight hours: time to ask a peer for a second pair of eyes.');
    // The profile says "Ada Lovelace", the rotation "Ada".
    expect(peersToAsk(['Ada', 'Grace', 'Ada Byron'], 'Ada Lovelace')).toEqual(['Ada Byron', 'Grace']);
  });
});
