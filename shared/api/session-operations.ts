import { z } from 'zod';
import { Decision, Id } from '../domain/decision';
import { OpenQuestion, OpenQuestionText } from '../sessions/open-question';
import { Session, SessionSummary } from '../sessions/session';
import { SessionAction } from '../sessions/session-action';
import { PhaseId } from '../sessions/session-phase';
import { TimeZoneName } from '../rotations/zoned-time';

/** The facilitator's time zone: their calendar says what today is and what time the minutes give. The host's zone when left out. */
const FacilitatorZone = TimeZoneName.optional();
import { op } from './operation';

/** Facilitated decision sessions and the open-question bank (PRODUCT.md §2.2). */
export const sessionOperations = {
  listSessions: op(
    z.object({ workspaceId: Id, decisionId: Id.optional() }),
    z.array(SessionSummary),
    'Sessions of a workspace, or of one decision, newest first.',
  ),
  createSession: op(
    z
      .object({
        workspaceId: Id,
        /** An existing decision to decide on; without it a new decision is created with `title`. */
        decisionId: Id.optional(),
        title: z.string().trim().min(1, 'title must not be empty').max(300, 'title is longer than 300 characters').optional(),
        /** The facilitator's zone: a decision created for the session is dated by their day. */
        timeZone: FacilitatorZone,
      })
      .refine((input) => input.decisionId !== undefined || input.title !== undefined, {
        message: 'give the decision the session is for, or a title for a new one',
        path: ['title'],
      }),
    Session,
    'Starts a session on an existing decision or on a new one; the first phase starts its timer.',
  ),
  getSession: op(
    z.object({ id: Id }),
    Session,
    'One session; votes of an unrevealed round come without their levels, and in an anonymous round say who has voted, never what.',
  ),
  changeSession: op(
    z.object({ id: Id, action: SessionAction, timeZone: FacilitatorZone }),
    Session,
    'Applies one facilitator action to a running session; a revisit or review date must be from today on, in the facilitator’s zone.',
  ),
  finishSession: op(
    z.object({
      id: Id,
      /** Accept the decision even though the done-check found gaps; the gaps are noted in the decision. */
      acceptAnyway: z.boolean().default(false),
    }),
    z.object({ session: Session, decision: Decision }),
    'Ends the session and writes its outcome into the decision as a new revision.',
  ),
  getSessionMinutes: op(
    z.object({ id: Id, timeZone: FacilitatorZone }),
    z.object({ markdown: z.string() }),
    "The session's minutes as Markdown, times in the facilitator's zone with the zone named.",
  ),

  listOpenQuestions: op(
    z.object({ workspaceId: Id }),
    z.array(OpenQuestion),
    "The workspace's open questions in phase order; seeded from the built-in bank the first time.",
  ),
  addOpenQuestion: op(z.object({ workspaceId: Id, phase: PhaseId, text: OpenQuestionText }), OpenQuestion, 'Adds a question to a phase of the bank.'),
  updateOpenQuestion: op(z.object({ id: Id, text: OpenQuestionText }), OpenQuestion, 'Rewords a question of the bank.'),
  removeOpenQuestion: op(z.object({ id: Id }), OpenQuestion, 'Removes a question from the bank and returns it (for undo).'),
};
