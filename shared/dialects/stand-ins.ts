import type { AdrDocument, AdrRecord } from './adr-document';

/** The stand-ins the core uses while it cannot store an unknown status or date. */
const STAND_IN_STATUS = 'accepted';
const STAND_IN_DATE = '1970-01-01';

/**
 * The bridge for a core that stores DecisionContent, whose status and date cannot be unknown: an
 * unknown status becomes "accepted" and an unknown date `fallbackDate` (else 1970-01-01). Each
 * stand-in is kept in `layout.assumed`, so it is never written to a file, and named in the
 * warning about the unknown value ("no date; assumed 1970-01-01"). Remove once the core stores
 * AdrRecord: the stand-ins are values no file gave.
 */
export function withStandIns(record: AdrRecord, fallbackDate?: string): AdrDocument {
  const { sources: _sources, ...rest } = record;
  const status = record.content.status ?? STAND_IN_STATUS;
  const date = record.content.date ?? fallbackDate ?? STAND_IN_DATE;
  const standIn = { status: record.content.status === null ? status : null, date: record.content.date === null ? date : null };
  const layout = record.layout && {
    ...record.layout,
    assumed: { ...record.layout.assumed, status: standIn.status ?? record.layout.assumed.status, date: standIn.date ?? record.layout.assumed.date },
  };
  const warnings = record.warnings.map(({ field, ...warning }) => {
    const value = field ? standIn[field] : null;
    return value === null ? warning : { ...warning, message: `${warning.message}; assumed ${value}` };
  });
  return { ...rest, content: { ...record.content, status, date }, layout, warnings };
}
