import type { ReactNode } from 'react';
import { sideBySideLines, type SideLine } from '../../../shared/text/line-diff';

interface Side {
  /** The region's name, for the person and for assistive technology ("In the file", "Ours"). */
  label: string;
  /** What the heading adds after the label (git's name of the side). */
  detail?: ReactNode;
  text: string;
}

/**
 * Two versions of a conflicting file side by side, the lines that differ highlighted on each, so the
 * person finds the one changed line instead of comparing two whole files by eye.
 */
export function SideBySide({ left, right }: { left: Side; right: Side }) {
  const lines = sideBySideLines(left.text, right.text);
  return (
    <>
      <p className="conflict-differing">
        {lines.differing === 0 ? 'The two versions have the same lines.' : `${lines.differing === 1 ? '1 line differs' : `${lines.differing} lines differ`}; highlighted on each side.`}
      </p>
      <div className="conflict-sides">
        <OneSide side={left} lines={lines.left} />
        <OneSide side={right} lines={lines.right} />
      </div>
    </>
  );
}

function OneSide({ side, lines }: { side: Side; lines: SideLine[] }) {
  return (
    <section aria-label={side.label}>
      <h4 className="conflict-side-title">
        {side.label}
        {side.detail}
      </h4>
      <pre className="conflict-text" tabIndex={0}>
        {lines.map((line, index) =>
          line.differs ? (
            // A key by position is right here: the lines are a snapshot, never reordered in place.
            <mark key={index} className="conflict-line-differs">
              {line.text}
              {'\n'}
            </mark>
          ) : (
            <span key={index}>
              {line.text}
              {'\n'}
            </span>
          ),
        )}
      </pre>
    </section>
  );
}
