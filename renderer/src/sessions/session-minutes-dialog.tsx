import { markdownToSafeHtml } from '../components/markdown-html';
import { useState } from 'react';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { localTimeZone } from '../rotations/rotation-format';
import { showToast } from '../stores/toast-store';

/** The session's minutes as Markdown, to read or copy into a wiki or chat. */
export function SessionMinutesDialog({ sessionId, fileName, onClose }: { sessionId: string; fileName: string; onClose: () => void }) {
  // The minutes give times in the facilitator's zone, named: this computer's, not the host's.
  const minutes = useServerQuery('getSessionMinutes', { id: sessionId, timeZone: localTimeZone() });
  const markdown = minutes.data?.markdown ?? null;
  // The clipboard's refusal belongs to Copy; the minutes' own failure to reading them.
  const [copyError, setCopyError] = useState<string | null>(null);
  const error = queryErrorMessage(minutes) ?? copyError;

  const copy = async () => {
    if (markdown === null) return;
    try {
      await navigator.clipboard.writeText(markdown);
      showToast('Minutes copied as Markdown');
    } catch {
      setCopyError('The clipboard is not available here; select the minutes and copy them instead.');
    }
  };

  return (
    <Dialog title="Minutes" onDismiss={onClose} size="medium">
      <div className="dialog-body">
        <ErrorAlert message={error} />
        {markdown === null ? (
          !error && <Loading label="Writing the minutes…" />
        ) : (
          <div className="markdown minutes" tabIndex={0} role="document" aria-label="Minutes text" dangerouslySetInnerHTML={{ __html: markdownToSafeHtml(markdown) }} />
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          {markdown !== null && (
            <a className="button" href={`data:text/markdown;charset=utf-8,${encodeURIComponent(markdown)}`} download={fileName}>
              Save as Markdown
            </a>
          )}
          <button type="button" className="button button-primary" onClick={() => void copy()} disabled={markdown === null}>
            Copy Markdown
          </button>
        </div>
      </div>
    </Dialog>
  );
}
