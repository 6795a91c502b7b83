import { z } from 'zod';

/** A rotation member's display name. */
export const MemberName = z
  .string({ error: 'Enter the member’s name' })
  .trim()
  .min(1, 'Enter the member’s name')
  .max(100, 'Shorten the member’s name to 100 characters');
