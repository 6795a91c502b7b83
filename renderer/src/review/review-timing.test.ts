import { describe, expect, it } from 'vitest';
import { reviewTiming } from './review-timing';

describe('reviewTiming', () => {
  it('says how a review date stands against today', () => {
    expect(reviewTiming('2024-03-10', '2024-03-10')).toEqual({ text: 'Due today', overdue: false });
    expect(reviewTiming('2024-03-07', '2024-03-10')).toEqual({ text: '3 days overdue', overdue: true });
    expect(reviewTiming('2024-03-11', '2024-03-10')).toEqual({ text: 'In 1 day', overdue: false });
  });

  it('counts across a month end', () => {
    expect(reviewTiming('2024-03-01', '2024-02-28').text).toBe('In 2 days');
  });
});
