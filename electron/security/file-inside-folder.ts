import path from 'node:path';

/**
 * The file a URL path names inside a folder, or null when it would leave the folder: `..`,
 * percent-encoded tricks and NUL bytes cannot reach anything else. Both the web host and the
 * Electron window serve the built renderer through it.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.normalize(decoded)}`);
  return file.startsWith(base + path.sep) ? file : null;
}
