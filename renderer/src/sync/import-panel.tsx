import { useId, useState, type FormEvent } from 'react';
import { useToastStore } from '../stores/toast-store';
import { formatCount, ImportProgressBar } from './import-progress-bar';
import { ImportReportTable } from './import-report-table';
import { useSyncStore } from './sync-store';

/** The import wizard: choose a folder, see what each file holds, then import them all at once. */
export function ImportPanel() {
  const id = useId();
  // Back on the page during an import, the folder is the one the report on screen is about.
  const [folder, setFolder] = useState(() => useSyncStore.getState().report?.folder ?? '');
  const report = useSyncStore((state) => state.report);
  const busy = useSyncStore((state) => state.busy);
  const preview = useSyncStore((state) => state.preview);
  const importFolder = useSyncStore((state) => state.importFolder);
  const clearReport = useSyncStore((state) => state.clearReport);
  const notice = useSyncStore((state) => state.notice);
  const running = busy === 'preview' || busy === 'import';
  const showToast = useToastStore((state) => state.show);
  const previewing = report !== null && !report.applied;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (folder.trim() !== '') void preview(folder.trim());
  };
  const confirm = async () => {
    const done = await importFolder(report?.folder ?? folder.trim());
    if (done) showToast(`Imported ${done.imported} decision${done.imported === 1 ? '' : 's'} from ${done.folder}`);
  };

  return (
    <section className="sync-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Import a folder
      </h2>
      <p className="section-text">
        Reads every ADR file in the folder — adr-tools, MADR 2–4, Log4brains and their variants, detected per file. You see
        what Cairn understood before anything is stored; then all files come in together, or none do.
      </p>
      <form className="sync-form" onSubmit={submit}>
        <div className="field sync-path">
          <label htmlFor={`${id}-folder`}>Folder</label>
          <input
            id={`${id}-folder`}
            className="input"
            value={folder}
            placeholder="/home/me/project/docs/decisions"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              setFolder(event.target.value);
              if (report) clearReport();
            }}
          />
        </div>
        <button type="submit" className="button" disabled={folder.trim() === '' || busy !== null}>
          {busy === 'preview' ? 'Reading…' : 'Preview import'}
        </button>
      </form>
      {/* Above the report, where it is seen on coming back to the page; it takes focus (and scrolls into view) as it starts. */}
      {running && <RunningImport preview={busy === 'preview'} />}
      {notice && !running && (
        <p className="sync-result" role="status">
          {notice}
        </p>
      )}
      {report && (
        <>
          <ImportReportTable report={report} />
          {busy === 'import' ? null : previewing ? (
            <div className="sync-actions">
              <button type="button" className="button" onClick={clearReport}>
                Cancel
              </button>
              <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={report.imported === 0 || busy !== null}>
                {`Import ${formatCount(report.imported)} file${report.imported === 1 ? '' : 's'}`}
              </button>
            </div>
          ) : (
            <div className="sync-actions">
              {report.linked && <p className="section-text">The workspace is now synced with this folder.</p>}
              <a className="button button-primary" href="#/decisions">
                See the decisions
              </a>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The bar of the running import: only it hears each progress reading, so the report table is not drawn
 * again for each. It appears with the first reading, so a small folder's quick preview does not flash it.
 */
function RunningImport({ preview }: { preview: boolean }) {
  const progress = useSyncStore((state) => state.progress);
  const cancelling = useSyncStore((state) => state.cancelling);
  const cancelImport = useSyncStore((state) => state.cancelImport);
  if (progress === null) return null;
  return <ImportProgressBar progress={progress} preview={preview} cancelling={cancelling} onCancel={() => void cancelImport()} />;
}
