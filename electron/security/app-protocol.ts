import { resolveInside } from './file-inside-folder';

/**
 * The Electron window loads the app from its own scheme, not from file:// (Electron's security
 * checklist, item 18): a page on file:// may read any file on the machine, and with the
 * grantFileProtocolExtraPrivileges fuse off it could not even load its own module scripts. The
 * scheme serves the built renderer folder and nothing else.
 */
export const APP_SCHEME = 'cairn';
const APP_HOST = 'app';

/** The page the window opens; routes live in its hash. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The renderer file a request on the app scheme asks for, or null for anything outside it. */
export function appFileFor(requestUrl: string, rendererDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
}
