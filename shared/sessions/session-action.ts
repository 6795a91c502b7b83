import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { AgreementMethod } from './agreement-scale';
import { AdviceTaken, ConcernStatus, Criterion, Outcome, ParticipantRole, PersonName, SessionOption } from './session';
import { PhaseId } from './session-phase';

const Text = z.string().max(100_000, 'is longer than 100,000 characters');
const ItemText = z.string().trim().min(1, 'must not be empty').max(2_000, 'is longer than 2,000 characters');
const RefId = z.string().min(1).max(100);
/** The rounds that are cast hidden and revealed together: agreement, dots, and each person's weighted scores. */
const VoteRound = z.enum(['agreement', 'dots', 'scoring']);

/** One change a facilitator makes to a session; the core applies it and saves the result. */
export const SessionAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('goToPhase'), phase: PhaseId }),
  z.object({ type: z.literal('setTimebox'), phase: PhaseId, minutes: z.number().int().min(1, 'a timebox is at least 1 minute').max(240, 'a timebox is at most 240 minutes') }),
  z.object({ type: z.literal('pauseTimer') }),
  z.object({ type: z.literal('resumeTimer') }),
  z.object({ type: z.literal('extendTimer'), minutes: z.number().int().min(1, 'extend by at least 1 minute').max(60, 'extend by at most 60 minutes') }),
  z.object({ type: z.literal('setNotes'), phase: PhaseId, text: Text }),
  z.object({ type: z.literal('setContext'), text: Text }),
  z.object({ type: z.literal('setDrivers'), text: Text }),
  z.object({ type: z.literal('askQuestion'), text: ItemText }),

  z.object({ type: z.literal('addOption'), name: SessionOption.shape.name, description: Text.default('') }),
  z.object({
    type: z.literal('updateOption'),
    optionId: RefId,
    name: SessionOption.shape.name.optional(),
    description: Text.optional(),
    pros: z.array(ItemText).max(50).optional(),
    cons: z.array(ItemText).max(50).optional(),
  }),
  z.object({ type: z.literal('removeOption'), optionId: RefId }),

  z.object({ type: z.literal('addParticipant'), name: PersonName, role: ParticipantRole }),
  z.object({ type: z.literal('setParticipantRole'), participantId: RefId, role: ParticipantRole }),
  z.object({ type: z.literal('removeParticipant'), participantId: RefId }),

  z.object({ type: z.literal('addAdvice'), from: PersonName, advice: ItemText }),
  z.object({ type: z.literal('setAdviceTaken'), adviceId: RefId, taken: AdviceTaken }),

  z.object({ type: z.literal('addCriterion'), name: Criterion.shape.name, weight: Criterion.shape.weight }),
  z.object({ type: z.literal('updateCriterion'), criterionId: RefId, name: Criterion.shape.name.optional(), weight: Criterion.shape.weight.optional() }),
  z.object({ type: z.literal('removeCriterion'), criterionId: RefId }),
  z.object({
    type: z.literal('setScore'),
    criterionId: RefId,
    optionId: RefId,
    score: z.number().int('a score is a whole number').min(0, 'a score is 0 to 5').max(5, 'a score is 0 to 5').nullable(),
  }),

  z.object({
    type: z.literal('startAgreementVote'),
    method: AgreementMethod,
    optionId: RefId.nullable().default(null),
    anonymous: z.boolean().default(true),
  }),
  z.object({ type: z.literal('castAgreement'), participantId: RefId, level: z.number().int(), concern: z.string().trim().max(2_000).default('') }),
  z.object({ type: z.literal('startDotVote'), dotsPerPerson: z.number().int().min(1, 'at least 1 dot').max(20, 'at most 20 dots').default(3), anonymous: z.boolean().default(true) }),
  z.object({
    type: z.literal('castDots'),
    participantId: RefId,
    dots: z.record(z.string(), z.number().int().min(0, 'dots must not be negative')),
  }),
  z.object({ type: z.literal('startScoring'), anonymous: z.boolean().default(true) }),
  z.object({
    type: z.literal('castScore'),
    participantId: RefId,
    criterionId: RefId,
    optionId: RefId,
    score: z.number().int('A score is a whole number from 0 to 5').min(0, 'A score is a whole number from 0 to 5').max(5, 'A score is a whole number from 0 to 5').nullable(),
  }),
  z.object({ type: z.literal('setVoteAnonymous'), round: VoteRound, anonymous: z.boolean() }),
  z.object({ type: z.literal('revealVotes'), round: VoteRound }),

  z.object({ type: z.literal('addConcern'), text: ItemText, raisedBy: PersonName.nullable().default(null) }),
  z.object({
    type: z.literal('setConcernStatus'),
    concernId: RefId,
    status: ConcernStatus,
    owner: PersonName.nullable().default(null),
    note: z.string().trim().max(2_000).default(''),
  }),

  z.object({ type: z.literal('setOutcome'), outcome: Outcome.nullable() }),
  z.object({ type: z.literal('setConsequences'), text: Text }),
  z.object({ type: z.literal('setConfirmation'), text: Text }),
  z.object({ type: z.literal('setReviewBy'), date: CalendarDate.nullable() }),
]);
export type SessionAction = z.output<typeof SessionAction>;
export type SessionActionInput = z.input<typeof SessionAction>;
