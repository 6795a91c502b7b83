import { describe, expect, it } from 'vitest';
import { checkObservable } from './show-me-check';
import type { ShowMeWords } from './show-me-words';

describe('the show-me check', () => {
  it.each([
    ['be more supportive', ['be more', 'supportive']],
    ['Be more transparent with stakeholders', ['be more', 'transparent']],
    ['is proactive about risks', ['proactive']],
    ['takes ownership of the build', ['ownership']],
    ['has a growth mindset', ['growth mindset']],
    ['understands the domain', ['understands']],
    ['cares about quality', ['cares about']],
    ['does not break the build', ['does not']],
    ["doesn't merge without review", ["doesn't"]],
    ['Don’t push to main on Fridays', ["don't"]],
    ['stop interrupting in stand-up', ['stop']],
    ['avoids long-lived branches', ['avoids']],
    ['never skips the retro', ['never']],
    ['tries to write tests first', ['tries to']],
  ])('flags "%s"', (text, phrases) => {
    const result = checkObservable(text);
    expect(result.observable).toBe(false);
    expect(result.flags.map((f) => f.phrase)).toEqual(expect.arrayContaining(phrases));
    expect(result.question).toBe('What would you see or hear someone do?');
  });

  it.each([
    'pairs with a newcomer on one ticket per sprint',
    'deploys to production before the sprint ends',
    'opens a pull request within a day of starting a ticket',
    'asks a question in the team channel after 4 hours stuck',
    'writes a failing test before fixing a bug',
    'reviews a pull request within 4 hours of the request',
    'names one risk in the planning meeting',
    'demos the feature to the product owner at the sprint review',
    'records the decision as an ADR in the repository',
    'respects the WIP limit on the board',
    'notes who attended the knowledge-sharing session',
    'runs the build locally before pushing',
  ])('passes "%s"', (text) => {
    expect(checkObservable(text)).toMatchObject({ observable: true, flags: [] });
  });

  it('says why, per kind of problem', () => {
    const { flags } = checkObservable('be more supportive and stop complaining');
    expect(flags).toEqual(
      expect.arrayContaining([
        { kind: 'vague-phrase', phrase: 'be more', reason: '"be more …" asks for more of a quality, not for something a person does.' },
        { kind: 'trait', phrase: 'supportive', reason: '"supportive" names a trait or a value, not something you can see someone do.' },
        { kind: 'negation', phrase: 'stop', reason: '"stop …" fails the dead man test: a dead man could do it too. Say what they would do instead.' },
      ]),
    );
  });

  it('matches whole words only, so a trait inside a longer word is not flagged', () => {
    expect(checkObservable('notes the outcome').observable).toBe(true);
    expect(checkObservable('knows-how').observable).toBe(true);
    expect(checkObservable('opens the notebook').observable).toBe(true);
  });

  it('gives the reasons in the order the words appear', () => {
    expect(checkObservable('be more supportive').flags.map((f) => f.phrase)).toEqual(['be more', 'supportive']);
    expect(checkObservable('is transparent and avoids blame').flags.map((f) => f.phrase)).toEqual(['transparent', 'avoids']);
  });

  it('reports the longer of two overlapping phrases once', () => {
    expect(checkObservable('has a growth mindset').flags.map((f) => f.phrase)).toEqual(['growth mindset']);
    expect(checkObservable('does not skip review').flags.map((f) => f.phrase)).toEqual(['does not']);
  });

  it('uses the word lists it is given', () => {
    const words: ShowMeWords = {
      question: 'Wat zou je iemand zien doen?',
      categories: [{ kind: 'trait', reason: '"{phrase}" is een eigenschap.', phrases: ['behulpzaam'] }],
    };
    expect(checkObservable('is behulpzaam', words)).toEqual({
      observable: false,
      flags: [{ kind: 'trait', phrase: 'behulpzaam', reason: '"behulpzaam" is een eigenschap.' }],
      question: 'Wat zou je iemand zien doen?',
    });
    expect(checkObservable('be more supportive', words).observable).toBe(true);
  });
});
