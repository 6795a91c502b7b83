import { describe, expect, it } from 'vitest';
import { rotationFileStem } from './rotation-file-name';

const rotation = (id: string, name: string, createdAt = '2026-01-01T00:00:00.000Z') => ({ id, name, createdAt });

describe("a rotation's file name", () => {
  it('is its name as a stem, transliterated', () => {
    const duty = rotation('11111111-aaaa', 'Дежурство');
    const training = rotation('22222222-bbbb', 'Обучение');
    expect(rotationFileStem(duty, [duty, training])).toBe('dezhurstvo');
    expect(rotationFileStem(training, [duty, training])).toBe('obuchenie');
  });

  it('carries its id when the name has no Latin spelling, so two such rotations never share a file', () => {
    const a = rotation('33333333-cccc', '当番');
    const b = rotation('44444444-dddd', '勉強会');
    expect(rotationFileStem(a, [a, b])).toBe('rotation-33333333');
    expect(rotationFileStem(b, [a, b])).toBe('rotation-44444444');
  });

  it('keeps the plain stem for the first of two same-named rotations and gives the later one its id', () => {
    const first = rotation('55555555-eeee', 'Support', '2026-01-01T00:00:00.000Z');
    const later = rotation('66666666-ffff', 'support!', '2026-02-01T00:00:00.000Z');
    expect(rotationFileStem(first, [later, first])).toBe('support');
    expect(rotationFileStem(later, [later, first])).toBe('support-66666666');
    // Alone again, the later one keeps nothing it does not need.
    expect(rotationFileStem(later, [later])).toBe('support');
  });
});
