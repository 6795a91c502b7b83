import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type Ref } from 'react';
import type { ImportReport, ImportedFile } from '../../../shared/api/sync-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { StatusBadge } from '../components/status-badge';
import { DIALECT_NAMES } from './dialect-names';
import { formatCount } from './import-progress-bar';

/** From this many files on, only the rows in view are drawn: a 10,000-file report would otherwise slow the whole page. */
const VIRTUAL_FROM_ROWS = 200;
/** A first guess at a row's height; each drawn row is measured. */
const ROW_HEIGHT = 64;

const OUTCOME_LABELS: Record<ImportedFile['outcome'], string> = { imported: 'Imported', skipped: 'Skipped', ignored: 'Ignored' };

/**
 * What the import made of each file: what it understood, what it had to assume, and what it could not read.
 * Memoised: a big folder makes thousands of rows, which the progress readings of a running import must not redraw.
 */
export const ImportReportTable = memo(function ImportReportTable({ report }: { report: ImportReport }) {
  const verb = report.applied ? 'Imported' : 'Will import';
  const files = report.files;
  const scrollRef = useRef<HTMLDivElement>(null);
  // A big folder's report is virtualised: only the rows in view (and a few either side) are in the page.
  const virtual = files.length > VIRTUAL_FROM_ROWS;
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API costs nothing here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? files.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const shown = virtual ? items.map((item) => item.index) : files.map((_, index) => index);
  const before = virtual ? (items[0]?.start ?? 0) : 0;
  const after = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  return (
    <div className="import-report">
      <p className="import-summary" role="status">
        <strong>
          {verb} {formatCount(report.imported)} of {formatCount(report.files.length)} files
        </strong>{' '}
        from <code>{report.folder}</code>
        {report.skipped > 0 && <span className="import-count is-skipped"> · {formatCount(report.skipped)} skipped</span>}
        {report.ignored > 0 && <span className="import-count"> · {formatCount(report.ignored)} ignored (index or template)</span>}
      </p>
      {/* Focusable so the report can be scrolled from the keyboard. */}
      <div ref={scrollRef} className="table-scroll" tabIndex={0} role="region" aria-label="Files in the report">
        <table className="import-table" aria-rowcount={files.length + 1}>
          <caption className="sr-only">Import report for {report.folder}</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">File</th>
              <th scope="col">Result</th>
              <th scope="col">No.</th>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Date</th>
              <th scope="col">People</th>
              <th scope="col">Links</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && <SpacerRow height={before} />}
            {shown.map((index) => (
              <FileRow key={files[index]?.file} file={files[index] as ImportedFile} index={index} ref={virtual ? virtualizer.measureElement : undefined} />
            ))}
            {after > 0 && <SpacerRow height={after} />}
          </tbody>
        </table>
      </div>
    </div>
  );
});

function FileRow({ file, index, ref }: { file: ImportedFile; index: number; ref: Ref<HTMLTableRowElement> | undefined }) {
  return (
    <tr ref={ref} data-index={index} aria-rowindex={index + 2} className={`import-row is-${file.outcome}`}>
      <th scope="row" className="import-file">
        {file.file}
        {file.dialect && <span className="import-dialect">{DIALECT_NAMES[file.dialect]}</span>}
      </th>
      <td>
        <span className={`import-outcome is-${file.outcome}`}>{OUTCOME_LABELS[file.outcome]}</span>
      </td>
      <td className="import-number">{file.number === null ? '' : formatDecisionNumber(file.number)}</td>
      <td>{file.title}</td>
      <td>{file.status && <StatusBadge status={file.status} />}</td>
      <td className="import-date">{file.date}</td>
      <td>{file.people.join(', ')}</td>
      <td>
        {file.links.map((link) => (
          <div key={link}>{link}</div>
        ))}
      </td>
      <td className="import-notes">
        {file.reason && <div>{file.reason}</div>}
        {file.warnings.map((warning, i) => (
          <div key={i}>
            {warning.line !== null && <span className="import-line">line {warning.line}: </span>}
            {warning.message}
          </div>
        ))}
      </td>
    </tr>
  );
}

/** Stands in for the rows scrolled out of view, so the scrollbar stays true. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr className="import-spacer" aria-hidden="true">
      <td colSpan={9} style={{ height }} />
    </tr>
  );
}
