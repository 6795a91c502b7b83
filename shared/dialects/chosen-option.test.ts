import { describe, expect, it } from 'vitest';
import { freshChosenLine, parseChosenOption, renderChosenOption } from './chosen-option';

function roundTrip(lines: string[]) {
  const parsed = parseChosenOption(lines);
  expect(parsed).not.toBeNull();
  if (parsed) expect(renderChosenOption(parsed.chosen, parsed.name, parsed.outcome)).toEqual(lines);
  return parsed;
}

describe('the chosen option of a Decision Outcome', () => {
  it('reads the name and the reason on the same line', () => {
    expect(roundTrip(['Chosen option: "MIT", because it is lean.'])).toMatchObject({ name: 'MIT', outcome: ['it is lean.'] });
  });

  it('reads a reason that starts on the following lines', () => {
    expect(roundTrip(['Chosen option: "MADR 4.0.0", because', '', '* Implicit assumptions should be made explicit.'])).toMatchObject({
      name: 'MADR 4.0.0',
      outcome: ['* Implicit assumptions should be made explicit.'],
    });
  });

  it('reads names holding quotes, single-quoted names and a name with no reason', () => {
    expect(roundTrip(['Chosen option: "Option 2: an "ADR link resolver" in the domain".', 'Because it fits.'])?.name).toBe('Option 2: an "ADR link resolver" in the domain');
    expect(roundTrip([`Chosen option: 'Section "Consequences" with "Good, because"', because it is consistent.`])?.name).toBe('Section "Consequences" with "Good, because"');
    expect(roundTrip(['Chosen option: "Option 2: Lunr.js".'])).toMatchObject({ name: 'Option 2: Lunr.js', outcome: [] });
  });

  it('is not read from an empty name or other text', () => {
    expect(parseChosenOption(['Chosen option: "", because'])).toBeNull();
    expect(parseChosenOption(['We chose "X".'])).toBeNull();
  });

  it('adds "because" when a reason is given to a name that had none', () => {
    const parsed = parseChosenOption(['Chosen option: "X"']);
    expect(parsed && renderChosenOption(parsed.chosen, 'X', ['it is simple.'])).toEqual(['Chosen option: "X", because it is simple.']);
    expect(renderChosenOption(freshChosenLine(['* a', '* b']), 'Y', ['* a', '* b'])).toEqual(['Chosen option: "Y", because', '', '* a', '* b']);
  });

  it('keeps a reason given in its own paragraph without "because" as written', () => {
    expect(roundTrip(['Chosen option: "Enable TLS by default."', '', 'Specifically:', '', '- Never for Redis.'])).toMatchObject({
      name: 'Enable TLS by default.',
      outcome: ['Specifically:', '', '- Never for Redis.'],
    });
    expect(roundTrip(['Chosen option: "X"', 'It is simple.'])?.outcome).toEqual(['It is simple.']);
  });
});
