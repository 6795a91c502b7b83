import type { DialectId } from '../../../shared/dialects/adr-document';

/** How each Markdown dialect is called in the UI. */
export const DIALECT_NAMES: Record<DialectId, string> = {
  nygard: 'adr-tools (Nygard)',
  madr2: 'MADR 2',
  madr3: 'MADR 3',
  madr4: 'MADR 4',
  log4brains: 'Log4brains',
};

export const DIALECT_CHOICES = Object.entries(DIALECT_NAMES) as [DialectId, string][];

/** The select value for "each record in its own dialect". */
export const OWN_DIALECT = '';

export function dialectFromChoice(value: string): DialectId | null {
  return value === OWN_DIALECT ? null : (value as DialectId);
}
