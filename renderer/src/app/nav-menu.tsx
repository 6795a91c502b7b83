import { useEffect, useState } from 'react';
import type { Route } from '../router';

/** The sidebar's id, for the menu button's aria-controls. */
export const NAV_PANEL_ID = 'app-sidebar';
const BUTTON_ID = 'app-menu-button';

export interface NavMenu {
  open: boolean;
  toggle: () => void;
}

/**
 * The sidebar as a disclosure in a narrow window (the styles show the menu button and hide the
 * sidebar there; in a wide one the button is hidden and the sidebar always shows). Opening it moves
 * focus to the current page's link: the panel opens over the page, and in the DOM it comes after the
 * rest of the header. It closes when a page is chosen, on Escape (focus goes back to the button), and
 * when a click or the focus goes outside it.
 */
export function useNavMenu(route: Route): NavMenu {
  const [open, setOpen] = useState(false);
  const routeKey = JSON.stringify(route);

  // Choosing a page closes the menu; the main region then takes focus to the page's heading.
  // Resetting state while rendering, as React advises, rather than in an effect a frame later.
  const [shownRoute, setShownRoute] = useState(routeKey);
  if (shownRoute !== routeKey) {
    setShownRoute(routeKey);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const panel = document.getElementById(NAV_PANEL_ID);
    const button = document.getElementById(BUTTON_ID);
    (panel?.querySelector<HTMLElement>('a[aria-current="page"]') ?? panel?.querySelector<HTMLElement>('a'))?.focus();
    const onKey = (event: KeyboardEvent) => {
      // A dialog opened over the menu owns Escape.
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      setOpen(false);
      button?.focus();
    };
    // A click elsewhere, or Tab past the last link, leaves the menu: it closes rather than cover the page.
    const onOutside = (event: Event) => {
      const target = event.target as Node;
      if (button?.contains(target) || panel?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  return { open, toggle: () => setOpen((was) => !was) };
}

/** The header's menu button: shown only where the sidebar does not fit beside the page. */
export function NavMenuButton({ menu }: { menu: NavMenu }) {
  return (
    <button
      id={BUTTON_ID}
      type="button"
      className="button button-ghost nav-menu-button"
      aria-expanded={menu.open}
      aria-controls={NAV_PANEL_ID}
      onClick={menu.toggle}
    >
      <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
        {menu.open ? <path d="M4 4l8 8M12 4l-8 8" /> : <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />}
      </svg>
      Menu
    </button>
  );
}
