import type { ReactNode } from 'react';

/** The one thing a list page is for ("New rotation"): a button, or a link to the page that does it. */
export type PageAction = { label: string; onClick: () => void } | { label: string; href: string };

interface PageHeaderProps {
  /** The page's one h1; it takes focus when the page opens. */
  title: ReactNode;
  titleId?: string;
  /** Above the title: where the page sits ("Team home", "Rotations / Teaching"). */
  eyebrow?: ReactNode;
  /** Beside the title, e.g. the status badge. */
  badge?: ReactNode;
  /** Under the title: what the page is for, or a count. */
  subtitle?: ReactNode;
  /** The subtitle changes while the page is open (a count) and is announced when it does. */
  subtitleLive?: boolean;
  /** The page's main action, as the primary button at the end of the header. */
  action?: PageAction;
  /** The page's buttons, at the end of the header (when there is more than the main action). */
  actions?: ReactNode;
  /** Names the group of actions when they are one kind of thing ("Export"). */
  actionsLabel?: string;
  /**
   * 'page' for a page's top; 'bar' for the editors' bar along the top edge, with the editor's
   * buttons; 'session' for the running session's bar that stays in view while scrolling.
   */
  variant?: 'page' | 'bar' | 'session';
  /** Under the heading row, still inside the header (the session's action error). */
  children?: ReactNode;
}

/** The header of every page: eyebrow, h1 with an optional badge, subtitle, and the page's actions. */
export function PageHeader(props: PageHeaderProps) {
  const { title, titleId, eyebrow, badge, subtitle, subtitleLive = false, action, actionsLabel, variant = 'page', children } = props;
  const actions = props.actions ?? (action && <PrimaryAction action={action} />);
  return (
    <header className={`page-header page-header-${variant}`}>
      <div className="page-header-row">
        <div className="page-heading">
          {eyebrow ? <p className="page-eyebrow">{eyebrow}</p> : null}
          <div className="page-title-row">
            <h1 className="page-title" id={titleId} tabIndex={-1}>
              {title}
            </h1>
            {badge}
          </div>
          {subtitle !== undefined && (
            <p className="page-subtitle" aria-live={subtitleLive ? 'polite' : undefined}>
              {subtitle}
            </p>
          )}
        </div>
        {actions ? (
          <div className="toolbar page-actions" role={actionsLabel ? 'group' : undefined} aria-label={actionsLabel}>
            {actions}
          </div>
        ) : null}
      </div>
      {children}
    </header>
  );
}

function PrimaryAction({ action }: { action: PageAction }) {
  return 'href' in action ? (
    <a className="button button-primary" href={action.href}>
      {action.label}
    </a>
  ) : (
    <button type="button" className="button button-primary" onClick={action.onClick}>
      {action.label}
    </button>
  );
}
