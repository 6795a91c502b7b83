/**
 * "Ana, Ben,, Ana " → ["Ana", "Ben"]: the people and tags fields are typed as comma-separated text.
 * Empty entries and repeats are dropped so a stray comma never becomes an invalid empty name.
 */
export function parseCommaList(text: string): string[] {
  return unique(text.split(',').map((part) => part.trim()));
}

/** ["Ana", "Ben"] → "Ana, Ben". */
export function formatCommaList(items: readonly string[]): string {
  return items.join(', ');
}

/** Tags as typed: "#db, api" → ["db", "api"]; a leading "#" is how tags are shown, not part of them. */
export function parseTagList(text: string): string[] {
  return unique(text.split(',').map((part) => part.trim().replace(/^#+/, '').trim()));
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter((item) => item !== ''))];
}
