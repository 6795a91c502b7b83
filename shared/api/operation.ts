import type { z } from 'zod';

/** One entry of the operations table: what it takes, what it returns, and what it does in words. */
export function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, description: string) {
  return { input, output, description };
}
