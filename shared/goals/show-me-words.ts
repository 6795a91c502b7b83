import { z } from 'zod';
// Imported through the bundler (vite, esbuild and vitest all inline JSON), so shared/ stays free of node:fs.
import rawWords from '../../resources/show-me-words.json';

export const SHOW_ME_FLAG_KINDS = ['vague-phrase', 'trait', 'inner-state', 'negation'] as const;
export type ShowMeFlagKind = (typeof SHOW_ME_FLAG_KINDS)[number];

const ShowMeWords = z.object({
  question: z.string().min(1),
  categories: z.array(
    z.object({
      kind: z.enum(SHOW_ME_FLAG_KINDS),
      /** Why a phrase of this kind is not observable; "{phrase}" stands for the phrase found. */
      reason: z.string().includes('{phrase}'),
      phrases: z.array(z.string().trim().min(1)).min(1),
    }),
  ),
});
export type ShowMeWords = z.infer<typeof ShowMeWords>;

/** The word lists of resources/show-me-words.json, checked once when the module loads. */
export const SHOW_ME_WORDS: ShowMeWords = ShowMeWords.parse(rawWords);
