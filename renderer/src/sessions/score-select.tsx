import { MAX_SCORE } from '../../../shared/sessions/weighted-scoring';

const SCORES = Array.from({ length: MAX_SCORE + 1 }, (_, n) => n);

/** A score from 0 to 5, or none ("–"); the label names whose score of which option on which criterion. */
export function ScoreSelect({
  label,
  value,
  onChange,
  disabled = false,
  className = 'select score-select',
}: {
  label: string;
  value: number | null | undefined;
  onChange: (score: number | null) => void;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <select className={className} aria-label={label} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
      <option value="">–</option>
      {SCORES.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
