import { z } from 'zod';
import { PersonName } from '../sessions/session';
import { AddConcern, AddOption, CastAgreement, CastDots, CastScore } from '../sessions/session-action';

/** The join token in a room's link: 32 random bytes, URL-safe. */
const JoinToken = z.string().regex(/^[\w-]{43}$/, 'This join link is not complete: open it again from the code or the QR code');
/** The short code, typed by hand: letters and digits, any case, spaces and dashes ignored. */
const ShortCode = z
  .string({ error: 'Enter the code the facilitator shows' })
  .transform((code) => code.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{6}$/, 'The code has 6 letters and digits'));

/** A person asks to join: with the link's token or the short code, under a name or anonymously. */
export const JoinRequest = z
  .object({
    joinToken: JoinToken.optional(),
    code: ShortCode.optional(),
    name: PersonName.optional(),
    anonymous: z.boolean().default(false),
  })
  .strict()
  .refine((input) => (input.joinToken === undefined) !== (input.code === undefined), { message: 'Join with the link or with the code', path: ['code'] })
  .refine((input) => input.anonymous || input.name !== undefined, { message: 'Enter a name', path: ['name'] });
export type JoinRequest = z.output<typeof JoinRequest>;

export const JoinAnswer = z.object({
  /** The participant's own token for every later request (Authorization: Bearer). */
  participantToken: z.string(),
  participantId: z.string(),
  name: z.string(),
});
export type JoinAnswer = z.infer<typeof JoinAnswer>;

/**
 * What a participant may do from their own device: the session actions of the same names, without
 * the participant (the room fills in whoever the token belongs to) and without naming who raised a
 * concern (the room names them, or nobody if they joined anonymously).
 */
export const ParticipantAction = z.discriminatedUnion('type', [
  AddOption.strict(),
  AddConcern.omit({ raisedBy: true }).strict(),
  CastAgreement.omit({ participantId: true }).strict(),
  CastDots.omit({ participantId: true }).strict(),
  CastScore.omit({ participantId: true }).strict(),
]);
export type ParticipantAction = z.output<typeof ParticipantAction>;
export type ParticipantActionInput = z.input<typeof ParticipantAction>;

/** Where the listener answers; nothing else is served but the page and its files. */
export const ROOM_PATHS = {
  join: '/room/join',
  view: '/room/view',
  act: '/room/act',
  events: '/room/events',
} as const;
