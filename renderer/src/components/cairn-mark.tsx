/** The app's mark: a small pile of stones. */
export function CairnMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true">
      <ellipse cx="16" cy="26.5" rx="11" ry="3.5" className="stone stone-1" />
      <ellipse cx="16" cy="19.5" rx="8" ry="3.3" className="stone stone-2" />
      <ellipse cx="15.5" cy="13" rx="5.6" ry="2.9" className="stone stone-3" />
      <ellipse cx="16" cy="7.5" rx="3.4" ry="2.3" className="stone stone-4" />
    </svg>
  );
}
