import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  /** Heading level that fits the page outline: 2 inside a page, 1 when the state is the page. */
  level?: 1 | 2;
  children?: ReactNode;
}

/** What a screen shows when there is nothing in it yet, and what to do about that. */
export function EmptyState({ title, level = 2, children }: EmptyStateProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="empty-state">
      <svg className="empty-state-mark" viewBox="0 0 64 64" aria-hidden="true">
        <ellipse cx="32" cy="54" rx="22" ry="6" />
        <ellipse cx="32" cy="40" rx="16" ry="6.5" />
        <ellipse cx="31" cy="27" rx="11" ry="5.5" />
        <ellipse cx="32" cy="16" rx="6.5" ry="4.5" />
      </svg>
      {/* A page's h1 takes the focus when the page opens, like the page header's. */}
      <Heading className="empty-state-title" tabIndex={level === 1 ? -1 : undefined}>
        {title}
      </Heading>
      {children}
    </div>
  );
}
