import { z } from 'zod';
import { Id } from '../domain/decision';
import { PhaseId } from './session-phase';

export const OpenQuestionText = z
  .string()
  .trim()
  .min(1, 'a question must not be empty')
  .max(500, 'a question is longer than 500 characters');

/** A question in a workspace's bank; the team edits and extends the bank seeded from resources/. */
export const OpenQuestion = z.object({ id: Id, workspaceId: Id, phase: PhaseId, text: z.string(), position: z.number().int() });
export type OpenQuestion = z.infer<typeof OpenQuestion>;

/** The shape of resources/open-questions.json: questions per phase. */
export const OpenQuestionSeed = z.record(PhaseId, z.array(OpenQuestionText));
export type OpenQuestionSeed = z.infer<typeof OpenQuestionSeed>;
