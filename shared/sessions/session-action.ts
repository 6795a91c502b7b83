import { z } from 'zod';
import { problemsOf, type FieldProblem } from '../api/field-problems';
import { CalendarDate } from '../domain/calendar-date';
import { AgreementMethod } from './agreement-scale';
import { AdviceTaken, ConcernStatus, Criterion, Outcome, ParticipantRole, PersonName, SessionOption, ShortText } from './session';
import { PhaseId } from './session-phase';

const Text = z.string().max(100_000, 'Shorten the text to 100,000 characters');
const RefId = z.string().min(1).max(100);
/** The rounds that are cast hidden and revealed together: agreement, dots, and each person's weighted scores. */
const VoteRound = z.enum(['agreement', 'dots', 'scoring']);

// The actions a participant may also take from their own device (shared/room): named, so the room's
// requests take the same fields with the same messages.
export const AddOption = z.object({ type: z.literal('addOption'), name: SessionOption.shape.name, description: Text.default('') });
export const AddConcern = z.object({ type: z.literal('addConcern'), text: ShortText('concern'), raisedBy: PersonName.nullable().default(null) });
export const CastAgreement = z.object({
  type: z.literal('castAgreement'),
  participantId: RefId,
  level: z.number({ error: 'Pick a level on the scale' }).int('Pick a level on the scale'),
  concern: z.string().trim().max(2_000, 'Shorten the concern to 2,000 characters').default(''),
});
export const CastDots = z.object({
  type: z.literal('castDots'),
  participantId: RefId,
  dots: z.record(z.string(), z.number().int('Put a whole number of dots on each option').min(0, 'Put 0 or more dots on each option')),
});
export const CastScore = z.object({
  type: z.literal('castScore'),
  participantId: RefId,
  criterionId: RefId,
  optionId: RefId,
  score: z.number().int('A score is a whole number from 0 to 5').min(0, 'A score is a whole number from 0 to 5').max(5, 'A score is a whole number from 0 to 5').nullable(),
});

/** One change a facilitator makes to a session; the core applies it and saves the result. */
export const SessionAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('goToPhase'), phase: PhaseId }),
  z.object({ type: z.literal('setTimebox'), phase: PhaseId, minutes: z.number({ error: 'Enter the timebox in minutes' }).int('Enter whole minutes').min(1, 'A timebox is at least 1 minute').max(240, 'A timebox is at most 240 minutes') }),
  z.object({ type: z.literal('pauseTimer') }),
  z.object({ type: z.literal('resumeTimer') }),
  z.object({ type: z.literal('extendTimer'), minutes: z.number({ error: 'Enter the minutes to add' }).int('Enter whole minutes').min(1, 'Extend by 1 to 60 minutes').max(60, 'Extend by 1 to 60 minutes') }),
  z.object({ type: z.literal('setNotes'), phase: PhaseId, text: Text }),
  z.object({ type: z.literal('setContext'), text: Text }),
  z.object({ type: z.literal('setDrivers'), text: Text }),
  z.object({ type: z.literal('askQuestion'), text: ShortText('question') }),

  AddOption,
  z.object({
    type: z.literal('updateOption'),
    optionId: RefId,
    name: SessionOption.shape.name.optional(),
    description: Text.optional(),
    pros: z.array(ShortText('pro')).max(50, 'An option has at most 50 pros').optional(),
    cons: z.array(ShortText('con')).max(50, 'An option has at most 50 cons').optional(),
  }),
  z.object({ type: z.literal('removeOption'), optionId: RefId }),

  z.object({ type: z.literal('addParticipant'), name: PersonName, role: ParticipantRole }),
  z.object({ type: z.literal('setParticipantRole'), participantId: RefId, role: ParticipantRole }),
  z.object({ type: z.literal('removeParticipant'), participantId: RefId }),

  z.object({ type: z.literal('addAdvice'), from: PersonName, advice: ShortText('advice') }),
  z.object({ type: z.literal('setAdviceTaken'), adviceId: RefId, taken: AdviceTaken }),

  z.object({ type: z.literal('addCriterion'), name: Criterion.shape.name, weight: Criterion.shape.weight }),
  z.object({ type: z.literal('updateCriterion'), criterionId: RefId, name: Criterion.shape.name.optional(), weight: Criterion.shape.weight.optional() }),
  z.object({ type: z.literal('removeCriterion'), criterionId: RefId }),
  z.object({
    type: z.literal('setScore'),
    criterionId: RefId,
    optionId: RefId,
    score: z.number().int('A score is a whole number from 0 to 5').min(0, 'A score is a whole number from 0 to 5').max(5, 'A score is a whole number from 0 to 5').nullable(),
  }),

  z.object({
    type: z.literal('startAgreementVote'),
    method: AgreementMethod,
    optionId: RefId.nullable().default(null),
    anonymous: z.boolean().default(true),
  }),
  CastAgreement,
  z.object({
    type: z.literal('startDotVote'),
    dotsPerPerson: z.number({ error: 'Enter the dots per person' }).int('Give each person a whole number of dots').min(1, 'Give each person 1 to 20 dots').max(20, 'Give each person 1 to 20 dots').default(3),
    anonymous: z.boolean().default(true),
  }),
  CastDots,
  z.object({ type: z.literal('startScoring'), anonymous: z.boolean().default(true) }),
  CastScore,
  z.object({ type: z.literal('setVoteAnonymous'), round: VoteRound, anonymous: z.boolean() }),
  z.object({ type: z.literal('revealVotes'), round: VoteRound }),

  AddConcern,
  z.object({
    type: z.literal('setConcernStatus'),
    concernId: RefId,
    status: ConcernStatus,
    owner: PersonName.nullable().default(null),
    note: z.string().trim().max(2_000, 'Shorten the note to 2,000 characters').default(''),
  }),

  z.object({ type: z.literal('setOutcome'), outcome: Outcome.nullable() }),
  z.object({ type: z.literal('setConsequences'), text: Text }),
  z.object({ type: z.literal('setConfirmation'), text: Text }),
  z.object({ type: z.literal('setReviewBy'), date: CalendarDate.nullable() }),
]);
export type SessionAction = z.output<typeof SessionAction>;
export type SessionActionInput = z.input<typeof SessionAction>;

/** Everything wrong with an action's fields at once, one message per field ("name": "An option needs a name"). */
export function sessionActionProblems(input: unknown): FieldProblem[] {
  return problemsOf(SessionAction, input);
}
