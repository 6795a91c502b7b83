import { suggestOpenRewrite } from '../../../shared/sessions/judgemental-question';

/** Flags a judgemental "Why did you …?" and offers the open question in its place. */
export function OpenRewriteHint({ text, onUse }: { text: string; onUse?: (suggestion: string) => void }) {
  const rewrite = suggestOpenRewrite(text);
  if (!rewrite) return null;
  return (
    <div className="open-rewrite" role="status">
      <p>
        <strong>&ldquo;{rewrite.phrase}&rdquo;</strong> can sound like blame and make people defend themselves. Try an open
        question:
      </p>
      <p className="open-rewrite-suggestion">{rewrite.suggestion}</p>
      {onUse && (
        <button type="button" className="button button-small" onClick={() => onUse(rewrite.suggestion)}>
          Use the open question
        </button>
      )}
    </div>
  );
}
