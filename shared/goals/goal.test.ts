import { describe, expect, it } from 'vitest';
import { GoalContext } from './goal';

describe("a goal's texts", () => {
  it('name the field and its limit, with thousands grouped, when too long', () => {
    const result = GoalContext.safeParse({ team: 'x'.repeat(201), notes: 'y'.repeat(20_001) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Shorten the team to 200 characters', 'Shorten the notes to 20,000 characters']);
  });
});
