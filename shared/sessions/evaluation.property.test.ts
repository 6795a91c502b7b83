import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseEvaluation } from './evaluation-summary';
import type { SessionState } from './session';
import { sessionHarness } from './session-harness.test-support';
import { sessionView } from './session-view';

// Random rounds of votes, dots and scores, cast by random people in random order: the spread shown is
// the spread cast, nothing shows before the reveal, and an anonymous round never tells who voted
// what. CAIRN_MODEL_SEED / CAIRN_MODEL_RUNS replay or widen a run.
const SEED = Number(process.env.CAIRN_MODEL_SEED ?? 192026);
const RUNS = Number(process.env.CAIRN_MODEL_RUNS ?? 150);
const PEOPLE = ['Ada', 'Grace', 'Linus', 'Margaret', 'Ken'];

type Cast =
  | { kind: 'agreement'; who: number; level: number }
  | { kind: 'dots'; who: number; a: number; b: number }
  | { kind: 'score'; who: number; criterion: number; option: number; score: number | null };

const casts = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('agreement' as const), who: fc.nat(4), level: fc.integer({ min: 2, max: 5 }) }),
    fc.record({ kind: fc.constant('dots' as const), who: fc.nat(4), a: fc.nat(3), b: fc.nat(3) }),
    fc.record({ kind: fc.constant('score' as const), who: fc.nat(4), criterion: fc.nat(1), option: fc.nat(2), score: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 6 }) }),
  ),
  { maxLength: 30 },
);

/** A session with five voters, three options and two criteria, every round started; `keyed`: the core keys anonymous rounds. */
function session(anonymous: boolean, keyed: boolean) {
  const s = sessionHarness('2025-06-15T10:00:00Z', keyed ? { voterKey: (id: string) => `k:${id.split('').reverse().join('')}` } : {});
  for (const name of PEOPLE) s.act({ type: 'addParticipant', name, role: 'consulted' });
  for (const name of ['Kafka', 'RabbitMQ', 'SQS']) s.act({ type: 'addOption', name });
  s.act({ type: 'addCriterion', name: 'Cost', weight: 2 });
  s.act({ type: 'addCriterion', name: 'Operability', weight: 3 });
  s.act({ type: 'startAgreementVote', method: 'fist-of-five', anonymous });
  s.act({ type: 'startDotVote', dotsPerPerson: 3, anonymous });
  s.act({ type: 'startScoring', anonymous });
  return s;
}

function play(anonymous: boolean, keyed: boolean, list: readonly Cast[]) {
  const s = session(anonymous, keyed);
  const people = PEOPLE.map((n) => s.idOf(n));
  const options = ['Kafka', 'RabbitMQ', 'SQS'].map((n) => s.idOf(n));
  const criteria = ['Cost', 'Operability'].map((n) => s.idOf(n));
  const ids = [...people];
  // The model: each person's latest vote, dots and score per cell.
  const levels = new Map<string, number>();
  const dots = new Map<string, Record<string, number>>();
  const scores = new Map<string, Map<string, number>>();
  for (const cast of list) {
    const who = people[cast.who]!;
    if (cast.kind === 'agreement') {
      s.act({ type: 'castAgreement', participantId: who, level: cast.level });
      levels.set(who, cast.level);
    } else if (cast.kind === 'dots') {
      const a = Math.min(cast.a, 3);
      const ballot = { [options[0]!]: a, [options[1]!]: Math.min(cast.b, 3 - a) };
      s.act({ type: 'castDots', participantId: who, dots: ballot });
      dots.set(who, ballot);
    } else {
      const cell = `${criteria[cast.criterion]}|${options[cast.option]}`;
      s.act({ type: 'castScore', participantId: who, criterionId: criteria[cast.criterion]!, optionId: options[cast.option]!, score: cast.score });
      const mine = scores.get(who) ?? new Map<string, number>();
      if (cast.score === null) mine.delete(cell);
      else mine.set(cell, cast.score);
      if (mine.size === 0) scores.delete(who);
      else scores.set(who, mine);
    }
    if (anonymous && keyed) expectNobodyNamed(s.state, ids);
  }
  return { s, ids, options, criteria, levels, dots, scores };
}

/** No ballot of any round names a participant. */
function expectNobodyNamed(state: SessionState, ids: readonly string[]): void {
  const ballots = JSON.stringify([state.agreement?.ballots, state.dots?.ballots, state.scoring?.ballots]);
  for (const id of ids) expect(ballots).not.toContain(`"${id}"`);
}

function reveal(s: ReturnType<typeof session>): void {
  for (const round of ['agreement', 'dots', 'scoring'] as const) s.act({ type: 'revealVotes', round });
}

describe('session evaluation, property-based', () => {
  it('shows nothing before the reveal and exactly the spread cast after it', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), casts, (anonymous, keyed, list) => {
        const { s, options, criteria, levels, dots, scores } = play(anonymous, keyed, list);
        const hidden = sessionView(s.state);
        expect(hidden.agreement?.ballots.every((b) => b.level === null && b.concern === null)).toBe(true);
        expect(hidden.dots?.ballots.every((b) => b.dots === null)).toBe(true);
        expect(hidden.scoring?.ballots.every((b) => b.scores === null)).toBe(true);
        // "4 of 6 have voted": the count shows before the reveal, nothing else.
        expect([hidden.agreement?.ballots.length, hidden.dots?.ballots.length, hidden.scoring?.ballots.length]).toEqual([levels.size, dots.size, scores.size]);
        const before = summariseEvaluation(hidden);
        expect([before.agreement, before.dots, before.cells]).toEqual([null, null, null]);

        reveal(s);
        const shown = summariseEvaluation(sessionView(s.state));
        const cast = [...levels.values()];
        expect(shown.agreement?.count).toBe(cast.length);
        expect(shown.agreement?.distribution.map((d) => d.count)).toEqual([0, 1, 2, 3, 4, 5].map((level) => cast.filter((l) => l === level).length));
        for (const option of options) {
          expect(shown.dots?.find((d) => d.optionId === option)?.total).toBe([...dots.values()].reduce((sum, d) => sum + (d[option] ?? 0), 0));
        }
        if (scores.size === 0) expect(shown.cells).toBeNull();
        for (const criterion of criteria) {
          for (const option of options) {
            const given = [...scores.values()].flatMap((m) => (m.has(`${criterion}|${option}`) ? [m.get(`${criterion}|${option}`)!] : []));
            const cell = shown.cells?.find((c) => c.criterionId === criterion && c.optionId === option);
            if (scores.size === 0) continue;
            expect(cell).toMatchObject({
              count: given.length,
              min: given.length ? Math.min(...given) : null,
              max: given.length ? Math.max(...given) : null,
              distribution: [0, 1, 2, 3, 4, 5].map((n) => given.filter((g) => g === n).length),
            });
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never tells who voted what in an anonymous round: once revealed, the order of voting leaves no trace', () => {
    fc.assert(
      fc.property(fc.boolean(), casts, fc.nat(), (keyed, list, shift) => {
        // Everyone casts once, in two different orders: the revealed rounds must be the same.
        const once = [...new Map(list.map((c) => [`${c.kind}:${c.who}:${c.kind === 'score' ? `${c.criterion}${c.option}` : ''}`, c])).values()];
        const rotated = once.map((_, i) => once[(i + shift) % once.length]!);
        const first = play(true, keyed, once);
        const second = play(true, keyed, rotated);
        reveal(first.s);
        reveal(second.s);
        for (const { s, ids } of [first, second]) {
          expectNobodyNamed(s.state, ids);
          expect(JSON.stringify(s.state)).not.toContain('"voterKey"');
        }
        const rounds = (state: SessionState) => [state.agreement?.ballots, state.dots?.ballots, state.scoring?.ballots];
        expect(rounds(first.s.state)).toEqual(rounds(second.s.state));
        expect(first.s.state.concerns.map((c) => c.raisedBy)).toEqual(first.s.state.concerns.map(() => null));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('names each person’s vote in a named round', () => {
    fc.assert(
      fc.property(casts, (list) => {
        const { s, levels } = play(false, true, list);
        reveal(s);
        const shown = sessionView(s.state).agreement!.ballots;
        expect(new Map(shown.map((b) => [b.participantId, b.level]))).toEqual(levels);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
