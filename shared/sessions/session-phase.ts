import { z } from 'zod';

/** The phases of a facilitated session, in order; each fills one part of the ADR. */
export const PHASES = ['frame', 'drivers', 'options', 'concerns', 'evaluate', 'outcome'] as const;
export const PhaseId = z.enum(PHASES);
export type PhaseId = z.infer<typeof PhaseId>;

export interface PhaseInfo {
  id: PhaseId;
  label: string;
  /** What the phase is for, shown under its heading. */
  purpose: string;
  /** The ADR section the phase's content fills. */
  adrSection: string;
  defaultMinutes: number;
}

/** Defaults that add up to a 45-minute meeting; a session may change any of them. */
export const PHASE_INFO: Record<PhaseId, PhaseInfo> = {
  frame: {
    id: 'frame',
    label: 'Frame',
    purpose: 'Agree on the context and the problem the decision solves.',
    adrSection: 'Context and Problem Statement',
    defaultMinutes: 5,
  },
  drivers: {
    id: 'drivers',
    label: 'Drivers',
    purpose: 'Name the forces, qualities and constraints that shape the choice.',
    adrSection: 'Decision Drivers',
    defaultMinutes: 5,
  },
  options: {
    id: 'options',
    label: 'Options',
    purpose: 'Collect the options with their pros and cons.',
    adrSection: 'Considered Options',
    defaultMinutes: 10,
  },
  concerns: {
    id: 'concerns',
    label: 'Concerns',
    purpose: 'Surface what worries people before anyone votes.',
    adrSection: 'Consequences',
    defaultMinutes: 8,
  },
  evaluate: {
    id: 'evaluate',
    label: 'Evaluate',
    purpose: 'Score the options, vote, and see how far apart the team is.',
    adrSection: 'Decision Outcome',
    defaultMinutes: 10,
  },
  outcome: {
    id: 'outcome',
    label: 'Outcome',
    purpose: 'Choose an option and say why, or decide "not now" with a date to revisit.',
    adrSection: 'Decision Outcome',
    defaultMinutes: 7,
  },
};

export function defaultTimeboxes(): Record<PhaseId, number> {
  return Object.fromEntries(PHASES.map((p) => [p, PHASE_INFO[p].defaultMinutes])) as Record<PhaseId, number>;
}

export function phaseIndex(phase: PhaseId): number {
  return PHASES.indexOf(phase);
}

/** The phase after `phase`, or null at the last one. */
export function nextPhase(phase: PhaseId): PhaseId | null {
  return PHASES[phaseIndex(phase) + 1] ?? null;
}

export function previousPhase(phase: PhaseId): PhaseId | null {
  const index = phaseIndex(phase);
  return index > 0 ? (PHASES[index - 1] ?? null) : null;
}
