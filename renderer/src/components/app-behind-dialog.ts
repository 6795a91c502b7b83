const APP_ROOT_ID = 'root';
let openDialogs = 0;

/**
 * Marks the app inert and aria-hidden while a modal dialog is open, so only the dialog is reachable
 * (and found by role in tests); returns the function that undoes it when the dialog closes.
 */
export function hideAppBehindDialog(): () => void {
  openDialogs += 1;
  setHidden(true);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    openDialogs -= 1;
    if (openDialogs === 0) setHidden(false);
  };
}

function setHidden(hidden: boolean): void {
  const root = document.getElementById(APP_ROOT_ID);
  if (!root) return;
  root.inert = hidden;
  if (hidden) root.setAttribute('aria-hidden', 'true');
  else root.removeAttribute('aria-hidden');
}
