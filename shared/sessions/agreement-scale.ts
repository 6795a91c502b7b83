import { z } from 'zod';

export const AgreementMethod = z.enum(['fist-of-five', 'gradients']);
export type AgreementMethod = z.infer<typeof AgreementMethod>;

export interface AgreementLevel {
  level: number;
  label: string;
}

export interface AgreementScale {
  method: AgreementMethod;
  name: string;
  /** Lowest first; a higher level always means more agreement, so the maths is the same for both scales. */
  levels: AgreementLevel[];
  /** A level at or below this must name its concern. */
  concernAtOrBelow: number;
  /** The level that blocks the proposal. */
  block: number;
  /** Votes at or below `low` together with votes at or above `high` mean the room is split. */
  low: number;
  high: number;
}

export const AGREEMENT_SCALES: Record<AgreementMethod, AgreementScale> = {
  'fist-of-five': {
    method: 'fist-of-five',
    name: 'Fist of five',
    levels: [
      { level: 0, label: 'Fist: I block this' },
      { level: 1, label: 'Serious concerns, I cannot support it yet' },
      { level: 2, label: 'Concerns I want to discuss' },
      { level: 3, label: 'Not sure, but I will go along' },
      { level: 4, label: 'Good idea, I support it' },
      { level: 5, label: 'Full support, I will champion it' },
    ],
    concernAtOrBelow: 1,
    block: 0,
    low: 1,
    high: 4,
  },
  // Sam Kaner's gradients of agreement, numbered upward so that 8 is whole-hearted endorsement.
  gradients: {
    method: 'gradients',
    name: 'Gradients of agreement',
    levels: [
      { level: 1, label: 'Veto: I block this' },
      { level: 2, label: 'Serious disagreement' },
      { level: 3, label: "I don't like it, but I won't block it" },
      { level: 4, label: 'More discussion needed' },
      { level: 5, label: 'Abstain: I can live with whatever the group decides' },
      { level: 6, label: 'Agreement with reservations' },
      { level: 7, label: 'Endorsement with a minor point of contention' },
      { level: 8, label: 'Whole-hearted endorsement' },
    ],
    concernAtOrBelow: 2,
    block: 1,
    low: 2,
    high: 6,
  },
};

export function levelLabel(method: AgreementMethod, level: number): string {
  return AGREEMENT_SCALES[method].levels.find((l) => l.level === level)?.label ?? String(level);
}

export function isValidLevel(method: AgreementMethod, level: number): boolean {
  return AGREEMENT_SCALES[method].levels.some((l) => l.level === level);
}

/** Why a ballot cannot be cast as it is: the same words in the core's refusal and at the ballot's concern field. */
export const CONCERN_REQUIRED = 'A block or a low vote must name its concern, so the team can work on it';

/** Whether a vote at this level must name a concern that it does not name. */
export function lacksConcern(method: AgreementMethod, level: number, concern: string): boolean {
  return level <= AGREEMENT_SCALES[method].concernAtOrBelow && concern.trim() === '';
}
