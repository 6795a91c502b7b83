import { useEffect, useId, useRef } from 'react';
import type { ImportProgress } from '../../../shared/api/sync-operations';

const count = new Intl.NumberFormat('en');

/** A count as the import shows counts: 10,000. */
export function formatCount(n: number): string {
  return count.format(n);
}

/** The words for how far an import or preview has come: "Reading 1,234 of 10,000 files…", "Storing 10,000 decisions… 40%". */
export function describeImportProgress(progress: ImportProgress | null, preview: boolean): string {
  if (!progress || progress.total === 0) return preview ? 'Starting the preview…' : 'Starting the import…';
  if (progress.phase === 'storing') {
    const percent = Math.floor((progress.done / progress.total) * 100);
    return `Storing ${count.format(Math.round(progress.total / 2))} decisions… ${percent}%`;
  }
  return `Reading ${count.format(progress.done)} of ${count.format(progress.total)} files…`;
}

/**
 * A running import or preview: a progress bar with what it is doing, and a button that stops it
 * (Escape does too, while focus is in the bar's block). Takes focus when it appears if nothing else
 * has it, so the keyboard can reach the button.
 */
export function ImportProgressBar(props: { progress: ImportProgress | null; preview: boolean; cancelling: boolean; onCancel: () => void }) {
  const { progress, preview, cancelling, onCancel } = props;
  const id = useId();
  const block = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The button that started the job was disabled as it started, which drops focus to the page.
    if (document.activeElement === document.body || document.activeElement === null) block.current?.focus();
  }, []);
  const known = progress !== null && progress.total > 0;
  const text = cancelling ? 'Cancelling…' : describeImportProgress(progress, preview);
  return (
    <div
      ref={block}
      className="import-progress"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !cancelling) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p id={`${id}-text`} className="import-progress-text">
        {text}
      </p>
      <progress
        className="import-progress-bar"
        aria-labelledby={`${id}-text`}
        {...(known ? { value: progress.done, max: progress.total } : {})}
      />
      <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
        {preview ? 'Cancel preview' : 'Cancel import'}
      </button>
    </div>
  );
}
