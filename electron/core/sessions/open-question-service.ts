import { randomUUID } from 'node:crypto';
import type { Services } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import type { OpenQuestion } from '../../../shared/sessions/open-question';
import { OPEN_QUESTION_SEED } from '../../../shared/sessions/open-question-seed';
import { PHASES, phaseIndex } from '../../../shared/sessions/session-phase';
import type { CoreContext } from '../core-context';
import type { OpenQuestionStore } from './open-question-store';
import { requireWorkspaceExists } from '../workspace';

type OpenQuestionServices = Pick<Services, 'listOpenQuestions' | 'addOpenQuestion' | 'updateOpenQuestion' | 'removeOpenQuestion'>;

export function openQuestionServices(ctx: CoreContext): OpenQuestionServices {
  const bank = ctx.sessions.openQuestions;
  return {
    listOpenQuestions: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      if (!bank.isSeeded(workspaceId)) ctx.write(() => seedBank(ctx, bank, workspaceId));
      return inPhaseOrder(bank.list(workspaceId));
    },

    addOpenQuestion: ({ workspaceId, phase, text }) =>
      ctx.write(() => {
        requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
        // Seeding first keeps the team's own question after the built-in ones instead of before them.
        seedBank(ctx, bank, workspaceId);
        return bank.append({ id: randomUUID(), workspaceId, phase, text });
      }),

    updateOpenQuestion: ({ id, text }) =>
      ctx.write(() => {
        const question = requireQuestion(bank, id);
        bank.setText(id, text);
        return { ...question, text };
      }),

    removeOpenQuestion: ({ id }) =>
      ctx.write(() => {
        const question = requireQuestion(bank, id);
        bank.remove(id);
        return question;
      }),
  };
}

/** Fills the bank from the built-in questions once per workspace; a no-op after that. */
function seedBank(ctx: CoreContext, bank: OpenQuestionStore, workspaceId: string): void {
  if (bank.isSeeded(workspaceId)) return;
  for (const phase of PHASES) {
    for (const text of OPEN_QUESTION_SEED[phase] ?? []) bank.append({ id: randomUUID(), workspaceId, phase, text });
  }
  bank.markSeeded(workspaceId, ctx.now().toISOString());
}

function requireQuestion(bank: OpenQuestionStore, id: string): OpenQuestion {
  const question = bank.find(id);
  if (!question) throw new AppError('not_found', `Question ${id} not found`, 'id');
  return question;
}

function inPhaseOrder(questions: OpenQuestion[]): OpenQuestion[] {
  return questions.sort((a, b) => phaseIndex(a.phase) - phaseIndex(b.phase) || a.position - b.position);
}
