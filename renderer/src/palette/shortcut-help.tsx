import { Dialog } from '../components/dialog';
import { usePaletteStore } from './palette-store';
import { modKeyName, SHORTCUT_GROUPS } from './shortcut-list';

/** The help overlay (?): every shortcut, by where it works. */
export function ShortcutHelp() {
  const close = () => usePaletteStore.getState().setShortcutsOpen(false);
  const mod = modKeyName(navigator.platform);
  return (
    <Dialog title="Keyboard shortcuts" onDismiss={close} size="medium">
      <div className="dialog-body">
        <div className="shortcut-help">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.where} className="shortcut-help-group">
              <h3>{group.where}</h3>
              <dl>
                {group.shortcuts.map((shortcut) => (
                  <div key={`${shortcut.keys.join('+')}:${shortcut.meaning}`}>
                    <dt>
                      {shortcut.keys.map((key, i) => (
                        <span key={key}>
                          {i > 0 && shortcut.keys[0] === 'Mod' ? ' + ' : i > 0 ? ' ' : ''}
                          <kbd>{key === 'Mod' ? mod : key}</kbd>
                        </span>
                      ))}
                    </dt>
                    <dd>{shortcut.meaning}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={close}>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
