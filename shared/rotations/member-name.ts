import { z } from 'zod';

/** A rotation member's display name. */
export const MemberName = z.string().trim().min(1, 'a member name must not be empty').max(100, 'a member name is longer than 100 characters');
