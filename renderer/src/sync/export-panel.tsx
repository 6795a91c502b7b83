import { useId, useRef, useState, type FormEvent } from 'react';
import { focusWhenReady } from '../focus/focus-when-ready';
import { DIALECT_CHOICES, OWN_DIALECT, dialectFromChoice } from './dialect-names';
import { useSyncStore } from './sync-store';

/** Writes the workspace to another folder in a chosen dialect, with its index. */
/** The export folder's field name: "Export to a folder" in the palette puts the focus there. */
export const EXPORT_FOLDER_FIELD = 'export-folder';

export function ExportPanel() {
  const id = useId();
  const [folder, setFolder] = useState('');
  const [dialect, setDialect] = useState(OWN_DIALECT);
  const busy = useSyncStore((state) => state.busy);
  const exportTo = useSyncStore((state) => state.exportTo);
  const result = useSyncStore((state) => state.lastExport);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (folder.trim() === '') return;
    // The button is disabled while exporting, which drops the focus: it goes to what the export wrote,
    // or back to the button when the export failed (the page's alert says why).
    void exportTo(folder.trim(), dialectFromChoice(dialect)).then(() => focusWhenReady(() => (useSyncStore.getState().error === null ? resultRef.current : button.current)));
  };

  return (
    <section className="sync-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Export to a folder
      </h2>
      <p className="section-text">
        Writes every decision as a Markdown file, plus a README with the table of contents and a status table. The same
        data always gives the same bytes, and files that did not change are left untouched.
      </p>
      <form className="sync-form" onSubmit={submit}>
        <div className="field sync-path">
          <label htmlFor={`${id}-folder`}>Folder</label>
          <input
            id={`${id}-folder`}
            name={EXPORT_FOLDER_FIELD}
            className="input"
            value={folder}
            placeholder="/home/me/export/doc/adr"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setFolder(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-dialect`}>Dialect</label>
          <select id={`${id}-dialect`} className="select" value={dialect} onChange={(event) => setDialect(event.target.value)}>
            <option value={OWN_DIALECT}>Each in its own</option>
            {DIALECT_CHOICES.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button ref={button} type="submit" className="button" disabled={folder.trim() === '' || busy !== null}>
          {busy === 'export' ? 'Exporting…' : 'Export'}
        </button>
      </form>
      {result && (
        <p ref={resultRef} className="sync-result action-result" role="status" tabIndex={-1}>
          Exported to <code>{result.folder}</code>: {result.written.length} written, {result.unchanged} unchanged.
          {result.notes.map((note) => (
            <span key={note} className="sync-note">
              {' '}
              {note}.
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
