import { z } from 'zod';
import { CalendarDate } from '../domain/calendar-date';
import { Id } from '../domain/decision';
import { AgreementMethod } from './agreement-scale';
import { PhaseTimer } from './phase-timer';
import { PhaseId } from './session-phase';

export const ParticipantRole = z.enum(['decision-maker', 'consulted', 'observer']);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

// Messages stand alone, naming their field in words, so a form shows them as they are.
export const PersonName = z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(200, 'Shorten the name to 200 characters');
/** A short text a person writes: a pro, a con, a piece of advice, a concern, a question. */
export const ShortText = (what: string) =>
  z
    .string({ error: `Write the ${what}` })
    .trim()
    .min(1, `Write the ${what}`)
    .max(2_000, `Shorten the ${what} to 2,000 characters`);
const LongText = z.string().max(100_000, 'Shorten the text to 100,000 characters');

export const Participant = z.object({ id: z.string(), name: PersonName, role: ParticipantRole });
export type Participant = z.infer<typeof Participant>;

export const SessionOption = z.object({
  id: z.string(),
  name: z.string({ error: 'An option needs a name' }).trim().min(1, 'An option needs a name').max(300, 'Shorten the option name to 300 characters'),
  description: LongText,
  pros: z.array(ShortText('pro')),
  cons: z.array(ShortText('con')),
});
export type SessionOption = z.infer<typeof SessionOption>;

export const AdviceTaken = z.enum(['open', 'taken', 'not-taken']);
export const AdviceEntry = z.object({
  id: z.string(),
  /** Whose advice was sought: a participant or someone outside the room. */
  from: PersonName,
  advice: ShortText('advice'),
  taken: AdviceTaken,
  at: z.string(),
});
export type AdviceEntry = z.infer<typeof AdviceEntry>;

export const ConcernStatus = z.enum(['open', 'resolved', 'risk', 'parked']);
export type ConcernStatus = z.infer<typeof ConcernStatus>;
export const Concern = z.object({
  id: z.string(),
  text: ShortText('concern'),
  /** Null when raised through an anonymous vote or by the room as a whole. */
  raisedBy: z.string().nullable(),
  status: ConcernStatus,
  /** Who follows up a parked concern. */
  owner: z.string().nullable(),
  /** How it was resolved, or why the risk is accepted. */
  note: z.string().max(2_000),
});
export type Concern = z.infer<typeof Concern>;

export const AskedQuestion = z.object({ phase: PhaseId, text: ShortText('question'), at: z.string() });
export type AskedQuestion = z.infer<typeof AskedQuestion>;

export const Criterion = z.object({
  id: z.string(),
  name: z.string({ error: 'A criterion needs a name' }).trim().min(1, 'A criterion needs a name').max(200, 'Shorten the criterion name to 200 characters'),
  weight: z.number({ error: 'A weight must be a number' }).min(0, 'A weight must not be negative').max(100, 'A weight is at most 100'),
});
export type Criterion = z.infer<typeof Criterion>;

export const Score = z.object({ criterionId: z.string(), optionId: z.string(), score: z.number().int().min(0).max(5) });
export type Score = z.infer<typeof Score>;

/**
 * Who cast a ballot. In a named round, the participant's id. In an anonymous round the stored ballot
 * names nobody: it holds a `voterKey` the core derives from the participant with a secret kept only in
 * memory for the round, enough to let a person change their vote and not vote twice, and dropped at the
 * reveal. (Without a key from the core, an anonymous ballot keeps the id until the reveal, then loses it.)
 */
const BallotVoter = {
  /** Null in an anonymous round (and in every view of a revealed anonymous round). */
  participantId: z.string().nullable(),
  /** The anonymous voter's key until the reveal; left out otherwise, and in every view. */
  voterKey: z.string().optional(),
};

/** A ballot as stored; `level` is hidden from views until the round is revealed. */
export const AgreementBallot = z.object({
  ...BallotVoter,
  /** Null in a view while the round is hidden. */
  level: z.number().int().nullable(),
  concern: z.string().nullable(),
});
export type AgreementBallot = z.infer<typeof AgreementBallot>;

export const AgreementRound = z.object({
  method: AgreementMethod,
  /** The option being agreed on, or null for the proposal as a whole. */
  optionId: z.string().nullable(),
  anonymous: z.boolean(),
  revealed: z.boolean(),
  ballots: z.array(AgreementBallot),
});
export type AgreementRound = z.infer<typeof AgreementRound>;

export const DotRound = z.object({
  dotsPerPerson: z.number().int().min(1).max(20),
  anonymous: z.boolean(),
  revealed: z.boolean(),
  ballots: z.array(
    z.object({
      ...BallotVoter,
      /** Dots per option id; null in a view while the round is hidden. */
      dots: z.record(z.string(), z.number().int().min(0)).nullable(),
    }),
  ),
});
export type DotRound = z.infer<typeof DotRound>;

/** One person's scores on the weighted criteria: one per criterion and option they scored. */
export const ScoreBallot = z.object({
  ...BallotVoter,
  /** Null in a view while the round is hidden. */
  scores: z.array(Score).nullable(),
});
export type ScoreBallot = z.infer<typeof ScoreBallot>;

/** Weighted scoring by each participant, hidden until revealed like the votes, so each cell shows its spread. */
export const ScoreRound = z.object({
  anonymous: z.boolean(),
  revealed: z.boolean(),
  ballots: z.array(ScoreBallot),
});
export type ScoreRound = z.infer<typeof ScoreRound>;

/** A revealed round that a new round of the same kind replaced; the minutes keep its result. */
export const PastRound = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agreement'), round: AgreementRound }),
  z.object({ kind: z.literal('dots'), round: DotRound }),
  z.object({ kind: z.literal('scoring'), round: ScoreRound }),
]);
export type PastRound = z.infer<typeof PastRound>;

export const Outcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chosen'), optionId: z.string(), justification: LongText }),
  z.object({ kind: z.literal('not-now'), revisitOn: CalendarDate, justification: LongText }),
]);
export type Outcome = z.infer<typeof Outcome>;

/** Everything a session holds; stored as one document, changed only through session actions. */
export const SessionState = z.object({
  phase: PhaseId,
  timeboxes: z.record(PhaseId, z.number().int().min(1).max(240)),
  timer: PhaseTimer,
  /** Milliseconds spent in each phase before the current visit, for the minutes. */
  spentMs: z.record(PhaseId, z.number().int().min(0)),
  notes: z.record(PhaseId, LongText),
  context: LongText,
  drivers: LongText,
  options: z.array(SessionOption),
  participants: z.array(Participant),
  advice: z.array(AdviceEntry),
  questions: z.array(AskedQuestion),
  criteria: z.array(Criterion),
  /** The room's one score per cell, as the facilitator entered it; a scoring round takes each person's. */
  scores: z.array(Score),
  scoring: ScoreRound.nullable().default(null),
  agreement: AgreementRound.nullable(),
  dots: DotRound.nullable(),
  /** Earlier revealed rounds, oldest first. */
  pastRounds: z.array(PastRound).default([]),
  concerns: z.array(Concern),
  outcome: Outcome.nullable(),
  consequences: LongText,
  confirmation: LongText,
  reviewBy: CalendarDate.nullable(),
});
export type SessionState = z.infer<typeof SessionState>;

export const SessionStatus = z.enum(['running', 'finished']);

/** A session as the API returns it: hidden votes come without their levels. */
export const Session = z.object({
  id: Id,
  workspaceId: Id,
  decisionId: Id,
  decisionNumber: z.number().int(),
  title: z.string(),
  status: SessionStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The decision revision finishing wrote, so the page can link to it. */
  finishedRevision: z.number().int().nullable(),
  state: SessionState,
});
export type Session = z.infer<typeof Session>;

export const SessionSummary = Session.omit({ state: true }).extend({
  phase: PhaseId,
  participantCount: z.number().int(),
  outcome: z.enum(['chosen', 'not-now']).nullable(),
  /** The chosen option's name, or the date to revisit a "not now". */
  chosenOption: z.string().nullable(),
  revisitOn: CalendarDate.nullable(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;
