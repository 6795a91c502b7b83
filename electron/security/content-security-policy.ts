/**
 * The one Content-Security-Policy for every page Cairn shows, in Electron and in the web host: only
 * the app's own scripts and styles, no inline script, no eval, no plugins, no framing, and network
 * calls only back to where the page came from (the web host's /api/).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
