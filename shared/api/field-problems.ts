import type { z } from 'zod';

/** One thing wrong with a form, in words a person acts on, and the field it is about ("members.1"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Every field a failed parse found wrong, once each (the first problem of a field is the one to fix
 * first), in the order of the form, so a form can mark all of them at once. The messages of the
 * rotation, goal and session schemas are written to stand alone ("Add at least one member"), so they
 * are shown as they are, without the field's path in front.
 */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (problems.some((p) => p.field === field)) continue;
    problems.push({ field, message: issue.message });
  }
  return problems;
}

/** The problems of an input against a schema: none when it parses. */
export function problemsOf(schema: z.ZodType, input: unknown): FieldProblem[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : fieldProblems(parsed.error);
}
