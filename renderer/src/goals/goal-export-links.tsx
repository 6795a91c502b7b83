import type { GoalView } from '../../../shared/api/goal-operations';
import { fileNameStem } from '../../../shared/domain/file-name-stem';
import { goalCsv, goalMarkdown } from '../../../shared/goals/goal-export';

/** Downloads of the goal: a readable Markdown page, and the check-ins as CSV for a spreadsheet. */
export function GoalExportLinks({ view }: { view: GoalView }) {
  // "ship-smaller-changes": the same file names the rotation pages get, read alike on every system.
  const stem = fileNameStem(view.goal.title) || 'goal';
  return (
    <section className="side-section" aria-labelledby="goal-export-title">
      <h2 className="side-title" id="goal-export-title">
        Export
      </h2>
      <div className="goal-export-links">
        <a className="button button-small" href={`data:text/markdown;charset=utf-8,${encodeURIComponent(goalMarkdown(view))}`} download={`${stem}.md`}>
          Markdown page
        </a>
        <a className="button button-small" href={`data:text/csv;charset=utf-8,${encodeURIComponent(goalCsv(view))}`} download={`${stem}-check-ins.csv`}>
          Check-ins as CSV
        </a>
      </div>
    </section>
  );
}
