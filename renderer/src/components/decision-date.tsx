import { NO_DATE } from '../../../shared/domain/calendar-date';
import { dateSourceWords, type DateSource } from '../../../shared/domain/decision';

interface DecisionDateProps {
  date: string | null;
  source: DateSource | null;
  className?: string;
  /** In a narrow column: where the date comes from is its tooltip (and read out), not shown beside it. */
  compact?: boolean;
}

/**
 * A decision's date, or "No date" where nothing gives one (never a made-up day). A date the record does
 * not state itself names where it comes from: "from git history", "from the file name".
 */
export function DecisionDate({ date, source, className, compact = false }: DecisionDateProps) {
  if (date === null) return <span className={['date-unknown', className].filter(Boolean).join(' ')}>{NO_DATE}</span>;
  const from = dateSourceWords(source);
  return (
    <span className={className} title={compact && from ? `${date}, ${from}` : undefined}>
      <time dateTime={date}>{date}</time>
      {from && <span className={compact ? 'sr-only' : 'date-source'}> ({from})</span>}
      {from && compact && <span aria-hidden="true">*</span>}
    </span>
  );
}
