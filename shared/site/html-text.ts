const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HAS_SPECIAL = /[&<>"']/;
const SPECIAL = /[&<>"']/g;

/**
 * Text made safe for HTML, in content and in quoted attribute values alike: the five characters
 * that can end a text or an attribute become references, as marked writes them.
 */
export function escapeHtml(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c] as string) : text;
}
