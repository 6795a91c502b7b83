import { describe, expect, it } from 'vitest';
import { suggestOpenRewrite } from './judgemental-question';

describe('suggestOpenRewrite', () => {
  it.each([
    ['Why did you choose Kafka?', 'What led you to choose Kafka?'],
    ['why do you want a second database', 'What led you to want a second database?'],
    ['Why did they skip the load test?', 'What led them to skip the load test?'],
    ["Why didn't you ask the ops team?", 'What did you weigh up before deciding not to ask the ops team?'],
    ['Why did we not write tests?', 'What did we weigh up before deciding not to write tests?'],
    ['Why on earth would you use Mongo?', 'What would you gain if you use Mongo?'],
    ['Why are you blocking this?', 'What is leading you toward blocking this?'],
    ['why would anyone pick that?', 'What would make someone pick that?'],
    ['Why did anybody approve this?', 'What might lead someone to approve this?'],
    ['How come you ignored the latency budget?', 'What did you weigh up when you left out the latency budget?'],
    ['How come we chose Kafka?', 'What did we weigh up when we chose Kafka?'],
  ])('turns "%s" into "%s"', (question, suggestion) => {
    expect(suggestOpenRewrite(question)?.suggestion).toBe(suggestion);
  });

  it('finds the judgemental question inside a longer note and names it', () => {
    const found = suggestOpenRewrite('Good point on costs. Why did you ignore the latency budget? Let us see.');
    expect(found).toEqual({ phrase: 'Why did you ignore the latency budget', suggestion: 'What led you to ignore the latency budget?' });
  });

  it('leaves open questions and "why" about things alone', () => {
    expect(suggestOpenRewrite('What made you decide on that approach?')).toBeNull();
    expect(suggestOpenRewrite('Why is the queue growing?')).toBeNull();
    expect(suggestOpenRewrite('How come the build is red?')).toBeNull();
    expect(suggestOpenRewrite('')).toBeNull();
  });

  it('still offers an open question when nothing follows the pronoun', () => {
    expect(suggestOpenRewrite('Why did you?')).toEqual({ phrase: 'Why did you?', suggestion: 'What led to that?' });
  });
});
