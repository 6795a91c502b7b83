/**
 * The first stop of the Tab key: jumps past the header and the sidebar to the page's heading. The
 * app's addresses live in the hash, so the jump moves focus itself instead of following "#main".
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        const main = document.getElementById('main');
        (main?.querySelector<HTMLElement>('h1[tabindex]') ?? main)?.focus();
      }}
    >
      Skip to content
    </a>
  );
}
