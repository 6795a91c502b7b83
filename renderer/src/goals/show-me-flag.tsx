import type { ShowMeResult } from '../../../shared/goals/show-me-check';

/** Why a behavior fails the show-me check, and the question that helps rewrite it. */
export function ShowMeFlag({ check, kept }: { check: ShowMeResult; kept: boolean }) {
  if (check.observable) return null;
  return (
    <div className={kept ? 'show-me-flag is-kept' : 'show-me-flag'} role="note" aria-label="Show-me check">
      <strong className="show-me-title">{kept ? 'Kept although not observable' : 'Not observable yet'}</strong>
      <ul className="show-me-reasons">
        {check.flags.map((flag) => (
          <li key={flag.phrase}>{flag.reason}</li>
        ))}
      </ul>
      <p className="show-me-question">{check.question}</p>
    </div>
  );
}
