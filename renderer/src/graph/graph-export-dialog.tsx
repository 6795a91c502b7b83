import { useId, useState } from 'react';
import { Dialog } from '../components/dialog';
import { ErrorAlert } from '../components/error-alert';

export interface GraphExport {
  title: string;
  fileName: string;
  mimeType: string;
  text: string;
}

/** An export of the graph as text: to copy into a README or save as a file. */
export function GraphExportDialog({ exported, onDismiss }: { exported: GraphExport; onDismiss: () => void }) {
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(exported.text);
      setCopied(true);
    } catch {
      setError('The clipboard is not available here; select the text and copy it instead.');
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([exported.text], { type: exported.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exported.fileName;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Dialog title={exported.title} onDismiss={onDismiss} size="medium">
      <div className="dialog-body">
        <div className="field">
          <label htmlFor={id}>{exported.fileName}</label>
          <textarea id={id} className="input graph-export-text" readOnly value={exported.text} rows={14} spellCheck={false} />
        </div>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <span className="graph-export-copied" role="status">
            {copied ? 'Copied to the clipboard' : ''}
          </span>
          <button type="button" className="button" onClick={download}>
            Download {exported.fileName}
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" className="button button-primary" onClick={onDismiss}>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
