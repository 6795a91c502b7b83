import { z } from 'zod';

/** One line of a diff: in both texts, or only in the new one, or only in the old one, with its numbers in each. */
export const DiffLine = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
  oldLine: z.number().int().nullable(),
  newLine: z.number().int().nullable(),
});
export type DiffLine = z.infer<typeof DiffLine>;
