import type { ImportReport, ImportedFile } from '../../../shared/api/sync-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { StatusBadge } from '../components/status-badge';
import { DIALECT_NAMES } from './dialect-names';

const OUTCOME_LABELS: Record<ImportedFile['outcome'], string> = { imported: 'Imported', skipped: 'Skipped', ignored: 'Ignored' };

/** What the import made of each file: what it understood, what it had to assume, and what it could not read. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const verb = report.applied ? 'Imported' : 'Will import';
  return (
    <div className="import-report">
      <p className="import-summary" role="status">
        <strong>
          {verb} {report.imported} of {report.files.length} files
        </strong>{' '}
        from <code>{report.folder}</code>
        {report.skipped > 0 && <span className="import-count is-skipped"> · {report.skipped} skipped</span>}
        {report.ignored > 0 && <span className="import-count"> · {report.ignored} ignored (index or template)</span>}
      </p>
      {/* Focusable so the report can be scrolled from the keyboard. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Files in the report">
        <table className="import-table">
          <caption className="sr-only">Import report for {report.folder}</caption>
          <thead>
            <tr>
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
            {report.files.map((file) => (
              <tr key={file.file} className={`import-row is-${file.outcome}`}>
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
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
