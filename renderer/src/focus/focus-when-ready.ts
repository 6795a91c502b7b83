/** How long, in animation frames (about two seconds), to wait for an action's result to be on screen. */
const WAIT_FRAMES = 120;

/**
 * After an in-place action, moves the focus to the control that stays or to what the action
 * produced (the revealed results, the saved row, the page heading). The result usually appears only
 * once the change feed has read the data again, and the control may be disabled or gone meanwhile,
 * which drops the focus to the page: so the target is looked for on each frame until it is on
 * screen and can take the focus. A key press or a click in between means the person went on
 * elsewhere, and the focus is then left where they put it.
 */
export function focusWhenReady(find: () => HTMLElement | null | undefined): void {
  let movedOn = false;
  const onInput = () => {
    movedOn = true;
  };
  document.addEventListener('keydown', onInput, { capture: true, once: true });
  document.addEventListener('pointerdown', onInput, { capture: true, once: true });
  const stop = () => {
    document.removeEventListener('keydown', onInput, { capture: true });
    document.removeEventListener('pointerdown', onInput, { capture: true });
  };
  let framesLeft = WAIT_FRAMES;
  const attempt = () => {
    if (movedOn) return stop();
    const target = find();
    if (target && canTakeFocus(target)) {
      target.focus();
      if (document.activeElement === target) return stop();
    }
    framesLeft -= 1;
    if (framesLeft <= 0) return stop();
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

function canTakeFocus(element: HTMLElement): boolean {
  if (!element.isConnected || element.closest('[inert]')) return false;
  return !(element instanceof HTMLButtonElement || element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) || !element.disabled;
}
