import { describe, expect, it } from 'vitest';
import { suggestOpenRewrite } from './judgemental-question';
import { OPEN_QUESTION_SEED } from './open-question-seed';
import { PHASES } from './session-phase';

describe('the built-in open-question bank', () => {
  it('has at least four questions for every phase, each a question', () => {
    for (const phase of PHASES) {
      const questions = OPEN_QUESTION_SEED[phase] ?? [];
      expect(questions.length, phase).toBeGreaterThanOrEqual(4);
      for (const q of questions) expect(q, phase).toMatch(/\?$/);
    }
  });

  it('carries the questions the product promises and none the detector would call judgemental', () => {
    const all = Object.values(OPEN_QUESTION_SEED).flat();
    expect(all).toContain('What made you decide on that approach?');
    expect(all).toContain('What would have to be true for this option to fail?');
    expect(all).toContain('Who is not in the room that this affects?');
    expect(all.filter((q) => suggestOpenRewrite(q) !== null)).toEqual([]);
  });
});
