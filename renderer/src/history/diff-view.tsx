import { useState } from 'react';
import type { DiffLine } from '../../../shared/api/contract';
import { collapseDiff } from './collapse-diff';

const CONTEXT_LINES = 3;
const PREFIX: Record<DiffLine['kind'], string> = { added: '+', removed: '-', same: ' ' };

/** A line diff: added lines green with "+", removed lines red with "-", long unchanged runs folded. */
export function DiffView({ lines }: { lines: DiffLine[] }) {
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());
  const changed = lines.some((line) => line.kind !== 'same');
  if (!changed) return <p className="diff-none">These two revisions have the same text.</p>;

  return (
    <div className="diff-lines">
      {collapseDiff(lines, CONTEXT_LINES).map((row) => {
        if (row.kind === 'line') return <DiffLineRow key={lineKey(row.line)} line={row.line} />;
        if (unfolded.has(row.start)) return row.lines.map((line) => <DiffLineRow key={lineKey(line)} line={line} />);
        return (
          <button key={`fold-${row.start}`} type="button" className="diff-fold" onClick={() => setUnfolded(new Set(unfolded).add(row.start))}>
            Show {row.lines.length} unchanged lines
          </button>
        );
      })}
    </div>
  );
}

function DiffLineRow({ line }: { line: DiffLine }) {
  return (
    <div className={`diff-line diff-${line.kind}`}>
      <span className="diff-number" aria-hidden="true">
        {line.oldLine ?? ''}
      </span>
      <span className="diff-number" aria-hidden="true">
        {line.newLine ?? ''}
      </span>
      <span className="diff-text">
        <span className="diff-prefix">{PREFIX[line.kind]}</span> {line.text}
      </span>
    </div>
  );
}

function lineKey(line: DiffLine): string {
  return `${line.kind}:${line.oldLine ?? ''}:${line.newLine ?? ''}`;
}
