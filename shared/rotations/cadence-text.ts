import { WEEKDAY_NAMES, type Cadence } from './rotation-model';

const ORDINALS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };

/** A cadence in words: "every Friday", "every 2 weeks on Monday", "monthly on the last Thursday". */
export function describeCadence(cadence: Cadence): string {
  const day = WEEKDAY_NAMES[cadence.weekday - 1];
  if (cadence.kind === 'monthly') return `monthly on the ${ORDINALS[cadence.nth]} ${day}`;
  return cadence.everyWeeks === 1 ? `every ${day}` : `every ${cadence.everyWeeks} weeks on ${day}`;
}
